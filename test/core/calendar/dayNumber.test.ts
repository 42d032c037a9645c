import {
  dayFromParts,
  dayFromSerial,
  serialDay,
  isoDate,
  parseDateText,
  partsOfDay,
  serialFromDay,
  weekday,
} from "../../../src/core/calendar/dayNumber";
import { DomainError } from "../../../src/core/errors";
import { messages } from "../../../src/core/messages";

describe("day numbers", () => {
  test("day 0 is 1970-01-01, a Thursday", () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(isoDate(0)).toBe("1970-01-01");
    expect(weekday(0)).toBe(4);
  });

  test("round trip through year, month and day for every day of 1968–2052", () => {
    for (let day = dayFromParts(1968, 1, 1)!; day <= dayFromParts(2052, 12, 31)!; day++) {
      const { year, month, day: d } = partsOfDay(day);
      expect(dayFromParts(year, month, d)).toBe(day);
    }
  });

  test("weekday agrees with the UTC calendar, before and after day 0", () => {
    for (const day of [-1, -7, -365, 1, 15_000, 30_000]) {
      expect(weekday(day)).toBe(new Date(day * 86_400_000).getUTCDay());
    }
  });

  test("impossible dates are refused", () => {
    expect(dayFromParts(2013, 2, 29)).toBeUndefined();
    expect(dayFromParts(2016, 2, 29)).toBe(dayFromParts(2016, 3, 1)! - 1);
    expect(dayFromParts(2013, 13, 1)).toBeUndefined();
    expect(dayFromParts(2013, 4, 31)).toBeUndefined();
  });
});

describe("dates as text", () => {
  const oct31 = dayFromParts(2013, 10, 31);
  test.each([
    "2013-10-31",
    "2013/10/31",
    " 2013/10/31 ",
    "2013年10月31日",
    "２０１３－１０－３１",
    "２０１３／１０／３１",
  ])("%s is 2013-10-31", (text) => expect(parseDateText(text)).toBe(oct31));
  test("single-digit month and day", () => expect(isoDate(parseDateText("2013/9/8")!)).toBe("2013-09-08"));
  test.each(["2013-02-30", "31/10/2013", "2013-10", "20131031", "yesterday", ""])("%s is not a date", (text) =>
    expect(parseDateText(text)).toBeUndefined(),
  );
});

describe("Excel serials, 1900 system", () => {
  test("41578 is 2013-10-31 and 25569 is 1970-01-01", () => {
    expect(isoDate(dayFromSerial(41578, "date"))).toBe("2013-10-31");
    expect(dayFromSerial(25569, "date")).toBe(0);
    expect(serialFromDay(dayFromParts(2013, 10, 31)!)).toBe(41578);
    expect(serialFromDay(dayFromParts(2000, 1, 1)!)).toBe(36526);
  });

  test("serials around the fictitious 1900-02-29", () => {
    expect(isoDate(dayFromSerial(1, "date"))).toBe("1900-01-01");
    expect(isoDate(dayFromSerial(59, "date"))).toBe("1900-02-28");
    expect(isoDate(dayFromSerial(61, "date"))).toBe("1900-03-01");
    expect(serialFromDay(dayFromSerial(59, "date"))).toBe(59);
    expect(serialFromDay(dayFromSerial(61, "date"))).toBe(61);
    expect(() => dayFromSerial(60, "date")).toThrow(messages.calendar.fictitiousLeapDay("date"));
  });

  test("a time of day is dropped", () => {
    expect(isoDate(dayFromSerial(41578.99, "date"))).toBe("2013-10-31");
  });

  test.each([0, -5, 3_000_000, NaN, Infinity])("%p is refused as a date", (serial) => {
    expect(() => dayFromSerial(serial, "reference_date")).toThrow(DomainError);
    expect(() => dayFromSerial(serial, "reference_date")).toThrow(/^reference_date: /);
  });
});

describe("serialDay: the arithmetic behind dayFromSerial, without a message", () => {
  test.each([1, 59, 61, 41578, 41578.75, 2_958_465])("%p names the day dayFromSerial gives", (serial) => {
    expect(serialDay(serial)).toBe(dayFromSerial(serial, "date"));
  });
  test.each([
    [1.5, "1900-01-01"],
    [59.999, "1900-02-28"],
    [61, "1900-03-01"],
    [61.25, "1900-03-01"],
    [41578.999, "2013-10-31"],
    [2_958_465.99, "9999-12-31"],
  ])("%p is %p: the time of day dropped on either side of 1900-02-29", (serial, iso) => {
    expect(isoDate(serialDay(serial)!)).toBe(iso);
  });
  test.each([0, 0.5, 60, 60.5, 60.999, -5, 2_958_466, 2_958_466.5, NaN, Infinity, -Infinity])(
    "%p names no day, and dayFromSerial refuses it",
    (serial) => {
      expect(serialDay(serial)).toBeUndefined();
      expect(() => dayFromSerial(serial, "date")).toThrow(DomainError);
    },
  );
});
