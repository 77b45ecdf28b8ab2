export type ExportFormat = "csv" | "xlsx";

export interface ExportChoice {
  portfolio: string;
  partner: string;
  from: string;
  to: string;
  format: ExportFormat;
}

/** A date field's day as the instant its day starts in the reader's calendar, <days> later (the end of a period is the next day's start). */
export const dayStart = (day: string, days = 0) => {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y, m - 1, d + days).toISOString();
};

/**
 * GET /api/exports's query: a partner narrows more than its portfolio, so only one of them is sent; an empty date is
 * left to the service (all time for a partner or a portfolio, the last year otherwise); the last day is included.
 */
export function exportPath(choice: ExportChoice): string {
  const query = new URLSearchParams({ format: choice.format });
  if (choice.partner) query.set("partner", choice.partner);
  else if (choice.portfolio) query.set("portfolio", choice.portfolio);
  if (choice.from) query.set("from", dayStart(choice.from));
  if (choice.to) query.set("to", dayStart(choice.to, 1));
  return `/api/exports?${query.toString()}`;
}
