/**
 * A day-by-day oracle of the Civil Code's period rules, independent of the core: dates are walked
 * one at a time as UTC Date values, and holidays come from the rule-based `japanese-holidays`
 * package, not from the holiday data the core reads.
 */
import { getHolidaysOf } from "japanese-holidays";

const MS = 86_400_000;
export const toDate = (day: number) => new Date(day * MS);
const ymd = (date: Date) => ({ y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() });

const holidayCache = new Map<number, Set<string>>();
export function oracleHoliday(day: number): boolean {
  const { y, m, d } = ymd(toDate(day));
  let set = holidayCache.get(y);
  if (!set) {
    set = new Set(getHolidaysOf(y).map((h) => `${h.month}-${h.date}`));
    holidayCache.set(y, set);
  }
  return set.has(`${m + 1}-${d}`);
}

/** Sunday or national holiday; broadly also Saturday and 29 Dec–3 Jan. */
export function oracleArticle142(day: number, broad: boolean): boolean {
  const date = toDate(day);
  const { m, d } = ymd(date);
  const dow = date.getUTCDay();
  if (dow === 0 || oracleHoliday(day)) return true;
  return broad && (dow === 6 || (m === 11 && d >= 29) || (m === 0 && d <= 3));
}

export const oracleRegistryClosed = (day: number) => oracleArticle142(day, true);

/**
 * The last day of a period after an event, found by walking: the period starts the next day (or
 * on the event day when counted) and ends the day before the first day that completes it. A day
 * completes N months when it lies N months on in the calendar and on or past the first day's day
 * of the month, or further months on (so a missing corresponding day falls to the month's end).
 */
export function oracleEnd(event: number, count: number, unit: "day" | "week" | "month", counted = false): number {
  const first = counted ? event : event + 1;
  if (unit !== "month") {
    let elapsed = 0;
    let day = first;
    const days = unit === "day" ? count : 7 * count;
    while (elapsed < days - 1) {
      day++;
      elapsed++;
    }
    return day;
  }
  const start = ymd(toDate(first));
  for (let day = first; ; day++) {
    const now = ymd(toDate(day));
    const months = (now.y - start.y) * 12 + (now.m - start.m);
    if (months > count || (months === count && now.d >= start.d)) return day - 1;
  }
}

export function oracleRunOn(day: number, holiday: (day: number) => boolean): number {
  let d = day;
  while (holiday(d)) d++;
  return d;
}
