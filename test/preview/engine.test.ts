/**
 * The built sheet, evaluated by a real formula engine: HyperFormula behind the workbook double,
 * with the MERGER.* functions registered from the add-in's own function modules. Every cell the
 * template computes is checked against the core's own answer, and a formula the engine rejects
 * (#NAME?, #ERROR!, a parse error) fails the test.
 */
import { allot } from "../../src/core/allotment/allot";
import { eligibleShares } from "../../src/core/allotment/eligibleShares";
import { fractionCash } from "../../src/core/allotment/fractionCash";
import { holderFractionNumerators } from "../../src/core/allotment/holderFractions";
import { shareSources } from "../../src/core/allotment/shareSources";
import { dayFromParts, parseDateText, serialFromDay, type DayNumber } from "../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../src/core/calendar/sessions";
import {
  compare,
  divide,
  fromNumber,
  multiply,
  rational,
  subtract,
  toNumber,
  type Rational,
} from "../../src/core/exact/rational";
import { averageClose, CLOSE } from "../../src/core/market/averageClose";
import { dailySeries } from "../../src/core/market/dailySeries";
import { TRADING, volumeWeightedAverage } from "../../src/core/market/vwap";
import { calendarSpan, parseWindow } from "../../src/core/market/window";
import { buyUpShares } from "../../src/core/odd-lot/buyUpShares";
import { fullUnits } from "../../src/core/odd-lot/fullUnits";
import { oddLotShares } from "../../src/core/odd-lot/oddLotShares";
import { simplifiedMergerArticle, simplifiedTest, shortFormTest } from "../../src/core/procedure";
import { priceAdjustments, type AdjustmentEvent } from "../../src/core/market/adjustment";
import { marketRatio, type ListedSide, type WindowRatio } from "../../src/core/valuation/marketRatio";
import { netAssetsPerShare } from "../../src/core/valuation/netAssetsPerShare";
import { premium } from "../../src/core/valuation/premium";
import { ratioRange, valueRange } from "../../src/core/valuation/ratioRange";
import { absorptionMerger, absorptionMerger2013, keyResultCells, layout, ratioAnalysis } from "../../src/templates";
import { parseCell } from "../../src/plan/a1";
import { buildWorksheet } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";
import type { ScheduleOptions } from "../../src/core/schedule/transaction";
import { BLANK_INPUTS, REGISTER_INPUTS } from "../templates/examples";
import {
  built,
  checkRegister,
  checkScheduleTable,
  close,
  checkRelease,
  expectAllChecked,
  serialOf,
  type BuiltSheet,
} from "./built-sheet";

const number = (r: Rational) => toNumber(r);

const SHORT_YES = "Meets the short-form test: no meeting of the dissolving company (CA 784(1))";
const SIMPLIFIED_YES = "Meets the simplified-merger test: no meeting of the surviving company";
const PASTE_CLOSES = "(paste closes into the price table)";

/** The procedure and per-share rows, from the core, for the 2013 figures (shared by both examples). */
function checkProcedure(s: Awaited<ReturnType<typeof built>>, delivered: bigint, held: number, issued: number): void {
  const total = fullUnits(issued, 1);
  const test = shortFormTest(BigInt(held), BigInt(total));
  expect(s.cell("Voting rights held by the surviving company and those subsidiaries")).toBe(held);
  expect(s.cell("Total voting rights used")).toBe(total);
  close(s.cell("Share of voting rights held"), number(test.share));
  expect(s.cell("Short-form merger (dissolving company)")).toEqual(
    test.qualifies ? SHORT_YES : expect.stringMatching(/^Does not/),
  );
  const simplified = simplifiedTest({
    sharesDelivered: delivered,
    bookValuePerShare: fromNumber(927.72),
    netAssets: rational(37_607_000_000n),
  });
  expect(s.cell("Net assets per share used")).toBe(927.72);
  // One MERGER.SIMPLIFIED call: the test, and X, Y and ρ·Y spilled below it.
  expect(s.cell("X ≤ ρ·Y (TRUE: the simplified-merger test is met)")).toBe(simplified.qualifies);
  close(s.cell("X = shares delivered × net assets per share + other"), number(simplified.consideration));
  expect(s.cell("Y = net assets")).toBe(number(simplified.base));
  expect(s.cell("ρ·Y")).toBe(number(simplified.allowance));
  expect(s.cell("Simplified merger (surviving company)")).toEqual(
    simplified.qualifies ? SIMPLIFIED_YES : expect.stringMatching(/^Does not/),
  );
  expect(s.cell("Article by the effective date")).toBe(simplifiedMergerArticle(parseDateText("2014-01-01")!));
  const perShare = (amount: number, issued: number) =>
    number(divide(rational(BigInt(amount)), rational(BigInt(issued))));
  expect(s.cell("Shares issued", 2)).toBe(issued);
  expect(s.cell("Treasury shares", 2)).toBe(0);
  close(s.cell("Net assets per share, recomputed"), perShare(37_607_000_000, 46_697_800));
  close(s.cell("Net assets per share, recomputed", 2), perShare(83_000_000, issued));
  close(s.cell("Net income per share, recomputed"), perShare(5_301_000_000, 46_697_800));
  close(s.cell("Net income per share, recomputed", 2), perShare(-6_000_000, issued));
}

