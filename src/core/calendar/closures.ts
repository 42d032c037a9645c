/**
 * The days the Tokyo Stock Exchange is closed although they are weekdays: Japan's national
 * holidays (with substitute and citizens' holidays, the one-off ceremonial days, and the 2020/2021
 * days moved for the Olympics), and the exchange's own year-end closure, 31 December to 3 January.
 */
import holidays from "@holiday-jp/holiday_jp/lib/holidays";
import { dayFromParts, partsOfDay, type DayNumber } from "./dayNumber";

/** The years the holiday data covers: outside them the calendar answers nothing. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2050;

/*
 * Only the data file of @holiday-jp/holiday_jp is imported, and only its "YYYY-MM-DD" keys are
 * read: its Date-returning helpers parse those keys as UTC midnight (a day early in zones west of
 * UTC) and its isHoliday scans every key on each call.
 */
function nationalHolidays(): DayNumber[] {
  return Object.keys(holidays as Readonly<Record<string, unknown>>).map((key) => {
    const day = dayFromParts(Number(key.slice(0, 4)), Number(key.slice(5, 7)), Number(key.slice(8, 10)));
    if (day === undefined) throw new Error(`The holiday data holds a malformed date key "${key}".`);
    return day;
  });
}

let holidaySet: ReadonlySet<DayNumber> | undefined;

/** The national holidays as a set, built once: the TSE calendar and the statutory schedule share it. */
export function nationalHolidaySet(): ReadonlySet<DayNumber> {
  return (holidaySet ??= new Set(nationalHolidays()));
}

/** Whether a day is a national holiday in the data (substitute and citizens' holidays included). */
export const isNationalHoliday = (day: DayNumber): boolean => nationalHolidaySet().has(day);

/** 31 December and 1–3 January: the exchange's year-end and new-year closure. */
export function isYearEndClosure(day: DayNumber): boolean {
  const { month, day: d } = partsOfDay(day);
  return (month === 12 && d === 31) || (month === 1 && d <= 3);
}

/** A closed day's name, in English and Japanese: "Sports Day" / "体育の日". */
export interface ClosureName {
  readonly en: string;
  readonly ja: string;
}

let holidayNames: Map<DayNumber, ClosureName> | undefined;

/** The holiday's name on a day, from the same holiday data (undefined on other days). */
export function holidayName(day: DayNumber): ClosureName | undefined {
  holidayNames ??= new Map(
    Object.entries(holidays as Readonly<Record<string, { name: string; name_en: string }>>).map(([key, holiday]) => [
      dayFromParts(Number(key.slice(0, 4)), Number(key.slice(5, 7)), Number(key.slice(8, 10)))!,
      { en: holiday.name_en, ja: holiday.name },
    ]),
  );
  return holidayNames.get(day);
}
