import type { ContactListItem } from "../../client";
import { maesOf, monthsBack } from "./filters";

/** Contacts per month and MAE over the last twelve months: the chart's figures, before any drawing. */
export interface MonthlyCounts {
  months: string[];
  maes: string[];
  /** counts[month][mae] */
  counts: number[][];
}

const monthKey = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;

export function contactsPerMonth(contacts: ContactListItem[], today: Date, months = 12): MonthlyCounts {
  const first = monthsBack(today, months);
  const keys = Array.from({ length: months }, (_, i) => monthKey(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1))));
  const inPeriod = contacts.filter((c) => keys.includes(monthKey(new Date(c.start))) && new Date(c.start) <= today);
  const maes = [...new Set(inPeriod.flatMap(maesOf))].sort();
  const counts = keys.map(() => maes.map(() => 0));
  for (const c of inPeriod) {
    const m = keys.indexOf(monthKey(new Date(c.start)));
    for (const mae of maesOf(c)) counts[m][maes.indexOf(mae)]++;
  }
  return { months: keys, maes, counts };
}

export interface Bar {
  month: string;
  mae: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Stacked bars in a width × height box, a little room left at the bottom for the month labels. */
export function layoutBars(data: MonthlyCounts, width: number, height: number, axis = 20): { bars: Bar[]; max: number } {
  const max = Math.max(1, ...data.counts.map((row) => row.reduce((a, b) => a + b, 0)));
  const slot = width / data.months.length;
  const unit = (height - axis) / max;
  const bars: Bar[] = [];
  data.months.forEach((month, m) => {
    let top = height - axis;
    data.maes.forEach((mae, i) => {
      const count = data.counts[m][i];
      if (count === 0) return;
      top -= count * unit;
      bars.push({ month, mae, count, x: m * slot + slot * 0.15, y: top, width: slot * 0.7, height: count * unit });
    });
  });
  return { bars, max };
}