const INSIDE = "Inside the range";
const BELOW = "Below the range";
const ABOVE = "Above the range";

/** Where the agreed ratio sits against a range, by the core's exact comparison. */
const position = (agreed: Rational, range: { low: Rational; high: Rational }) =>
  compare(agreed, range.low) < 0 ? BELOW : compare(agreed, range.high) > 0 ? ABOVE : INSIDE;

/**
 * The ratio analysis of an unlisted dissolving company (as in 2013): the transaction price and
 * the adjusted net assets against the surviving company's price, their ranges, where the agreed
 * ratio sits, the premiums and the football-field data, each from the core. No market prices of
 * the dissolving company, no DCF or comparables: messages, and blanks in the chart's data.
 */
function checkRatioAnalysis(
  s: Awaited<ReturnType<typeof built>>,
  figures: {
    agreed: Rational;
    acquirerPrice: Rational;
    transaction: Rational;
    netAssets: Rational;
    issued: bigint;
    /** Both listed: per period (close, 1M, 3M, 6M), the core's window ratio. */
    market?: WindowRatio[];
  },
): void {
  const { agreed, acquirerPrice, transaction } = figures;
  close(s.cell("Surviving company: price used"), number(acquirerPrice));
  const perShare = netAssetsPerShare({
    netAssets: figures.netAssets,
    issued: figures.issued,
    treasury: 0n,
    adjustments: [],
    taxRate: rational(0n),
  });
  close(s.cell("Dissolving company: adjusted net assets per share"), number(perShare));
  const acquirer = valueRange(acquirerPrice, acquirerPrice, "acquirer");
  const ranges = {
    transaction: ratioRange(valueRange(transaction, transaction, "target"), acquirer),
    netAssets: ratioRange(valueRange(perShare, perShare, "target"), acquirer),
  };
  close(s.cell("Agreed ratio"), number(agreed));
  const methods = [
    ["Ratio by the transaction price", "Recent transaction price", ranges.transaction],
    ["Ratio by adjusted net assets", "Adjusted net assets", ranges.netAssets],
  ] as const;
  for (const [label, category, range] of methods) {
    close(s.cell(label, 1), number(range.low));
    close(s.cell(label, 2), number(range.high));
    expect(s.cell(label, 3)).toBe(position(agreed, range));
    close(s.cell(category, 1), number(range.low));
    close(s.cell(category, 2), number(subtract(range.high, range.low)));
    close(s.cell(category, 3), number(agreed));
  }
  const where = { offer: "offer", reference: "reference" };
  close(s.cell("Premium over the transaction price"), number(premium(agreed, ranges.transaction.low, where)));
  close(s.cell("Premium over the adjusted net assets"), number(premium(agreed, ranges.netAssets.low, where)));
  for (const label of ["Ratio by DCF", "Ratio by comparable companies"]) {
    expect(s.cell(label)).toBe("(enter both companies' values)");
    expect(s.cell(label, 3)).toBe("");
  }
  for (const category of ["DCF", "Comparable companies"]) {
    expect([s.cell(category, 1), s.cell(category, 2)]).toEqual(["", ""]);
    close(s.cell(category, 3), number(agreed));
  }
  const periods = ["Close on the reference date", "Average, 1 month", "Average, 3 months", "Average, 6 months"];
  const premiums = ["close", "1-month average", "3-month average", "6-month average"];
  if (!figures.market) {
    for (const label of periods) {
      expect([1, 2, 3].map((column) => s.cell(label, column))).toEqual([DISSOLVING_UNLISTED, "", ""]);
    }
    expect(s.cell("Ratio by market price")).toBe(DISSOLVING_UNLISTED);
    expect([s.cell("Ratio by market price", 2), s.cell("Ratio by market price", 3)]).toEqual(["", ""]);
    expect([s.cell("Market price", 1), s.cell("Market price", 2)]).toEqual(["", ""]);
    for (const label of premiums) expect(s.cell(`Premium over the ${label}`)).toBe("");
  } else {
    const ratios = figures.market.map((w) => w.ratio);
    figures.market.forEach((w, i) => {
      close(s.cell(periods[i]!, 1), number(w.target.average));
      close(s.cell(periods[i]!, 2), number(w.acquirer.average));
      close(s.cell(periods[i]!, 3), number(w.ratio));
      close(s.cell(`Premium over the ${premiums[i]!}`), number(premium(agreed, w.ratio, where)));
    });
    const range = {
      low: ratios.reduce((a, b) => (compare(a, b) <= 0 ? a : b)),
      high: ratios.reduce((a, b) => (compare(a, b) >= 0 ? a : b)),
    };
    close(s.cell("Ratio by market price", 1), number(range.low));
    close(s.cell("Ratio by market price", 2), number(range.high));
    expect(s.cell("Ratio by market price", 3)).toBe(position(agreed, range));
    close(s.cell("Market price", 1), number(range.low));
    close(s.cell("Market price", 2), number(subtract(range.high, range.low)));
  }
  close(s.cell("Market price", 3), number(agreed));
}

