import { tseIsSession, tseWindow, tseWorkday } from "../../src/functions/calendar";
import { excelError } from "./excel-error";

describe("TSE_IS_SESSION", () => {
  test.each([
    [41578, true], // 2013-10-31
    ["2013-10-14", false],
    ["2013/10/15", true],
    ["2019-10-22", false],
    ["2020-10-01", true],
    ["2013-12-31", false],
  ])("%p → %p", (date, expected) => expect(tseIsSession(date)).toBe(expected));

  test("closed dates of the user's own", () => {
    expect(tseIsSession("2013-10-30", [["2013-10-30"], [null]])).toBe(false);
    expect(tseIsSession("2013-10-30", [[0]])).toBe(true); // an empty cell sent as 0 by older builds
  });

  test("out of bounds and not a date", () => {
    const e = excelError(() => tseIsSession("1959-04-10"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe(
      "date: 1959-04-10 is out of bounds: the TSE calendar covers 1970–2050, the years its holiday data covers.",
    );
    expect(excelError(() => tseIsSession(60)).message).toMatch(/1900-02-29, a day that does not exist/);
  });
});

describe("TSE_WORKDAY", () => {
  test("moves by sessions, like WORKDAY", () => {
    expect(tseWorkday("2013-10-11", 1)).toBe(41562); // 2013-10-15
    expect(tseWorkday(41578, -29)).toBe(41535); // 2013-09-18
    expect(tseWorkday("2019-04-26", 1)).toBe(43592); // 2019-05-07
    expect(tseWorkday("2013-10-14", 0)).toBe(41561); // the date itself
    expect(tseWorkday("2013-10-11", 1.9)).toBe(41562); // a fraction is dropped
  });
  test("closed dates of the user's own", () => expect(tseWorkday("2013-10-29", 1, [[41577]])).toBe(41578));
  test("n must be a number", () =>
    expect(excelError(() => tseWorkday(41578, "one")).message).toBe(
      'n: the text "one" is not a number; give a number of sessions such as -29.',
    ));
});

describe("TSE_WINDOW", () => {
  test("IIJ: the 30 sessions to 2013-10-31, as a column of serials from 41535 (2013-09-18)", () => {
    const window = tseWindow(41578);
    expect(window).toHaveLength(30);
    expect(window[0]).toEqual([41535]);
    expect(window[29]).toEqual([41578]);
    for (const closed of [41533, 41540, 41561]) expect(window.flat()).not.toContain(closed); // 09-16, 09-23, 10-14
  });
  test("a period and a reference on a holiday", () => {
    expect(tseWindow("2016-08-02", "1M")[0]).toEqual([42555]); // 2016-07-04
    expect(tseWindow("2013-10-14", 2)).toEqual([[41557], [41558]]); // 10-10, 10-11
  });
  test('"N closes" needs prices', () =>
    expect(excelError(() => tseWindow(41578, "30 closes")).message).toMatch(/needs prices: use MERGER.AVG_CLOSE_30/));
  test("a window before 1970 is out of bounds", () =>
    expect(excelError(() => tseWindow("1970-01-09", 10)).code).toBe("#N/A"));
});
