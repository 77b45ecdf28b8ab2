import type { ContactListItem } from "../../client";
import { applyFilter, maesOf, noMae } from "./filters";

export interface WhoMet {
  maes: { mae: string; contacts: number }[];
  people: { name: string; mae: string; contacts: number }[];
}

/** Who met the partner in the last 12 months, from the contacts the reader was given (restricted ones only if visible). */
export function whoMet(contacts: ContactListItem[], today: Date): WhoMet {
  const recent = applyFilter(contacts, { months: 12, mae: null, kind: null }, today).filter((c) => new Date(c.start) <= today);
  const maes = new Map<string, number>();
  const people = new Map<string, { name: string; mae: string; contacts: number }>();
  for (const c of recent) {
    for (const mae of maesOf(c)) maes.set(mae, (maes.get(mae) ?? 0) + 1);
    for (const p of new Map(c.coeParticipants.map((p) => [p.name.toLowerCase(), p])).values()) {
      const key = p.name.toLowerCase();
      const known = people.get(key);
      people.set(key, { name: p.name, mae: p.mae?.trim() || noMae, contacts: (known?.contacts ?? 0) + 1 });
    }
  }
  const byCount = <T extends { contacts: number }>(a: T, b: T) => b.contacts - a.contacts;
  return {
    maes: [...maes].map(([mae, n]) => ({ mae, contacts: n })).sort((a, b) => byCount(a, b) || a.mae.localeCompare(b.mae)),
    people: [...people.values()].sort((a, b) => byCount(a, b) || a.name.localeCompare(b.name)),
  };
}
