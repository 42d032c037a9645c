import { dayFromParts, isoDate, serialFromDay } from "../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../src/core/calendar/sessions";
import { avgClose30, marketRatioTable, vwap } from "../../src/functions/market";
import {
  adjustedPrices,
  exDate,
  netAssetsPerShare,
  premium,
  ratioRange,
  variableRatio,
} from "../../src/functions/valuation";
import { excelError } from "./excel-error";

type Cell = number | string | boolean | null;
/** Excel passes an omitted optional argument as null. */
const OMITTED = null as never;
const serial = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromDay(dayFromParts(y!, m!, d!)!);
};
const calendar = tseCalendar();
const sessionsFrom = (first: string, last: string) =>
  calendar.days(calendar.sessionsBetween(serial(first) - 25_570, serial(last) - 25_569, "test")).map(isoDate);
const column = (...cells: Cell[]): Cell[][] => cells.map((cell) => [cell]);

describe("RATIO_RANGE", () => {
  test("target low ÷ acquirer high, target high ÷ acquirer low, as one row", () => {
    expect(ratioRange(20000, 21000, 900, 1000)).toEqual([[20, 21000 / 900]]);
    expect(ratioRange(20000, 21000, 900, 1000, 2)).toEqual([[20, 23.33]]);
    expect(ratioRange(20000, 21000, 900, 1000, 2, "up")).toEqual([[20, 23.34]]);
    expect(ratioRange("20000", "21000", "900", "1000", 1, "down")).toEqual([[20, 23.3]]);
  });

  test("exact where doubles are not: 0.3 ÷ 0.1 is 3, not 2.9999999999999996", () => {
    expect(ratioRange(0.3, 0.3, 0.1, 0.1)).toEqual([[3, 3]]);
  });

  test("refusals name the argument", () => {
    expect(excelError(() => ratioRange(21000, 20000, 900, 1000)).message).toMatch(
      /^target_low: 21000 is above target_high/,
    );
    expect(excelError(() => ratioRange(20000, 21000, null, 1000)).message).toMatch(/^acquirer_low is empty/);
    expect(excelError(() => ratioRange(20000, 21000, 900, 1000, OMITTED, "down")).message).toMatch(/needs decimals/);
  });
});

// Two histories 2013-04-01 … 2013-10-31: the target closes at 2,000 + i, the acquirer at 1,000.
const days = sessionsFrom("2013-04-01", "2013-10-31");
const dates: Cell[][] = days.map((d) => [serial(d)]);
const targetCloses: Cell[][] = days.map((_d, i) => [2000 + i]);
const acquirerCloses: Cell[][] = days.map(() => [1000]);
const meanOfTarget = (from: string, to: string) => {
  const first = days.indexOf(from);
  const last = days.indexOf(to);
  return 2000 + (first + last) / 2;
};

describe("MARKET_RATIO", () => {
  test("a header, then the close and the 1M, 3M and 6M averages, each ratio over the same window", () => {
    const table = marketRatioTable(dates, targetCloses, dates, acquirerCloses, serial("2013-10-31"));
    const close = 2000 + days.length - 1;
    // 1M: the sessions after 2013-09-30 up to 10-31; 3M after 07-31; 6M after 04-30.
    const m1 = meanOfTarget("2013-10-01", "2013-10-31");
    const m3 = meanOfTarget("2013-08-01", "2013-10-31");
    const m6 = meanOfTarget("2013-05-01", "2013-10-31");
    expect(table).toEqual([
      ["period", "target average", "acquirer average", "ratio"],
      ["close", close, 1000, close / 1000],
      ["1M", m1, 1000, m1 / 1000],
      ["3M", m3, 1000, m3 / 1000],
      ["6M", m6, 1000, m6 / 1000],
    ]);
  });

  test("periods as a range of session counts and periods; the ratio rounded as asked", () => {
    const table = marketRatioTable(
      dates,
      targetCloses,
      dates,
      acquirerCloses,
      "2013-10-31",
      column(30, "1M"),
      2,
      "down",
    );
    const m30 = meanOfTarget("2013-09-18", "2013-10-31");
    expect(table[1]).toEqual([30, m30, 1000, Math.floor(m30 / 10) / 100]);
    expect(table).toHaveLength(3);
  });

  test("a split of the acquirer: four columns of adjustments, the acquirer's pair on the right", () => {
    // A 1→2 split of the acquirer with ex-date 2013-10-21: its closes of 1,000 before are 500 afterwards.
    const acquirer = days.map((d) => [d < "2013-10-21" ? 1000 : 500]);
    const adjustments = [[null, null, serial("2013-10-21"), 2]];
    const table = marketRatioTable(
      dates,
      targetCloses,
      dates,
      acquirer,
      "2013-10-31",
      [["1M"]],
      OMITTED,
      OMITTED,
      adjustments,
    );
    const m1 = meanOfTarget("2013-10-01", "2013-10-31");
    expect(table[1]).toEqual(["1M", m1, 500, m1 / 500]);
  });

  test("a refusal names the side", () => {
    const short = dates.slice(-10);
    expect(
      excelError(() => marketRatioTable(dates, targetCloses, short, acquirerCloses.slice(-10), "2013-10-31")).message,
    ).toMatch(/^acquirer_dates: the window \(1 month to 2013-10-31\)/);
    expect(
      excelError(() => marketRatioTable(dates, column(...days.map(() => "x")), dates, acquirerCloses, "2013-10-31"))
        .message,
    ).toMatch(/^target_closes row 1: the text "x"/);
    expect(
      excelError(() => marketRatioTable(dates, targetCloses, dates, acquirerCloses, "2013-10-31", [["2 weeks"]]))
        .message,
    ).toMatch(/^periods: "2 weeks" is not a window/);
    expect(
      excelError(() =>
        marketRatioTable(dates, targetCloses, dates, acquirerCloses, "2013-10-31", OMITTED, OMITTED, OMITTED, [
          [serial("2013-10-21"), 2],
        ]),
      ).message,
    ).toMatch(/^adjustments: the range is 1×2; give four columns/);
  });
});

