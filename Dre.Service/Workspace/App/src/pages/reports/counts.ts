import type { ContactListItem, PartnerCard } from "../../client";
import { maesOf } from "../partner/filters";

export type Grouping = "portfolio" | "partner" | "mae";

export interface Count {
  key: string;
  count: number;
}

/**
 * How many of the contacts the service listed for the reader fall in each portfolio, partner or MAE: a contact counts
 * once in each group it names (two partners of one portfolio count once there). Only what the reader may see is
 * counted, since only that is listed; most first, then by key.
 */
export function countBy(contacts: ContactListItem[], grouping: Grouping, partners: PartnerCard[]): Count[] {
  const portfolioOf = new Map(partners.map((p) => [p.id, p.portfolio]));
  const keysOf = (c: ContactListItem): string[] =>
    grouping === "mae" ? maesOf(c) : grouping === "partner" ? c.partnerIds : c.partnerIds.map((id) => portfolioOf.get(id) ?? "");
  const counts = new Map<string, number>();
  for (const c of contacts) {
    for (const key of new Set(keysOf(c))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