const DISSOLVING_UNLISTED = "(listed dissolving company: paste its closes into its price table)";

/**
 * The rights section (no series: "none", as in the 2013 release) and the schedule drawn from the
 * procedure tests, each step against the core's schedule.
 */
function checkRightsAndSchedule(
  s: BuiltSheet,
  options: Pick<ScheduleOptions, "shortForm" | "simplified">,
  flags: string,
) {
  const header = s.rowOf("Series");
  for (let r = header + 1; r <= header + 3; r++) expect([s.at(r, 4), s.at(r, 5)]).toEqual(["", ""]);
  expect(s.cell("Series of rights")).toBe("None: no stock acquisition rights outstanding");
  expect(s.cell("Short-form: no meeting of the dissolving company")).toBe(options.shortForm);
  expect(s.cell("Simplified: no meeting of the surviving company")).toBe(options.simplified);
  expect(s.cell("Stock acquisition rights outstanding")).toBe(false);
  expect(s.cell("Options given to MERGER.SCHEDULE")).toBe(flags);
  const steps = checkScheduleTable(s, "Step id", "2014-01-01", "merger", options, "en", 10);
  expect(steps).toEqual([
    "prior-disclosure-dissolving",
    "creditor-notice",
    "creditor-objection-period",
    "shareholder-notice",
    "simplified-objection",
    "purchase-requests",
    "registration",
  ]);
}

/**
 * The per-share check: each recomputation beside the date of its share count, and a gap beyond
 * what the rounding of the amounts explains (half the rounding unit a share, plus half a cent)
 * named with its cause; `within` says, per company, which gaps the rounding explains.
 */
function checkPerShare(s: BuiltSheet, within: [boolean, boolean], roundedTo: number, issued: [number, number]): void {
  expect([s.cell("Shares counted as of"), s.cell("Shares counted as of", 2)]).toEqual([
    serialOf("2013-09-30"),
    serialOf("2013-09-30"),
  ]);
  expect([
    s.cell("Stated figures as of (fiscal year end)"),
    s.cell("Stated figures as of (fiscal year end)", 2),
  ]).toEqual([serialOf("2013-03-31"), serialOf("2012-12-31")]);
  for (const [check, recomputed, stated] of [
    ["Check: net assets per share", "Net assets per share, recomputed", "Net assets per share, stated"],
    ["Check: net income per share", "Net income per share, recomputed", "Net income per share, stated"],
  ]) {
    [1, 2].forEach((column, i) => {
      const tolerance = roundedTo / 2 / issued[i]!;
      const gap = Math.abs((s.cell(recomputed!, column) as number) - (s.cell(stated!, column) as number));
      expect(gap <= tolerance + 0.005).toBe(within[i]);
      const figures = ["2013-03-31", "2012-12-31"][i];
      expect(s.cell(check!, column)).toBe(
        within[i]
          ? `Within the rounding of the stated amounts (up to ${tolerance.toFixed(2)} a share)`
          : `Beyond rounding: the shares are counted as of 2013-09-30, the figures are as of ${figures}; shares issued or bought back in between (an offering, a buy-back) are not in the stated figure. Recompute with the shares at ${figures}.`,
      );
    });
  }
}

