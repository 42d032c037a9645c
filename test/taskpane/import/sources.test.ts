/**
 * Price files as analysts get them, each built from its source's published column names, with the
 * same closes as fixtures/price/sources.plain.csv (2020-09-23 … 2020-10-09: a 1→2 split with
 * ex-date 2020-09-29, no trade on 2020-10-06, and 2020-10-01, the day the TSE's trading system
 * failed and nothing traded). Each imports to the same averages as the plain file.
 *
 * - sources.jquants-v1.csv: J-Quants API V1 /prices/daily_quotes (Date, Code, Open, High, Low, Close,
 *   UpperLimit, LowerLimit, Volume, TurnoverValue, AdjustmentFactor, AdjustmentOpen … AdjustmentVolume);
 *   a day without a trade, and 2020-10-01, have null prices (here empty fields, as a dataframe writes them);
 *   AdjustmentFactor is 0.5 on the ex-date of a 1→2 split; adjusted prices are rounded to 0.1 yen.
 * - sources.jquants-v2.csv: the V2 /equities/bars/daily names (Date, Code, O, H, L, C, UL, LL, Vo, Va,
 *   AdjFactor, AdjO, AdjH, AdjL, AdjC, AdjVo), nulls written as "null".
 * - sources.stockhistory.csv: Excel's =STOCKHISTORY(stock, start, end, 0, 1, 0, 1, 5) spill (headers
 *   Date, Close, Volume) saved as CSV; it has rows only for days with a trade.
 * - sources.bloomberg.csv: a BDH of PX_LAST and PX_VOLUME with dates (header "Dates"), pasted with
 *   CapChg=No, CshAdjNormal=No, CshAdjAbnormal=No (unadjusted); #N/A N/A on a day without a trade.
 * - sources.capiq.csv: Capital IQ's IQ_CLOSEPRICE, IQ_CLOSEPRICE_ADJ and IQ_VOLUME by Pricing Date;
 *   the adjusted close also takes out a ¥50 dividend (ex-dividend 2020-09-28), NA on no-trade days.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseDateText } from "../../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../../src/core/calendar/sessions";
import { parseNumberText } from "../../../src/core/exact/numberText";
import { fromNumber, rational, toExactText } from "../../../src/core/exact/rational";
import { priceAdjustments } from "../../../src/core/market/adjustment";
import { averageClose, CLOSE } from "../../../src/core/market/averageClose";
import { dailySeries } from "../../../src/core/market/dailySeries";
import { parseWindow } from "../../../src/core/market/window";
import { splitDisagreements, splitFactor, type SplitRow } from "../../../src/taskpane/import/adjustmentFactors";
import { importPriceHistory, type PriceRow } from "../../../src/taskpane/import/priceHistory";

const calendar = tseCalendar();
const read = (file: string) => {
  const result = importPriceHistory(new Uint8Array(readFileSync(join(__dirname, "fixtures", "price", file))));
  if (!result.ok) throw new Error(`${file} should import`);
  return result;
};

/** The 5- and 10-session averages ending 2020-10-09, with the splits given. */
function averages(rows: readonly PriceRow[], splits: readonly SplitRow[]): string[] {
  const series = dailySeries(
    rows.map((row, i) => ({
      day: parseDateText(row.date)!,
      value: row.close === null ? undefined : fromNumber(row.close),
      where: `row ${i + 1}`,
    })),
    calendar,
    CLOSE,
  );
  const adjustments = priceAdjustments(
    splits.map((split, i) => ({
      exDate: parseDateText(split.date)!,
      factor: parseNumberText(split.factor, true)!,
      where: `split ${i + 1}`,
    })),
    calendar,
  );
  return ["5", "10"].map((days) =>
    toExactText(averageClose(calendar, series, parseDateText("2020-10-09")!, parseWindow(days), adjustments).average),
  );
}

const plain = read("sources.plain.csv");
const TYPED: SplitRow[] = [{ date: "2020-09-29", factor: "2" }];
const expected = averages(plain.rows, TYPED);

