export type Grouping = "portfolio" | "partner" | "mae";

export interface Count {
  key: string;
  count: number;
}

/**
 * GET /api/reports/contacts: every contact of the period the reader may see, counted by portfolio, partner or MAE (a
 * contact counts once in each group it names; "" for contacts that name no MAE), most first.
 */
export interface ContactCounts {
  contacts: number;
  counts: Count[];
}

export const countsPath = (from: string, to: string, by: Grouping) =>
  `/api/reports/contacts?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&by=${by}`;