describe("AVG_CLOSE_30 and VWAP across a split equal the average of hand-adjusted prices", () => {
  // Closes 1,000 + 2i before the ex-date 2013-10-15, quoted after a 1→2 split as 500 + i.
  const exDay = "2013-10-15";
  const raw = days.map((d, i) => [d < exDay ? 1000 + 2 * i : 500 + i]);
  const byHand = days.map((_d, i) => [500 + i]);
  const split = [[serial(exDay), 2]];

  test.each([30, "1M", "3M", "30 closes"])("days %p", (window) => {
    const adjusted = avgClose30(dates, raw, "2013-10-31", window, OMITTED, OMITTED, OMITTED, split);
    expect(adjusted).toEqual(avgClose30(dates, byHand, "2013-10-31", window));
    expect(adjusted).not.toEqual(avgClose30(dates, raw, "2013-10-31", window));
  });

  test("VWAP: volumes before the ex-date doubled, turnover as traded", () => {
    const turnover = days.map((_d, i) => [1_000_000 + 1000 * i]);
    const volumes = days.map((d) => [d < exDay ? 500 : 1000]);
    const volumesByHand = days.map(() => [1000]);
    expect(vwap(dates, turnover, volumes, "2013-10-31", 30, OMITTED, OMITTED, split)).toBe(
      vwap(dates, turnover, volumesByHand, "2013-10-31", 30),
    );
  });

  test("adjustments in any order, blank rows skipped; refused when malformed", () => {
    const twoSplits = [
      [serial("2013-10-15"), 2],
      [null, null],
      [serial("2013-06-03"), 0.5],
    ];
    expect(avgClose30(dates, raw, "2013-10-31", 30, OMITTED, OMITTED, OMITTED, twoSplits)).toEqual(
      avgClose30(dates, byHand, "2013-10-31", 30),
    );
    expect(
      excelError(() => avgClose30(dates, raw, "2013-10-31", 30, OMITTED, OMITTED, OMITTED, [[serial(exDay)]])).message,
    ).toMatch(/^adjustments: the range is 1×1; give two columns/);
    expect(
      excelError(() => avgClose30(dates, raw, "2013-10-31", 30, OMITTED, OMITTED, OMITTED, [[serial(exDay), null]]))
        .message,
    ).toMatch(/^adjustments row 1: the ex-date has no factor/);
  });
});

describe("PREMIUM", () => {
  test("one offer against the close and the averages, element by element", () => {
    expect(premium([[1500]], column(1200, 1000, null, 1250))).toEqual(column(0.25, 0.5, "", 0.2));
    expect(premium(column(1500, 1100), column(1200, 1000), 4)).toEqual(column(0.25, 0.1));
    expect(premium([[1]], [[3]], 4, "down")).toEqual([[-0.6666]]);
  });

  test("ranges of different shapes are refused; one bad cell shows its own error", () => {
    expect(excelError(() => premium(column(1, 2), column(1, 2, 3))).message).toMatch(
      /^reference: the range is 3×1 but offer is 2×1/,
    );
    const answer = premium([[1500]], column(1200, "n/a")) as unknown[][];
    expect(answer[0]).toEqual([0.25]);
    expect((answer[1]![0] as { message: string }).message).toMatch(/^reference row 2: the text "n\/a" is not a number/);
  });
});

