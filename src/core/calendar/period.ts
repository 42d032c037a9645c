/**
 * Calendar periods for market-price windows ("1 month before the reference date"). A month back
 * from the 31st lands on the last day of a shorter month: 31 May − 3 months = 28/29 February.
 */
import { dayFromParts, daysInMonth, partsOfDay, type DayNumber } from "./dayNumber";

export type PeriodUnit = "W" | "M" | "Y";

export interface CalendarPeriod {
  readonly count: number;
  readonly unit: PeriodUnit;
}

/** The day `period` before `day`: D − period, the exclusive start of the window (D − period, D]. */
export function periodBefore(day: DayNumber, period: CalendarPeriod): DayNumber {
  if (period.unit === "W") return day - 7 * period.count;
  const months = period.unit === "Y" ? 12 * period.count : period.count;
  const { year, month, day: d } = partsOfDay(day);
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayFromParts(targetYear, targetMonth, Math.min(d, daysInMonth(targetYear, targetMonth)))!;
}

export function describePeriod(period: CalendarPeriod): string {
  const unit = { W: "week", M: "month", Y: "year" }[period.unit];
  return `${period.count} ${unit}${period.count === 1 ? "" : "s"}`;
}
