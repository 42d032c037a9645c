/**
 * The days the statutory schedule steps around, from the same holiday data as the TSE calendar:
 * - the days national administrative organs are closed (行政機関の休日に関する法律 1条: Saturdays,
 *   Sundays, national holidays, 29 December–3 January). The Legal Affairs Bureau (法務局) takes no
 *   registration and the Official Gazette is not issued on them: that is this module's assumption.
 * - the days on which a forward period that ends there runs on to the next day (Civil Code 142):
 *   Sundays and national holidays; read broadly, Saturdays and 29 December–3 January as well.
 */
import { FIRST_YEAR, LAST_YEAR, isNationalHoliday } from "../calendar/closures";
import { dayFromParts, isoDate, partsOfDay, weekday, type DayNumber } from "../calendar/dayNumber";
import { outOfBounds } from "../errors";
import { messages } from "../messages";

const FIRST_DAY = dayFromParts(FIRST_YEAR, 1, 1)!;
const LAST_DAY = dayFromParts(LAST_YEAR, 12, 31)!;

/**
 * Refuses a day the holiday data says nothing about, rather than guess that it is open. `from` is
 * the date the argument holds when `day` was reached from it (a step of the schedule of that
 * effective date), so the message names both rather than present `day` as the argument's own.
 */
export function requireHolidayData(day: DayNumber, where: string, from?: DayNumber): void {
  if (day < FIRST_DAY || day > LAST_DAY) {
    outOfBounds(
      where,
      day,
      messages.schedule.noHolidayData(
        where,
        isoDate(day),
        `${FIRST_YEAR}–${LAST_YEAR}`,
        from === undefined || from === day ? undefined : isoDate(from),
      ),
    );
  }
}

/** 29 December–3 January, the administrative year-end closure (one day wider than the exchange's). */
function isAdministrativeYearEnd(day: DayNumber): boolean {
  const { month, day: d } = partsOfDay(day);
  return (month === 12 && d >= 29) || (month === 1 && d <= 3);
}

/** A day the registry is closed and no Gazette is issued. */
export function isRegistryClosed(day: DayNumber, where: string, from?: DayNumber): boolean {
  requireHolidayData(day, where, from);
  const dow = weekday(day);
  return dow === 0 || dow === 6 || isNationalHoliday(day) || isAdministrativeYearEnd(day);
}

/**
 * Whether a period ending on `day` runs on (Civil Code 142). `broad` also counts Saturdays and the
 * year-end closure as "other holidays" on which no business is done: a reading from commentary.
 */
export function isArticle142Holiday(day: DayNumber, broad: boolean, where: string, from?: DayNumber): boolean {
  if (broad) return isRegistryClosed(day, where, from);
  requireHolidayData(day, where, from);
  return weekday(day) === 0 || isNationalHoliday(day);
}
