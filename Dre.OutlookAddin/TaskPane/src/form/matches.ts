import type { Language } from "../i18n";
import type { EmailMatch } from "../model";

export function partnerName(language: Language, card: { nameEn?: string; nameFr?: string }): string {
  return (language === "fr" ? card.nameFr : card.nameEn) ?? card.nameEn ?? "";
}

/** What the directory said about each address of the item, by lower-case address. */
export class PartnerMatches {
  private readonly byAddress = new Map<string, EmailMatch>();

  constructor(private readonly language: Language) {}

  add(matches: EmailMatch[]): void {
    for (const match of matches) this.byAddress.set(match.address.toLowerCase(), match);
  }

  of(email: string): EmailMatch | undefined {
    return this.byAddress.get(email.toLowerCase());
  }

  nameOf(match: EmailMatch): string {
    return partnerName(this.language, { nameEn: match.partnerNameEn, nameFr: match.partnerNameFr });
  }

  /** A domain just added to a partner: its addresses are that partner's from now on. */
  assignDomain(domain: string, partner: { id: string; name: string }): void {
    for (const [address, match] of this.byAddress) {
      if (address.endsWith("@" + domain)) {
        this.byAddress.set(address, { ...match, kind: "partner", partnerId: partner.id, partnerNameEn: partner.name, partnerNameFr: partner.name });
      }
    }
  }
}
