/** TSE sessions worked out independently of src/core/calendar, for the calendar tests. */
import { getHolidaysOf } from "japanese-holidays";

/*
 * An independent oracle: the rule-based `japanese-holidays` package (it computes the holidays from
 * the Act on National Holidays, equinox formulae and the special laws) plus the exchange's own
 * rules (weekends, 31 December, 1–3 January), with dates handled as UTC strings.
 */
export function oracleSessions(firstYear: number, lastYear: number): string[] {
  const sessions: string[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const holidays = new Set(getHolidaysOf(year).map((h) => `${h.month}-${h.date}`));
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
      const date = new Date(t);
      const month = date.getUTCMonth() + 1;
      const dayOfMonth = date.getUTCDate();
      const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
      const yearEnd = (month === 12 && dayOfMonth === 31) || (month === 1 && dayOfMonth <= 3);
      if (!weekend && !yearEnd && !holidays.has(`${month}-${dayOfMonth}`))
        sessions.push(date.toISOString().slice(0, 10));
    }
  }
  return sessions;
}
