/**
 * The last day of a period counted forward from an event (Civil Code 140, 141, 143). The day of
 * the event is not counted (140) unless the period starts at midnight, as one counted from an
 * effective date does (140 proviso: `eventDayCounted`). A period of weeks or months ends the day
 * before the day corresponding to its first day, or on the last day of the final month when that
 * month has no such day (143(2)); one of days ends after that many days. Art. 142 is `runOn`.
 */
import { dayFromParts, daysInMonth, partsOfDay, type DayNumber } from "../calendar/dayNumber";

export interface PeriodLength {
  readonly count: number;
  readonly unit: "day" | "week" | "month";
}

export function periodEnd(event: DayNumber, length: PeriodLength, eventDayCounted = false): DayNumber {
  const first = eventDayCounted ? event : event + 1;
  if (length.unit === "day") return first + length.count - 1;
  if (length.unit === "week") return first + 7 * length.count - 1;
  const { year, month, day } = partsOfDay(first);
  const index = year * 12 + (month - 1) + length.count;
  const endYear = Math.floor(index / 12);
  const endMonth = (index % 12) + 1;
  const lastOfMonth = daysInMonth(endYear, endMonth);
  // No corresponding day (a first day of the 31st, a month of 30): the month's last day (143(2) proviso).
  if (day > lastOfMonth) return dayFromParts(endYear, endMonth, lastOfMonth)!;
  return dayFromParts(endYear, endMonth, day)! - 1;
}
