/**
 * Counts back from a date, as the Companies Act words them. "N days before E" (E の N 日前までに)
 * leaves N clear days between the act and E: the act is due by E − N − 1. "The day N days before
 * E" (N 日前の日) is E − N. Neither moves for a holiday (Civil Code 142 speaks of periods running
 * forward); a step due on a closed day is simply taken earlier.
 */
import type { DayNumber } from "../calendar/dayNumber";

/** The latest day leaving `clearDays` whole days before `day`. */
export const clearDaysBefore = (day: DayNumber, clearDays: number): DayNumber => day - clearDays - 1;

/** The day `days` days before `day`. */
export const dayBefore = (day: DayNumber, days: number): DayNumber => day - days;