test("the 2013 example: every computed cell equals the core's answer", async () => {
  const s = await built(absorptionMerger2013, {});
  const eligible = eligibleShares(4_000, 3_996);
  const delivered = allot([eligible], rational(26n)).sharesToProvide;
  const sources = shareSources(delivered, 104n);
  expect(s.cell("Shares eligible for allotment")).toBe(eligible);
  expect(s.cell("Shares to provide (whole shares + shares sold for fractions)")).toBe(Number(delivered));
  expect(s.cell("Delivered from treasury")).toBe(Number(sources.treasuryUsed));
  expect(s.cell("New shares issued")).toBe(Number(sources.newShares));
  expect([delivered, sources.treasuryUsed, sources.newShares]).toEqual([104n, 104n, 0n]);
  // No prices pasted: a clear message, never a number.
  for (const label of [
    "Average close, 30 sessions",
    "Average close, 1 month",
    "Average close, 3 months",
    "Average close, 6 months",
  ]) {
    expect(s.cell(label)).toBe(PASTE_CLOSES);
  }
  expect(s.cell("Volume-weighted average, 30 sessions")).toBe("(paste volume and turnover into the price table)");
  const calendar = tseCalendar();
  const window = calendar.days(
    calendarSpan(calendar, dayFromParts(2013, 10, 31)!, parseWindow(undefined) as never, "reference"),
  );
  expect(s.cell("Window: first session")).toBe(serialFromDay(window[0]!));
  expect(s.cell("Window: last session")).toBe(serialFromDay(window[29]!));
  expect(s.cell("Window: first session")).toBe(41_535); // 2013-09-18
  checkProcedure(s, delivered, 3_996, 4_000);
  expect(s.cell("Net assets per share, recomputed", 2)).toBe(20_750); // against 20,856.44 stated
  expect(s.cell("Net assets per share, stated", 2)).toBe(20_856.44);
  expect(s.cell("Net income per share, recomputed", 2)).toBe(-1_500);
  // 805.33 against 927.72: IIJ's shares are counted after the 2013 offering, its figures before.
  checkPerShare(s, [false, true], 1_000_000, [46_697_800, 4_000]);
  expect(s.cell("Short-form merger (dissolving company)")).toBe(SHORT_YES);
  expect(s.cell("Simplified merger (surviving company)")).toBe(SIMPLIFIED_YES);
  expect(s.cell("Article by the effective date")).toBe("CA 796(3)");
  // IIJ's price 2,500 and the transaction price 65,000 are the example's illustrative inputs.
  checkRatioAnalysis(s, {
    agreed: rational(26n),
    acquirerPrice: rational(2_500n),
    transaction: rational(65_000n),
    netAssets: rational(83_000_000n),
    issued: 4_000n,
  });
  expect(s.cell("Ratio by the transaction price", 3)).toBe(INSIDE);
  expect(s.cell("Ratio by adjusted net assets", 3)).toBe(ABOVE);
  checkRightsAndSchedule(s, { shortForm: true, simplified: true }, "language=en, short-form, simplified");
  // The 2013 example's limits, as DOMAIN §8 states them; registration counts E itself.
  expect([s.cell("shareholder-notice", 3), s.cell("shareholder-notice", 4)]).toEqual(["", serialOf("2013-12-11")]);
  expect([s.cell("purchase-requests", 3), s.cell("purchase-requests", 4)]).toEqual(
    ["2013-12-12", "2013-12-31"].map(serialOf),
  );
  expect(s.cell("registration", 4)).toBe(serialOf("2014-01-14"));
  checkRelease(s);
  expectAllChecked(s);
});

