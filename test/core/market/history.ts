/** Price histories for the market tests, built on the calendar under test's own sessions. */
import { dayFromParts, isoDate, type DayNumber } from "../../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../../src/core/calendar/sessions";
import type { Observation } from "../../../src/core/market/dailySeries";

export const day = (iso: string): DayNumber => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromParts(y!, m!, d!)!;
};

/** One row per session from `first` to `last`, valued by `value` (undefined: no trade). */
export function history<T>(
  first: string,
  last: string,
  value: (day: DayNumber, index: number) => T | undefined,
): Observation<T>[] {
  const calendar = tseCalendar();
  const span = calendar.sessionsBetween(day(first) - 1, day(last), "test");
  return calendar.days(span).map((d, i) => ({ day: d, value: value(d, i), where: `row ${i + 1} (${isoDate(d)})` }));
}
