import type { ContactListItem, PartnerCard } from "../../client";

/** Days within which two contacts with one partner family by different MAEs call for coordination, as the bot's alerts. */
export const overlapDays = 14;

/** The id of the top of each partner's family (the EU for its agencies), as the service draws families. */
export function familiesOf(partners: PartnerCard[]): (id: string) => string {
  const parent = new Map(partners.map((p) => [p.id, p.parentId ?? null]));
  return (id) => {
    const seen = new Set([id]);
    let top = id;
    for (let up = parent.get(top); up && !seen.has(up); up = parent.get(top)) {
      seen.add(up);
      top = up;
    }
    return top;
  };
}

const maes = (c: ContactListItem) => new Set(c.coeParticipants.map((p) => p.mae?.trim()).filter((m): m is string => !!m));

/**
 * For each contact, the others it overlaps with: one partner family, at most 14 days apart, both MAEs known and none in
 * common (a contact with no MAE given is left out, as the alerts leave it out).
 */
export function overlapsOf(contacts: ContactListItem[], familyOf: (id: string) => string): Map<string, ContactListItem[]> {
  const found = new Map<string, ContactListItem[]>();
  const window = overlapDays * 24 * 3600 * 1000;
  for (const a of contacts) {
    const families = new Set(a.partnerIds.map(familyOf));
    const ours = maes(a);
    const others = contacts.filter((b) => {
      if (b.contactId === a.contactId || ours.size === 0) return false;
      const theirs = maes(b);
      return theirs.size > 0
        && ![...theirs].some((m) => ours.has(m))
        && Math.abs(Date.parse(b.start) - Date.parse(a.start)) <= window
        && b.partnerIds.some((p) => families.has(familyOf(p)));
    });
    if (others.length > 0) found.set(a.contactId, others);
  }
  return found;
}