/** 140 sessions to 2013-10-31, one without a trade, with closes, volumes and turnovers. */
function priceHistory(): {
  rows: { date: string; close: number | null; volume: number | null; turnover: number | null }[];
} {
  const calendar = tseCalendar();
  const days = calendar.days(calendar.sessionsEnding(dayFromParts(2013, 10, 31)!, 140, "test"));
  const iso = (day: DayNumber) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return {
    rows: days.map((day, i) => {
      const traded = i !== 120;
      const closePrice = 2_000 + ((i * 37) % 101) + (i % 4) * 0.25;
      const volume = 1_000 + ((i * 53) % 97) * 100;
      return {
        date: iso(day),
        close: traded ? closePrice : null,
        volume: traded ? volume : null,
        turnover: traded ? Math.round(closePrice * volume) : null,
      };
    }),
  };
}

/**
 * The dissolving company listed too: its own closes, with a 1→2 split whose ex-date (2013-09-02)
 * falls inside the 3- and 6-month windows; the closes before it are twice the adjusted ones.
 */
function dissolvingHistory(): {
  rows: { date: string; close: number | null }[];
  split: { exDate: string; factor: number };
} {
  const split = { exDate: "2013-09-02", factor: 2 };
  const rows = priceHistory().rows.map((row, i) => {
    const adjusted = 11_000 + ((i * 29) % 89) * 10;
    return { date: row.date, close: row.date < split.exDate ? adjusted * split.factor : adjusted };
  });
  return { rows, split };
}

test("a register example with prices: every computed cell equals the core's answer", async () => {
  const { rows } = priceHistory();
  const dissolving = dissolvingHistory();
  const s = await built(absorptionMerger2013, {
    ...REGISTER_INPUTS,
    prices: rows,
    // Blank: the surviving company's price is the 30-session average of its history.
    survivingMarketPrice: null,
    dissolvingPrices: dissolving.rows,
    splits: [{ dissolvingExDate: dissolving.split.exDate, dissolvingFactor: dissolving.split.factor }],
  });
  const ratio = fromNumber(5.83);
  const { allotment, cash } = checkRegister(s, {
    holdings: [80, 40, 30],
    heldBefore: [0, 10, 0],
    ratio,
    proceeds: rational(1_200n),
  });
  expect(Array.from(allotment.whole)).toEqual([466, 233, 174]);
  expect(number(allotment.fractionPool)).toBe(1.5);
  expect([allotment.sharesSold, allotment.sharesToProvide]).toEqual([1n, 874n]);
  expect(Array.from(cash.cash)).toEqual([320, 160, 720]);
  expect(s.cell("Dissolving shares in the register")).toBe(150);
  expect(s.cell("Shares to provide per the register")).toBe(874);
  expect(s.cell("Odd-lot shares after, all holders")).toBe(66 + 43 + 74);

  const eligible = eligibleShares(150, 0);
  const delivered = allot([eligible], ratio).sharesToProvide;
  expect(s.cell("Shares eligible for allotment")).toBe(eligible);
  expect(s.cell("Shares to provide (whole shares + shares sold for fractions)")).toBe(Number(delivered));
  expect(s.cell("Delivered from treasury")).toBe(0);
  expect(s.cell("New shares issued")).toBe(874);

  const calendar = tseCalendar();
  const reference = dayFromParts(2013, 10, 31)!;
  const observations = (value: (row: (typeof rows)[number]) => unknown) =>
    rows.map((row, i) => ({ day: parseDateText(row.date)!, value: value(row) as never, where: `row ${i + 1}` }));
  const closes = dailySeries(
    observations((r) => (r.close === null ? undefined : fromNumber(r.close))),
    calendar,
    CLOSE,
  );
  const trading = dailySeries(
    observations((r) =>
      r.volume === null ? undefined : { turnover: fromNumber(r.turnover!), volume: fromNumber(r.volume) },
    ),
    calendar,
    TRADING,
  );
  const average = (window?: string) => number(averageClose(calendar, closes, reference, parseWindow(window)).average);
  close(s.cell("Average close, 30 sessions"), average());
  close(s.cell("Average close, 1 month"), average("1M"));
  close(s.cell("Average close, 3 months"), average("3M"));
  close(s.cell("Average close, 6 months"), average("6M"));
  close(
    s.cell("Volume-weighted average, 30 sessions"),
    number(volumeWeightedAverage(calendar, trading, reference, parseWindow(undefined)).average),
  );
  expect(s.cell("Window: first session")).toBe(41_535);
  expect(s.cell("Window: last session")).toBe(41_578);

  checkProcedure(s, delivered, 0, 150);
  const listed = (history: { date: string; close: number | null }[], events: AdjustmentEvent[]): ListedSide => ({
    closes: dailySeries(
      history.map((row, i) => ({
        day: parseDateText(row.date)!,
        value: (row.close === null ? undefined : fromNumber(row.close)) as never,
        where: `row ${i + 1}`,
      })),
      calendar,
      CLOSE,
    ),
    adjustments: priceAdjustments(events, calendar),
  });
  const target = listed(dissolving.rows, [
    { exDate: parseDateText(dissolving.split.exDate)!, factor: rational(2n), where: "split" },
  ]);
  const acquirer = listed(rows, []);
  const windows = [{ kind: "sessions", count: 1 } as const, ...["1M", "3M", "6M"].map((w) => parseWindow(w))];
  checkRatioAnalysis(s, {
    agreed: ratio,
    acquirerPrice: averageClose(calendar, closes, reference, parseWindow(undefined)).average,
    transaction: rational(65_000n),
    netAssets: rational(83_000_000n),
    issued: 150n,
    market: windows.map((w) => marketRatio(calendar, target, acquirer, reference, w as never)),
  });
  checkRightsAndSchedule(s, { shortForm: false, simplified: true }, "language=en, simplified");
  checkPerShare(s, [false, false], 1_000_000, [46_697_800, 150]);
  checkRelease(s);
  expectAllChecked(s);
});

