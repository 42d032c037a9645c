/**
 * Domain errors by type: a date the calendar cannot answer for is a DateOutOfBounds (as
 * exchange_calendars' errors.py), naming the argument and the date, and Excel's #N/A at the edge;
 * a renamed refusal (one side's ranges of MARKET_RATIO) keeps its type.
 */
import { DateOutOfBounds, DomainError } from "../../src/core/errors";
import { dayFromParts, type DayNumber } from "../../src/core/calendar/dayNumber";
import { rightsDates } from "../../src/core/calendar/exDate";
import { tseCalendar } from "../../src/core/calendar/sessions";
import { requireHolidayData } from "../../src/core/schedule/closedDays";
import { onSide } from "../../src/core/valuation/marketRatio";
import { toExcelError } from "../../src/functions/excel";

const day = (y: number, m: number, d: number): DayNumber => dayFromParts(y, m, d)!;
const calendar = tseCalendar();

function refusal(compute: () => unknown): unknown {
  try {
    compute();
  } catch (error) {
    return error;
  }
  throw new Error("no refusal");
}

test.each<[string, () => unknown, string, DayNumber]>([
  ["a day past the years", () => calendar.isSession(day(2051, 1, 5), "date"), "date", day(2051, 1, 5)],
  [
    "a day before them",
    () => calendar.indexOnOrBefore(day(1969, 12, 31), "reference_date"),
    "reference_date",
    day(1969, 12, 31),
  ],
  [
    "a window reaching before them",
    () => calendar.sessionsEnding(day(1970, 1, 20), 30, "reference_date"),
    "reference_date",
    day(1970, 1, 20),
  ],
  ["an offset past them", () => calendar.offset(day(2050, 12, 20), 30, "date", "n"), "n", day(2050, 12, 20)],
  [
    "a record date settling before them",
    () => rightsDates(calendar, day(1970, 1, 5), "record_date"),
    "record_date",
    day(1970, 1, 5),
  ],
  [
    "a schedule day without holiday data",
    () => requireHolidayData(day(2051, 3, 1), "effective_date"),
    "effective_date",
    day(2051, 3, 1),
  ],
])("%s is a DateOutOfBounds naming the argument and the date", (_, compute, where, date) => {
  const error = refusal(compute);
  expect(error).toBeInstanceOf(DateOutOfBounds);
  expect(error).toMatchObject({ where, day: date, kind: "notAvailable" });
  expect((error as Error).message).toMatch(/out of bounds/);
});

test("the edge shows it as #N/A with its message", () => {
  const error = refusal(() => calendar.isSession(day(2051, 1, 5), "date")) as DateOutOfBounds;
  expect(toExcelError(error)).toMatchObject({ code: "#N/A", message: error.message });
});

test("renamed for one side of a ratio, it is still a DateOutOfBounds", () => {
  const error = refusal(() => onSide("target", () => calendar.isSession(day(2051, 1, 5), "dates")));
  expect(error).toBeInstanceOf(DateOutOfBounds);
  expect(error).toMatchObject({ where: "dates", day: day(2051, 1, 5) });
  expect((error as Error).message).toMatch(/^target_dates: 2051-01-05 is out of bounds/);
  const plain = refusal(() => onSide("acquirer", () => calendar.sessionsEnding(day(2013, 10, 31), 0.5, "dates")));
  expect(plain).toBeInstanceOf(DomainError);
  expect(plain).not.toBeInstanceOf(DateOutOfBounds);
});
