/**
 * Civil Code 142: a period whose last day falls on a Sunday or national holiday (or another day
 * on which no business is done) ends on the next day instead; when that day is closed too, it runs
 * on again. Only forward periods run on: a count back from a date never moves later.
 */
import type { DayNumber } from "../calendar/dayNumber";

export function runOn(lastDay: DayNumber, isHoliday: (day: DayNumber) => boolean): DayNumber {
  let day = lastDay;
  while (isHoliday(day)) day++;
  return day;
}