test("the plain file's averages put the closes before the split on the new count", () => {
  // 10 sessions to 2020-10-09: 09-28 … 10-09, less 10-01 and 10-06 (no trade): 8 closes.
  const closes = [4000 / 2, 2030, 2045, 2020, 2061, 2072, 2080.5, 2095];
  expect(Number(expected[1])).toBeCloseTo(closes.reduce((a, b) => a + b) / closes.length, 9);
});

describe.each([
  ["sources.jquants-v1.csv", true],
  ["sources.jquants-v2.csv", true],
  ["sources.stockhistory.csv", false],
  ["sources.bloomberg.csv", false],
  ["sources.capiq.csv", false],
])("%s", (file, carriesFactors) => {
  const result = read(file);

  test("imports every row and the same averages as the plain file", () => {
    expect(result.refused).toEqual([]);
    expect(averages(result.rows, TYPED)).toEqual(expected);
  });

  test(carriesFactors ? "its adjustment factors become the splits table" : "it states no split", () => {
    expect(result.splits ?? []).toEqual(carriesFactors ? TYPED : []);
    if (carriesFactors) expect(averages(result.rows, result.splits!)).toEqual(expected);
  });
});

test("J-Quants' null prices, 2020-10-01 among them, are sessions without a trade", () => {
  for (const file of ["sources.jquants-v1.csv", "sources.jquants-v2.csv"]) {
    const rows = read(file).rows;
    expect(rows.find((row) => row.date === "2020-10-01")).toEqual({
      date: "2020-10-01",
      close: null,
      volume: null,
      turnover: null,
    });
    expect(rows.filter((row) => row.close === null).map((row) => row.date)).toEqual(["2020-10-01", "2020-10-06"]);
  }
});

test("an adjusted close the stated splits do not explain is reported, and the unadjusted close used", () => {
  // Capital IQ's adjusted closes take out the split and a ¥50 dividend: neither is applied from them.
  expect(read("sources.capiq.csv").otherAdjustment).toEqual({ first: "2020-09-23", last: "2020-09-28", days: 4 });
  expect(read("sources.capiq.csv").rows[0]!.close).toBe(4010);
  // J-Quants' adjusted closes are its closes over its own factors (to 0.1 yen): nothing to report.
  expect(read("sources.jquants-v1.csv").otherAdjustment).toBeUndefined();
});

test("J-Quants' multiplier is inverted to shares after ÷ before, to the fraction announced", () => {
  expect(toExactText(splitFactor(rational(1n, 2n)))).toBe("2");
  expect(toExactText(splitFactor(rational(333333n, 1000000n)))).toBe("3");
  expect(toExactText(splitFactor(rational(666667n, 1000000n)))).toBe("1.5");
  expect(toExactText(splitFactor(rational(10n)))).toBe("0.1");
});

describe("the file's splits against the table the user typed", () => {
  const file: SplitRow[] = [{ date: "2020-09-29", factor: "2" }];
  const dates = { first: "2020-09-23", last: "2020-10-09" };
  const typed = (rows: [string, string][]) =>
    rows.map(([date, factor]) => ({ date, factor: parseNumberText(factor, true)! }));

  test("agreeing, and a typed split before the file's dates, say nothing", () => {
    expect(
      splitDisagreements(
        file,
        typed([
          ["2020-09-29", "2"],
          ["2019-06-03", "3"],
        ]),
        dates,
      ),
    ).toEqual([]);
  });

  test("each disagreement names the day and the factor", () => {
    expect(splitDisagreements(file, typed([["2020-09-29", "3"]]), dates)).toEqual([
      { kind: "otherFactor", date: "2020-09-29", file: "2", typed: "3" },
    ]);
    expect(splitDisagreements(file, typed([["2020-10-05", "1/10"]]), dates)).toEqual([
      { kind: "notTyped", date: "2020-09-29", factor: "2" },
      { kind: "notInFile", date: "2020-10-05", factor: "0.1" },
    ]);
  });
});