test("the ratio analysis alone, with the 2013 figures: every computed cell equals the core's answer", async () => {
  const s = await built(ratioAnalysis, {
    ...BLANK_INPUTS,
    ratio: 26,
    referenceDate: "2013-10-31",
    dissolvingEquity: 83_000_000,
    dissolvingIssued: 4_000,
    survivingMarketPrice: 2_500,
    transactionPrice: 65_000,
  });
  checkRatioAnalysis(s, {
    agreed: rational(26n),
    acquirerPrice: rational(2_500n),
    transaction: rational(65_000n),
    netAssets: rational(83_000_000n),
    issued: 4_000n,
  });
  expectAllChecked(s);
});

test("the blank template with its required inputs only: messages or blanks, never a wrong number", async () => {
  const s = await built(absorptionMerger, BLANK_INPUTS, "en");
  expect(s.cell("Shares to provide (whole shares + shares sold for fractions)")).toBe(666);
  expect(s.cell("Average close, 30 sessions")).toBe("(enter the reference date)");
  expect(s.cell("Net assets per share used")).toBe("");
  const enter = "(enter net assets and per-share figures)";
  expect(s.cell("X ≤ ρ·Y (TRUE: the simplified-merger test is met)")).toBe(enter);
  expect(s.cell("Simplified merger (surviving company)")).toBe(enter);
  // Nothing spills from a message: the figures below it stay empty, never a stale number.
  for (const label of ["X = shares delivered × net assets per share + other", "Y = net assets", "ρ·Y"]) {
    expect(s.cell(label)).toBeNull();
  }
  expect(s.cell("Net assets per share, recomputed")).toBe("");
  expect(s.cell("Article by the effective date")).toBe("CA 796(2)");
  // A ratio typed as a fraction is exact for the allotment, but PREMIUM compares decimals only.
  expect(s.cell("Agreed ratio")).toBe("(give the agreed ratio as a decimal to compare it)");
  expect(s.cell("Ratio by the transaction price")).toBe("(enter the transaction price)");
  expect(s.cell("Recent transaction price", 1)).toBe("");
  expect(s.grid.errors).toEqual([]);
});

test("in Japanese, the same figures and the messages in Japanese", async () => {
  const s = await built(absorptionMerger2013, {}, "ja");
  expect(s.cell("交付する株式数（整数部分＋端数売却分）")).toBe(104);
  expect(s.cell("新株発行")).toBe(0);
  expect(s.cell("略式合併（消滅会社）")).toBe("略式合併の要件を満たす：消滅会社の株主総会不要（会社法784条1項）");
  expect(s.cell("簡易合併（存続会社）")).toBe("簡易合併の要件を満たす：存続会社の株主総会不要");
  expect(s.cell("効力発生日による根拠条文")).toBe("会社法796条3項");
  expect(s.grid.errors).toEqual([]);
});

