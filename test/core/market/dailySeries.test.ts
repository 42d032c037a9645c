import fc from "fast-check";
import { isoDate } from "../../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../../src/core/calendar/sessions";
import { DomainError } from "../../../src/core/errors";
import { rational, type Rational } from "../../../src/core/exact/rational";
import { CLOSE } from "../../../src/core/market/averageClose";
import { dailySeries, type Observation } from "../../../src/core/market/dailySeries";
import { day } from "./history";

const calendar = tseCalendar();
const row = (iso: string, close: number | undefined, n: number): Observation<Rational> => ({
  day: day(iso),
  value: close === undefined ? undefined : rational(BigInt(close)),
  where: `row ${n}`,
});
const refusal = (rows: Observation<Rational>[]) => {
  try {
    dailySeries(rows, calendar, CLOSE);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe("invalidValue");
    return (error as DomainError).message;
  }
  throw new Error("expected a refusal");
};

describe("a daily price history", () => {
  test("keeps its span, traded or not, in any order", () => {
    const series = dailySeries(
      [row("2013-10-31", 100, 1), row("2013-10-28", undefined, 2), row("2013-10-29", 101, 3)],
      calendar,
      CLOSE,
    );
    expect(isoDate(series.firstDay)).toBe("2013-10-28");
    expect(isoDate(series.lastDay)).toBe("2013-10-31");
    const traded = [];
    for (let d = series.firstDay - 3; d <= series.lastDay + 3; d++) if (series.has(d)) traded.push(isoDate(d));
    expect(traded).toEqual(["2013-10-29", "2013-10-31"]);
    expect(series.valueOn(day("2013-10-29"))).toEqual(rational(101n));
    expect(series.valueOn(day("2013-10-28"))).toBeUndefined();
    expect(series.valueOn(day("2013-10-30"))).toBeUndefined();
  });

  test("a date repeated with the same close is one entry", () => {
    const series = dailySeries([row("2013-10-31", 100, 1), row("2013-10-31", 100, 2)], calendar, CLOSE);
    expect(series.has(day("2013-10-31"))).toBe(true);
    expect(series.valueOn(day("2013-10-31"))).toEqual(rational(100n));
  });

  test("a date repeated with different closes is refused, naming both rows", () => {
    expect(refusal([row("2013-10-31", 100, 1), row("2013-10-31", 101, 7)])).toBe(
      "dates: 2013-10-31 appears in row 1 and row 7 with different closes (100 and 101); keep one row per date.",
    );
    expect(refusal([row("2013-10-31", 100, 1), row("2013-10-31", undefined, 2)])).toMatch(/\(100 and blank\)/);
  });

  test("a close on a holiday is refused, naming the date", () => {
    expect(refusal([row("2013-10-14", 100, 4)])).toMatch(
      /^dates row 4: 2013-10-14 is not a TSE session .* yet it has a close/,
    );
  });

  test("a close on a date the user closed is refused", () => {
    const own = tseCalendar([day("2013-10-30")]);
    expect(() => dailySeries([row("2013-10-30", 100, 2)], own, CLOSE)).toThrow(/2013-10-30 is not a TSE session/);
  });

  test("a close on 2020-10-01, when trading was halted, is refused", () => {
    expect(refusal([row("2020-10-01", 100, 3)])).toMatch(
      /2020-10-01 has a close, but all trading on the TSE was halted/,
    );
  });

  test("a blank close on a holiday is harmless", () => {
    const series = dailySeries([row("2013-10-14", undefined, 1), row("2013-10-15", 5, 2)], calendar, CLOSE);
    expect([series.has(day("2013-10-14")), series.has(day("2013-10-15"))]).toEqual([false, true]);
  });

  test("an empty history is refused", () => expect(refusal([])).toMatch(/price history is empty/));
});

describe("rows in order are read without a table, rows in any other order with one: the same series", () => {
  const first = calendar.sessions.findIndex((d) => d >= day("2019-04-01"));
  const halted = day("2020-10-01");
  const histories = fc.record({
    start: fc.integer({ min: first, max: first + 400 }),
    closes: fc.array(fc.option(fc.integer({ min: 1, max: 99_999 }), { freq: 4 }), { minLength: 1, maxLength: 60 }),
    order: fc.array(fc.double({ noNaN: true }), { minLength: 60, maxLength: 60 }),
  });
  const answers = (series: ReturnType<typeof dailySeries<Rational>>) => {
    const out: string[] = [];
    for (let d = series.firstDay - 2; d <= series.lastDay + 2; d++)
      if (series.has(d)) out.push(`${isoDate(d)} ${series.valueOn(d)!.num}`);
    return { first: series.firstDay, last: series.lastDay, out };
  };

  test("ascending, descending and shuffled rows answer every day alike", () => {
    fc.assert(
      fc.property(histories, ({ start, closes, order }) => {
        const rows = closes.map((close, k): Observation<Rational> => {
          const d = calendar.sessions[start + k]!;
          return {
            day: d,
            value: close === null || d === halted ? undefined : rational(BigInt(close), 10n),
            where: `row ${k + 1}`,
          };
        });
        const ascending = answers(dailySeries(rows, calendar, CLOSE));
        expect(answers(dailySeries([...rows].reverse(), calendar, CLOSE))).toEqual(ascending);
        const shuffled = rows
          .map((r, k) => ({ r, key: order[k]! }))
          .sort((a, b) => a.key - b.key)
          .map(({ r }) => r);
        expect(answers(dailySeries(shuffled, calendar, CLOSE))).toEqual(ascending);
        // A repeated row with the same value forces the table and changes nothing.
        expect(answers(dailySeries([...rows, rows[0]!], calendar, CLOSE))).toEqual(ascending);
      }),
      { numRuns: 150 },
    );
  });

  test("a close on a closed day is named by its row, in either way of reading", () => {
    const rows = [row("2013-10-10", 1, 1), row("2013-10-11", 2, 2), row("2013-10-14", 3, 3), row("2013-10-15", 4, 4)];
    const message = /^dates row 3: 2013-10-14 is not a TSE session/;
    expect(refusal(rows)).toMatch(message);
    expect(refusal([...rows].reverse())).toMatch(message);
    expect(refusal([rows[1]!, rows[0]!, rows[2]!, rows[3]!])).toMatch(message);
  });

  test("in any order, the first fault in row order wins: a repeat at row 2 before a holiday close at row 3", () => {
    expect(refusal([row("2013-10-11", 1, 1), row("2013-10-11", 2, 2), row("2013-10-14", 3, 3)])).toMatch(
      /appears in row 1 and row 2/,
    );
    expect(refusal([row("2013-10-15", 1, 1), row("2013-10-14", 2, 2), row("2013-10-15", 3, 3)])).toMatch(
      /^dates row 2: 2013-10-14 is not/,
    );
  });
});
