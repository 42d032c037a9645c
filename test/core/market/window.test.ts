import { isoDate } from "../../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../../src/core/calendar/sessions";
import { DomainError } from "../../../src/core/errors";
import { rational } from "../../../src/core/exact/rational";
import { CLOSE } from "../../../src/core/market/averageClose";
import { dailySeries } from "../../../src/core/market/dailySeries";
import { marketWindow, parseWindow, describeWindow, type WindowSpec } from "../../../src/core/market/window";
import { day, history } from "./history";

const calendar = tseCalendar();
/** A history from 2012 to 2022 with a close on every session except 2020-10-01. */
const everyClose = dailySeries(
  history("2012-01-04", "2022-12-30", (d, i) =>
    isoDate(d) === "2020-10-01" ? undefined : rational(BigInt(1000 + (i % 7))),
  ),
  calendar,
  CLOSE,
);
const windowOf = (reference: string, spec: WindowSpec = parseWindow(30)) =>
  marketWindow(calendar, everyClose, day(reference), spec).sessions.map(isoDate);
const ends = (sessions: string[]) => [sessions[0], sessions[sessions.length - 1], sessions.length];

describe("the days argument", () => {
  test.each<[number | string | undefined, WindowSpec]>([
    [undefined, { kind: "sessions", count: 30 }],
    [20, { kind: "sessions", count: 20 }],
    ["20", { kind: "sessions", count: 20 }],
    ["30 closes", { kind: "closes", count: 30 }],
    ["30 sessions", { kind: "sessions", count: 30 }],
    ["1W", { kind: "period", period: { count: 1, unit: "W" } }],
    ["1m", { kind: "period", period: { count: 1, unit: "M" } }],
    ["３Ｍ", { kind: "period", period: { count: 3, unit: "M" } }],
    ["6M", { kind: "period", period: { count: 6, unit: "M" } }],
    ["1Y", { kind: "period", period: { count: 1, unit: "Y" } }],
  ])("%p", (value, spec) => expect(parseWindow(value)).toEqual(spec));

  test.each([0, -3, 2.5, "1D", "thirty", "0M", ""])("%p is refused with the forms accepted", (value) => {
    expect(() => parseWindow(value)).toThrow(
      /^days: .* is not a window; give a number of sessions \(30\), "30 closes"/,
    );
  });

  test("described in words", () => {
    expect(describeWindow(parseWindow("30 closes"))).toBe("30 sessions with a close");
    expect(describeWindow(parseWindow("3M"))).toBe("3 months");
  });
});

describe("N-session windows", () => {
  test("IIJ: 30 sessions to 2013-10-31 run 2013-09-18 … 2013-10-31, without 09-16, 09-23, 10-14", () => {
    const window = windowOf("2013-10-31");
    expect(ends(window)).toEqual(["2013-09-18", "2013-10-31", 30]);
    expect(window.filter((d) => ["2013-09-16", "2013-09-23", "2013-10-14"].includes(d))).toEqual([]);
  });

  test("Golden Week 2019: ten closed days from 27 April to 6 May", () => {
    expect(windowOf("2019-05-10", parseWindow(10))).toEqual([
      "2019-04-19",
      "2019-04-22",
      "2019-04-23",
      "2019-04-24",
      "2019-04-25",
      "2019-04-26",
      "2019-05-07",
      "2019-05-08",
      "2019-05-09",
      "2019-05-10",
    ]);
  });

  test("a reference inside Golden Week 2019 ends on 2019-04-26", () => {
    expect(windowOf("2019-05-02", parseWindow(3))).toEqual(["2019-04-24", "2019-04-25", "2019-04-26"]);
  });

  test("2019-10-22 is skipped", () => {
    expect(windowOf("2019-10-24", parseWindow(4))).toEqual(["2019-10-18", "2019-10-21", "2019-10-23", "2019-10-24"]);
    expect(windowOf("2019-10-22", parseWindow(1))).toEqual(["2019-10-21"]);
  });

  test("across a year end: 30 December, then 4 January", () => {
    expect(windowOf("2016-01-05", parseWindow(3))).toEqual(["2015-12-30", "2016-01-04", "2016-01-05"]);
    expect(windowOf("2014-01-01", parseWindow(2))).toEqual(["2013-12-27", "2013-12-30"]);
  });

  test("the Olympic holidays of 2020 and 2021 are skipped", () => {
    expect(windowOf("2020-07-27", parseWindow(4))).toEqual(["2020-07-20", "2020-07-21", "2020-07-22", "2020-07-27"]);
    expect(windowOf("2020-08-11", parseWindow(2))).toEqual(["2020-08-07", "2020-08-11"]);
    expect(windowOf("2021-07-26", parseWindow(3))).toEqual(["2021-07-20", "2021-07-21", "2021-07-26"]);
    expect(windowOf("2021-08-10", parseWindow(2))).toEqual(["2021-08-06", "2021-08-10"]);
  });

  test("2020-10-01 counts as a session though it has no close", () => {
    const window = marketWindow(calendar, everyClose, day("2020-10-02"), parseWindow(3));
    expect(window.sessions.map(isoDate)).toEqual(["2020-09-30", "2020-10-01", "2020-10-02"]);
    expect(window.traded.map(isoDate)).toEqual(["2020-09-30", "2020-10-02"]);
  });

  test('"3 closes" reaches back past 2020-10-01', () => {
    const window = marketWindow(calendar, everyClose, day("2020-10-02"), parseWindow("3 closes"));
    expect(window.sessions.map(isoDate)).toEqual(["2020-09-29", "2020-09-30", "2020-10-01", "2020-10-02"]);
    expect(window.traded.map(isoDate)).toEqual(["2020-09-29", "2020-09-30", "2020-10-02"]);
  });

  test("a reference on a Sunday or a holiday ends on the session before", () => {
    expect(windowOf("2013-11-03", parseWindow(1))).toEqual(["2013-11-01"]);
    expect(windowOf("2013-11-04", parseWindow(2))).toEqual(["2013-10-31", "2013-11-01"]); // 11-04 substitute holiday
  });
});

