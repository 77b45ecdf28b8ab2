import type { adminEn } from "./texts";

/** A partner as GET /api/partners/{id} gives it, with the directory facts an officer edits. */
export interface DirectoryPartner {
  id: string;
  kind: string;
  portfolio: string;
  name: { en: string; fr: string };
  aliases: string[];
  domains: string[];
  parentId?: string | null;
  archived?: boolean;
  relation: {
    summary?: { en: string; fr: string } | null;
    observerSince?: string | null;
    memberships: string[];
    conventions: string[];
    [other: string]: unknown;
  };
}

/** What the form holds: every field as typed, lists as comma-separated text. */
export interface PartnerValues {
  id: string;
  nameEn: string;
  nameFr: string;
  kind: string;
  portfolio: string;
  aliases: string;
  domains: string;
  parentId: string;
  summaryEn: string;
  summaryFr: string;
  observerSince: string;
  memberships: string;
  conventions: string;
}

export type FieldName = keyof PartnerValues;

export const emptyValues: PartnerValues = {
  id: "", nameEn: "", nameFr: "", kind: "organisation", portfolio: "otherOrganisations", aliases: "", domains: "", parentId: "",
  summaryEn: "", summaryFr: "", observerSince: "", memberships: "", conventions: "",
};

const joined = (items: string[] | undefined) => (items ?? []).join(", ");
const split = (text: string) => text.split(",").map((s) => s.trim()).filter((s) => s.length > 0);

export const valuesOf = (p: DirectoryPartner): PartnerValues => ({
  id: p.id, nameEn: p.name.en, nameFr: p.name.fr, kind: p.kind, portfolio: p.portfolio, aliases: joined(p.aliases), domains: joined(p.domains),
  parentId: p.parentId ?? "", summaryEn: p.relation.summary?.en ?? "", summaryFr: p.relation.summary?.fr ?? "",
  observerSince: p.relation.observerSince ?? "", memberships: joined(p.relation.memberships), conventions: joined(p.relation.conventions),
});

/** The body of POST /api/partners or PATCH /api/partners/{id}; relation facts the form does not show are sent back as read. */
export function inputOf(values: PartnerValues, current: DirectoryPartner | null) {
  const summary = values.summaryEn.trim() || values.summaryFr.trim() ? { en: values.summaryEn.trim(), fr: values.summaryFr.trim() } : null;
  return {
    ...(current ? {} : { id: values.id.trim() }),
    nameEn: values.nameEn.trim(),
    nameFr: values.nameFr.trim(),
    kind: values.kind,
    portfolio: values.portfolio,
    aliases: split(values.aliases),
    domains: split(values.domains),
    // An empty parent id is the API's way of saying "no parent".
    parentId: values.parentId,
    relation: {
      ...(current?.relation ?? {}),
      summary,
      observerSince: values.observerSince || null,
      memberships: split(values.memberships),
      conventions: split(values.conventions),
    },
  };
}

/** The fields whose value differs between two readings, with the later one's value. */
export const changedFrom = (before: PartnerValues, after: PartnerValues): Partial<PartnerValues> =>
  Object.fromEntries(Object.entries(after).filter(([field, value]) => before[field as FieldName] !== value));

type AdminTexts = typeof adminEn;

/** The form field a service error names ("aliases[2]" is the aliases field, "relation.x" the relation's). */
const fieldOf = (key: string): string => key.replace(/[[.].*$/, "");

/** The service's 400 errors as one message per form field, in the page's language; the service's words when the field is unknown. */
export function fieldMessages(errors: Record<string, string[]>, x: AdminTexts): Partial<Record<FieldName, string>> {
  const messages: Record<string, string> = {};
  for (const [key, texts] of Object.entries(errors)) {
    const field = fieldOf(key);
    const said = texts.join(" ");
    const nameOwner = /already a name of (.+)\.$/.exec(said)?.[1];
    const domainOwner = /already belongs to (.+)\.$/.exec(said)?.[1];
    const text = nameOwner ? x.nameTaken(nameOwner) : domainOwner ? x.domainTaken(domainOwner) : x.fieldErrors[field] ?? said;
    // The relation has no field of its own in the form: its errors show under its first one.
    const target = field === "relation" ? "summaryEn" : field;
    messages[target] = messages[target] && messages[target] !== text ? `${messages[target]} ${text}` : text;
  }
  return messages as Partial<Record<FieldName, string>>;
}
