/** Price histories for the market tests, built on the calendar under test's own sessions. */
import { dayFromParts, isoDate, type DayNumber } from "../../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../../src/core/calendar/sessions";
import type { PriceRows } from "../../../src/core/market/dailySeries";

export const day = (iso: string): DayNumber => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromParts(y!, m!, d!)!;
};

/** One row of a test history; `value` is undefined on a day without a trade. */
export interface Row<T> {
  readonly day: DayNumber;
  readonly value: T | undefined;
  readonly where: string;
}

/** Rationals are kept in lowest terms, so equal values are equal field by field. */
const sameValue = (a: unknown, b: unknown): boolean =>
  typeof a === "object" && a !== null && typeof b === "object" && b !== null
    ? Object.keys(a).every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    : a === b;

/** Rows as the core takes them. */
export function rowsOf<T>(rows: readonly Row<T>[]): PriceRows<T> {
  return {
    days: rows.map((row) => row.day),
    traded: rows.map((row) => row.value !== undefined),
    value: (i) => rows[i]!.value!,
    same: (i, j) => sameValue(rows[i]!.value, rows[j]!.value),
    where: (i) => rows[i]!.where,
  };
}

/** One row per session from `first` to `last`, valued by `value` (undefined: no trade). */
export function history<T>(first: string, last: string, value: (day: DayNumber, index: number) => T | undefined): PriceRows<T> {
  const calendar = tseCalendar();
  const span = calendar.sessionsBetween(day(first) - 1, day(last), "test");
  return rowsOf(calendar.days(span).map((d, i) => ({ day: d, value: value(d, i), where: `row ${i + 1} (${isoDate(d)})` })));
}