// Issue 18: the check said only "differs … check the register", without the figures on either side.
const REGISTER_DIFFERS = {
  en:
    "Differs from the shares to provide above: 874 per the register against 880. The register holds 150 " +
    "dissolving shares against 151 eligible: a holder missing, or one on two lines? Check the register.",
  ja:
    "上記の交付株式数と不一致：名簿による 874 株に対し 880 株。名簿の消滅会社株式は 150 株、割当対象は 151 株です。" +
    "株主の漏れや重複がないか、株主名簿を確認してください。",
};

test("the register check, a key result of the template, warns with both sides' figures when the register's total differs", async () => {
  // The register holds 150 shares; the company is said to have 151, so one share has no holder.
  for (const [issued, warns] of [
    [150, false],
    [151, true],
  ] as const) {
    for (const language of ["en", "ja"] as const) {
      const plan = layout(absorptionMerger2013, { ...REGISTER_INPUTS, dissolvingIssued: issued }, { language });
      const check = keyResultCells(absorptionMerger2013, plan).find((cell) => cell.name === "RegisterCheck");
      expect(check?.warnUnless).toBe(absorptionMerger2013.messages!.registerMatches![language]);
      const book = new MemoryWorkbook({ engine: "hyperformula" });
      const { sheetName } = await buildWorksheet(book.run, plan);
      const at = parseCell(check!.address)!;
      const shown = (await book.grid(sheetName)).values[at.row]![at.column];
      expect(shown).toBe(
        warns ? REGISTER_DIFFERS[language] : absorptionMerger2013.messages!.registerMatches![language],
      );
    }
  }
});

test("a formula the engine cannot read shows up as an error, so the checks above would catch it", async () => {
  const broken = structuredClone(absorptionMerger2013);
  const section = broken.sections.find((x) => x.id === "allotment");
  if (section?.kind !== "rows") throw new Error("no allotment section");
  section.rows[5]!.cells[0] = { formula: "=MERGER.NO_SUCH_FUNCTION(Ratio)", name: "SharesToProvide" };
  const s = await built(broken, {});
  expect(s.grid.errors.map((e) => e.error)).toContain("#NAME?");
});

test("a register of 1,500 holders: the spilled columns beside the table equal the core holder by holder", async () => {
  const count = 1_500;
  const holdings = Array.from({ length: count }, (_, i) => 1 + ((i * 7919) % 9_973));
  const heldBefore = holdings.map((_, i) => (i % 7 === 0 ? 37 : 0));
  const issued = holdings.reduce((n, h) => n + h, 0);
  const s = await built(absorptionMerger2013, {
    ...REGISTER_INPUTS,
    ratio: 0.29, // exactly 29/100, which no binary float is
    dissolvingIssued: issued,
    register: holdings.map((shares, i) => ({ holder: `Holder ${i + 1}`, shares, held: heldBefore[i] || null })),
  });
  expect(s.grid.errors).toEqual([]);
  const ratio = rational(29n, 100n);
  const allotment = allot(holdings, ratio);
  const numerators = holderFractionNumerators(holdings, allotment.whole, ratio);
  const proceeds = rational(allotment.sharesSold * 1_200n);
  const cash = fractionCash(numerators, ratio.den, proceeds, "down");
  const header = s.rowOf("Holder");
  let oddLots = 0;
  holdings.forEach((h, i) => {
    const row = header + 1 + i;
    const whole = allotment.whole[i]!;
    const after = heldBefore[i]! + whole;
    oddLots += oddLotShares(after, 100);
    expect(s.at(row, 3)).toBe(whole);
    close(s.at(row, 4), number(subtract(multiply(rational(BigInt(h)), ratio), rational(BigInt(whole)))));
    expect(s.at(row, 5)).toBe(after);
    expect(s.at(row, 6)).toBe(oddLotShares(after, 100));
    expect(s.at(row, 7)).toBe(buyUpShares(after, 100));
    expect(s.at(row, 8)).toBe(cash.cash[i]);
  });
  // Nothing spills past the last holder.
  expect(s.at(header + 1 + count, 3)).toBeNull();
  expect(s.cell("Whole shares allotted")).toBe(Number(allotment.wholeShares));
  expect(s.cell("Shares to provide per the register")).toBe(Number(allotment.sharesToProvide));
  expect(s.cell("Odd-lot shares after, all holders")).toBe(oddLots);
  expect(s.cell("Cash paid to holders")).toBe(number(cash.paid));
}, 120_000);