describe("calendar-period windows: (reference − period, reference]", () => {
  test("DOMAIN's example: 1M to 2016-08-02 is 2016-07-04 … 2016-08-02", () => {
    expect(ends(windowOf("2016-08-02", parseWindow("1M")))).toEqual(["2016-07-04", "2016-08-02", 21]);
  });
  test("1W to 2013-10-31 starts after 2013-10-24", () => {
    expect(windowOf("2013-10-31", parseWindow("1W"))).toEqual([
      "2013-10-25",
      "2013-10-28",
      "2013-10-29",
      "2013-10-30",
      "2013-10-31",
    ]);
  });
  test("3M to 31 May starts after 28/29 February", () => {
    expect(windowOf("2019-05-31", parseWindow("3M"))[0]).toBe("2019-03-01");
    expect(windowOf("2020-05-29", parseWindow("3M"))[0]).toBe("2020-03-02"); // after 2020-02-29 (Sat); 03-01 Sun
  });
  test("6M across a year end, and a 1M window on a weekend reference", () => {
    expect(ends(windowOf("2014-03-31", parseWindow("6M")))).toEqual(["2013-10-01", "2014-03-31", 120]);
    expect(ends(windowOf("2013-11-30", parseWindow("1M")))).toEqual(["2013-10-31", "2013-11-29", 21]);
  });
  test("a week of Golden Week 2019 holds no session", () => {
    expect(() => windowOf("2019-05-05", parseWindow("1W"))).toThrow(/no TSE session in the 1 week to 2019-05-05/);
  });
});

describe("windows the history cannot fill", () => {
  const short = dailySeries(
    history("2013-09-20", "2013-10-25", () => rational(100n)),
    calendar,
    CLOSE,
  );
  const refusal = (reference: string, spec: WindowSpec) => {
    try {
      marketWindow(calendar, short, day(reference), spec);
    } catch (error) {
      expect((error as DomainError).kind).toBe("notAvailable");
      return (error as DomainError).message;
    }
    throw new Error("expected a refusal");
  };

  test("before the first date: says how many sessions are missing", () => {
    expect(refusal("2013-10-25", parseWindow(30))).toMatch(
      /runs 2013-09-11 … 2013-10-25, but the price history begins 2013-09-20: 6 sessions are missing; extend the history back to 2013-09-11/,
    );
  });
  test("after the last date: says how many sessions are missing", () => {
    expect(refusal("2013-10-31", parseWindow(10))).toMatch(
      /but the price history ends 2013-10-25: 4 sessions are missing/,
    );
  });
  test('"N closes" that the history cannot supply', () => {
    expect(refusal("2013-10-25", parseWindow("30 closes"))).toMatch(
      /holds 24 closes; the window needs 30: 6 are missing/,
    );
  });
  test("a window without a single close", () => {
    const blank = dailySeries(
      history("2013-09-02", "2013-10-31", (d) => (d < day("2013-10-01") ? rational(5n) : undefined)),
      calendar,
      CLOSE,
    );
    expect(() => marketWindow(calendar, blank, day("2013-10-31"), parseWindow(5))).toThrow(
      /No trade in the window: .* has no close/,
    );
  });
  test("before the covered years", () => {
    const early = dailySeries(
      [
        { day: day("1969-12-01"), value: rational(1n), where: "row 1" },
        ...history("1970-01-05", "1970-01-30", () => rational(1n)),
      ],
      calendar,
      CLOSE,
    );
    expect(() => marketWindow(calendar, early, day("1970-01-09"), parseWindow(10))).toThrow(/out of bounds/);
    expect(() => marketWindow(calendar, early, day("1970-01-09"), parseWindow("10 closes"))).toThrow(
      /10 closes to 1970-01-09 reach before 1970-01-05, the first session the TSE calendar covers \(out of bounds\)/,
    );
    expect(() => marketWindow(calendar, early, day("1970-01-09"), parseWindow("1M"))).toThrow(
      /1969-12-09 is out of bounds/,
    );
  });
});