describe("VARIABLE_RATIO", () => {
  test("M3 / Mediscience Planning 2014: ¥3,500 ÷ ¥309,734.2 to 4 places is 0.0113", () => {
    expect(variableRatio(3500, 309734.2, OMITTED, OMITTED, 4)).toBe(0.0113);
    expect(variableRatio(3500, 309734.2, OMITTED, OMITTED, 4, "up")).toBe(0.0114);
  });

  test("floor and cap, either may be empty", () => {
    expect(variableRatio(1100, 800, 1000)).toBe(1.1);
    expect(variableRatio(1100, 2500, OMITTED, 2200)).toBe(0.5);
    expect(excelError(() => variableRatio(1100, 2500, 3000, 2200)).message).toMatch(
      /^floor_price: 3000 is above cap_price 2200/,
    );
  });
});

describe("NET_ASSETS_PER_SHARE", () => {
  test("IIJ Exlayer's stated equity over its shares, and with adjustments net of tax", () => {
    expect(netAssetsPerShare(83000000, 4000)).toBe(20750);
    expect(netAssetsPerShare(1000000, 1000, 100, column(300000, null, -100000), 0.3)).toBe(3800 / 3);
    expect(netAssetsPerShare(1000000, 1000, OMITTED, [[200000]])).toBe(1200);
  });

  test("refusals", () => {
    expect(excelError(() => netAssetsPerShare(83000000, 4000, 4000)).message).toMatch(
      /^treasury: 4000 leaves no shares/,
    );
    expect(excelError(() => netAssetsPerShare(83000000, 4000.5)).message).toMatch(
      /^issued: 4000.5 is not a whole number/,
    );
    expect(excelError(() => netAssetsPerShare(83000000, 4000, 0, column(1, "gain"))).message).toMatch(
      /^adjustments row 2: the text "gain"/,
    );
  });
});

describe("ADJUSTED_PRICES", () => {
  const d = column(serial("2024-03-26"), serial("2024-03-27"), serial("2024-03-28"), serial("2024-03-29"));
  test("closes before the ex-date divided by its factor; volumes multiplied; blanks stay blank", () => {
    const split = [[serial("2024-03-28"), 2]];
    expect(adjustedPrices(d, column(1000, 1001, 505, null), split)).toEqual(column(500, 500.5, 505, ""));
    expect(adjustedPrices(d, column(100, 100, 200, 200), split, "volume")).toEqual(column(200, 200, 200, 200));
    expect(adjustedPrices(d, column(1000, 1000, 1000, 1000), [["2024-03-27", "1/3"]])).toEqual(
      column(3000, 1000, 1000, 1000),
    );
  });

  test("refusals", () => {
    expect(excelError(() => adjustedPrices(d, column(1, 2, 3), [[serial("2024-03-28"), 2]])).message).toMatch(
      /^values: the range is 3×1 but dates is 4×1/,
    );
    expect(excelError(() => adjustedPrices(d, column(1, 2, 3, 4), [["2024-03-31", 2]])).message).toMatch(
      /is not a TSE session/,
    );
    expect(
      excelError(() => adjustedPrices(d, column(1, 2, 3, 4), [[serial("2024-03-28"), 2]], "turnover")).message,
    ).toMatch(/^kind: /);
  });
});

describe("EX_DATE", () => {
  test("DOMAIN §7: record date 2024-03-31 gives ex-date 2024-03-28 and last cum-rights day 03-27, as serials", () => {
    expect(exDate("2024-03-31")).toBe(serial("2024-03-28"));
    expect(exDate(serial("2024-03-31"), OMITTED, "last")).toBe(serial("2024-03-27"));
    expect(exDate("2019/03/31")).toBe(serial("2019-03-27"));
  });

  test("refusals", () => {
    expect(excelError(() => exDate("soon")).message).toMatch(/^record_date: the text "soon" is not a date/);
    expect(excelError(() => exDate("2024-03-31", OMITTED, "first")).message).toMatch(
      /^result: the text "first" is not one of/,
    );
    expect(excelError(() => exDate("2060-03-31")).code).toBe("#N/A");
  });
});
