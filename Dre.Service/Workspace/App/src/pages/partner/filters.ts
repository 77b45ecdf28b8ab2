import type { ContactListItem } from "../../client";

/** What the timeline shows: a period back from today, one MAE or all, one kind of contact or all. */
export interface TimelineFilter {
  months: number | null;
  mae: string | null;
  kind: string | null;
}

/** The key of a contact whose CoE side named no MAE, so that it still counts in the chart and the filters. */
export const noMae = "";

export const maesOf = (c: ContactListItem): string[] => {
  const maes = [...new Set(c.coeParticipants.map((p) => p.mae?.trim() || noMae))];
  return maes.length === 0 ? [noMae] : maes;
};

/** The first day (UTC) of the month <paramref>months</paramref> before today's, the start of a "last N months" period. */
export function monthsBack(today: Date, months: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months + 1, 1));
}

export function applyFilter(contacts: ContactListItem[], filter: TimelineFilter, today: Date): ContactListItem[] {
  const from = filter.months === null ? null : monthsBack(today, filter.months).getTime();
  return contacts.filter(
    (c) =>
      (from === null || new Date(c.start).getTime() >= from) &&
      (filter.mae === null || maesOf(c).includes(filter.mae)) &&
      (filter.kind === null || c.kind === filter.kind),
  );
}
