/**
 * Why the TSE had no session on a day, in words a user recognises: the holiday's name, the
 * weekday, or the year-end closure. Within the calendar's years only; undefined on a session.
 */
import { holidayName, isYearEndClosure, type ClosureName } from "./closures";
import { weekday, type DayNumber } from "./dayNumber";
import type { SessionCalendar } from "./sessions";

const WEEKEND: Readonly<Record<number, ClosureName>> = {
  0: { en: "a Sunday", ja: "日曜日" },
  6: { en: "a Saturday", ja: "土曜日" },
};
const YEAR_END: ClosureName = {
  en: "in the exchange's year-end closure (31 December to 3 January)",
  ja: "年末年始の休業日",
};
const OTHER: ClosureName = { en: "a day the exchange was closed", ja: "取引所の休業日" };

export function closureName(calendar: SessionCalendar, day: DayNumber): ClosureName | undefined {
  if (!calendar.covers(day) || calendar.isSession(day, "date")) return undefined;
  return holidayName(day) ?? WEEKEND[weekday(day)] ?? (isYearEndClosure(day) ? YEAR_END : OTHER);
}
