import fc from "fast-check";
import { dayFromParts, isoDate, type DayNumber } from "../../../src/core/calendar/dayNumber";
import { isArticle142Holiday, isRegistryClosed } from "../../../src/core/schedule/closedDays";
import { DateOutOfBounds } from "../../../src/core/errors";
import { clearDaysBefore, dayBefore } from "../../../src/core/schedule/countBack";
import { latestStartEndingBefore } from "../../../src/core/schedule/latestStart";
import { periodEnd } from "../../../src/core/schedule/periodEnd";
import { runOn } from "../../../src/core/schedule/runOn";
import { oracleArticle142, oracleEnd, oracleRegistryClosed, oracleRunOn } from "./oracle";

const day = (iso: string): DayNumber => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromParts(y!, m!, d!)!;
};
// 1971-01-01 … 2049-12-31: inside the holiday data with room for a year of periods either side.
const anyDay = fc.integer({ min: day("1971-01-01"), max: day("2049-06-30") });
const unit = fc.constantFrom("day" as const, "week" as const, "month" as const);

describe("forward periods (Civil Code 140, 141, 143) against a day-by-day walk", () => {
  test("any event, length and unit", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 24 }), unit, fc.boolean(), (event, count, u, counted) => {
        expect(isoDate(periodEnd(event, { count, unit: u }, counted))).toBe(
          isoDate(oracleEnd(event, count, u, counted)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  test("month ends near the end of a month, where corresponding days go missing", () => {
    const ends = fc
      .integer({ min: 0, max: 80 })
      .chain((year) =>
        fc.tuple(fc.constant(1971 + year), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 27, max: 31 })),
      );
    fc.assert(
      fc.property(ends, fc.integer({ min: 1, max: 13 }), ([y, m, d], count) => {
        const event = dayFromParts(y, m, d);
        fc.pre(event !== undefined && y < 2049);
        expect(periodEnd(event!, { count, unit: "month" })).toBe(oracleEnd(event!, count, "month"));
      }),
      { numRuns: 2000 },
    );
  });

  test("the worked cases: Gazette 2/28 opens 3/1 … 3/31; 1/30 ends on the last day of February", () => {
    expect(isoDate(periodEnd(day("2023-02-28"), { count: 1, unit: "month" }))).toBe("2023-03-31");
    expect(isoDate(periodEnd(day("2024-02-28"), { count: 1, unit: "month" }))).toBe("2024-03-28");
    expect(isoDate(periodEnd(day("2023-01-30"), { count: 1, unit: "month" }))).toBe("2023-02-28");
    expect(isoDate(periodEnd(day("2024-01-30"), { count: 1, unit: "month" }))).toBe("2024-02-29");
    // Two weeks from 2014-01-01: the 15th, or the 14th counting the day itself (140 proviso).
    expect(isoDate(periodEnd(day("2014-01-01"), { count: 2, unit: "week" }))).toBe("2014-01-15");
    expect(isoDate(periodEnd(day("2014-01-01"), { count: 2, unit: "week" }, true))).toBe("2014-01-14");
  });
});

describe("art. 142 and the closed days, against the rule-based holiday package", () => {
  test("running on past Sundays and holidays, narrowly and broadly", () => {
    fc.assert(
      fc.property(anyDay, fc.boolean(), (last, broad) => {
        const ours = runOn(last, (d) => isArticle142Holiday(d, broad, "test"));
        expect(isoDate(ours)).toBe(isoDate(oracleRunOn(last, (d) => oracleArticle142(d, broad))));
      }),
      { numRuns: 3000 },
    );
  });

  test("the registry's closed days: weekends, holidays, 29 Dec–3 Jan", () => {
    fc.assert(
      fc.property(anyDay, (d) => expect(isRegistryClosed(d, "test")).toBe(oracleRegistryClosed(d))),
      { numRuns: 3000 },
    );
    expect(isRegistryClosed(day("2013-12-28"), "t")).toBe(true); // a Saturday
    expect(isRegistryClosed(day("2014-12-29"), "t")).toBe(true); // a Monday, year-end closure
    expect(isRegistryClosed(day("2014-12-26"), "t")).toBe(false);
  });

  test("a Sunday 3/31 runs on to Monday 4/1 (2024); a Saturday does not, unless read broadly", () => {
    expect(isoDate(runOn(day("2024-03-31"), (d) => isArticle142Holiday(d, false, "t")))).toBe("2024-04-01");
    expect(isoDate(runOn(day("2024-03-30"), (d) => isArticle142Holiday(d, false, "t")))).toBe("2024-03-30");
    expect(isoDate(runOn(day("2024-03-30"), (d) => isArticle142Holiday(d, true, "t")))).toBe("2024-04-01");
    // Sunday 2024-10-13 then Sports Day on Monday the 14th: on to the 15th.
    expect(isoDate(runOn(day("2024-10-13"), (d) => isArticle142Holiday(d, false, "t")))).toBe("2024-10-15");
  });

  test("outside the holiday data's years: out of bounds, not a guess", () => {
    expect(() => isRegistryClosed(day("2051-01-05"), "effective_date")).toThrow(DateOutOfBounds);
  });
});

describe("counting back", () => {
  test("N days before E leaves N clear days; the day N days before is E − N", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (e, n) => {
        const by = clearDaysBefore(e, n);
        // Whole days strictly between the act and E: at least N, and one more day would break it.
        expect(e - by - 1).toBe(n);
        expect(dayBefore(e, n)).toBe(e - n);
      }),
    );
    expect(isoDate(clearDaysBefore(day("2014-01-01"), 20))).toBe("2013-12-11");
    expect(isoDate(clearDaysBefore(day("2024-06-25"), 14))).toBe("2024-06-10");
  });
});

describe("the latest event whose period ends before a deadline", () => {
  test("equals a brute-force search over every earlier day", () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom(20, 30), fc.boolean(), (deadline, days, month) => {
        const length = month ? ({ count: 1, unit: "month" } as const) : ({ count: days, unit: "day" } as const);
        const ours = latestStartEndingBefore(
          deadline,
          length,
          (d) => isArticle142Holiday(d, false, "t"),
          (d) => !isRegistryClosed(d, "t"),
        );
        let expected = -1;
        for (let g = deadline - 100; g < deadline; g++) {
          if (oracleRegistryClosed(g)) continue;
          const end = oracleRunOn(oracleEnd(g, length.count, length.unit), (d) => oracleArticle142(d, false));
          if (end < deadline) expected = g;
        }
        expect(isoDate(ours.event)).toBe(isoDate(expected));
      }),
      { numRuns: 500 },
    );
  });
});
