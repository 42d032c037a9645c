/**
 * Custom functions for how a ratio was reached (DOMAIN §7): the ratio range of a valuation method,
 * the market price method's ratios per window, premiums, variable ratios, adjusted net assets per
 * share, split-adjusted prices and the ex-rights date. Excel's values in, the exact core's figures
 * out; a stated ratio is rounded only when `decimals` is given.
 */
import { rightsDates } from "../core/calendar/exDate";
import { serialFromDay } from "../core/calendar/dayNumber";
import { tseCalendar } from "../core/calendar/sessions";
import { invalid } from "../core/errors";
import { ZERO, type Rational } from "../core/exact/rational";
import { applyRounding } from "../core/market/rounding";
import { netAssetsPerShare as adjustedNetAssetsPerShare } from "../core/valuation/netAssetsPerShare";
import { premium as premiumOver } from "../core/valuation/premium";
import { ratioRange as valuationRatioRange, valueRange } from "../core/valuation/ratioRange";
import { variableRatio as fixedValueRatio } from "../core/valuation/variableRatio";
import { adjustmentsArgument } from "./adjustments";
import {
  asMatrix,
  cellPlace,
  choice,
  describe,
  enumValues,
  exactNumber,
  excelDay,
  excelDays,
  isBlank,
  roundingArguments,
  shareCount,
  type Cell,
  type Wanted,
} from "./cells";
import { excelNumber, excelResult, toExcelError } from "./excel";

const PER_SHARE: Wanted = { noun: "a value per share in yen", example: '927.72 or "20856.44"' };
const YEN = (example: string): Wanted => ({ noun: "an amount in yen", example });

const optionalExact = (value: Cell, where: string, wanted: Wanted): Rational | undefined =>
  isBlank(value) ? undefined : exactNumber(value, where, wanted);

/**
 * How the ratios are rounded to the given decimals.
 * @customenum {string}
 */
export enum RatioRounding {
  /** Half up (四捨五入); the default when decimals are given. */
  halfUp = "half-up",
  /** Down (切り捨て). */
  down = "down",
  /** Up (切り上げ). */
  up = "up",
}

/**
 * The ratio range of one valuation method from each side's per-share value range: {target low ÷ acquirer high, target high ÷ acquirer low}.
 * @customfunction RATIO_RANGE
 * @param target_low The target's (dissolving company's) lowest per-share value by the method.
 * @param target_high The target's highest per-share value by the method (the low again for a single value).
 * @param acquirer_low The acquirer's (surviving company's) lowest per-share value by the method.
 * @param acquirer_high The acquirer's highest per-share value by the method.
 * @param [decimals] Decimal places of the ratios; omitted: unrounded.
 * @param [rounding] "half-up" (default when decimals are given), "down" or "up".
 * @returns {number[][]} One row: the low and the high ratio.
 */
export function ratioRange(
  target_low: any,
  target_high: any,
  acquirer_low: any,
  acquirer_high: any,
  decimals?: any,
  rounding?: RatioRounding,
): number[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function ratioRange(
  target_low: any,
  target_high: any,
  acquirer_low: any,
  acquirer_high: any,
  decimals?: any,
  rounding?: any,
): number[][];
export function ratioRange(
  target_low: any,
  target_high: any,
  acquirer_low: any,
  acquirer_high: any,
  decimals?: any,
  rounding?: any,
): number[][] {
  return excelResult(() => {
    const value = (cell: Cell, where: string) => exactNumber(cell, where, PER_SHARE);
    const target = valueRange(value(target_low, "target_low"), value(target_high, "target_high"), "target");
    const acquirer = valueRange(value(acquirer_low, "acquirer_low"), value(acquirer_high, "acquirer_high"), "acquirer");
    const roundTo = roundingArguments(decimals, rounding);
    const range = valuationRatioRange(target, acquirer);
    return [
      [
        excelNumber(applyRounding(range.low, roundTo), "The low ratio"),
        excelNumber(applyRounding(range.high, roundTo), "The high ratio"),
      ],
    ];
  });
}

type PremiumCell = number | string | CustomFunctions.Error;

/**
 * The premium of an offer over a reference price: offer ÷ reference − 1 (0.25 is 25%), element by element; a single value is set against every cell of the other range.
 * @customfunction PREMIUM
 * @param offer The value offered per target share (for a share deal: ratio × the acquirer's price); a number or a range.
 * @param reference The target's reference price (the close, or an average); a number or a range of the same shape as offer.
 * @param [decimals] Decimal places of the premium as a fraction (4 gives 0.2512, i.e. 25.12%); omitted: unrounded.
 * @param [rounding] "half-up" (default when decimals are given), "down" or "up".
 * @returns {any[][]} The premium per cell; blank where either cell is blank.
 */
export function premium(offer: any[][], reference: any[][], decimals?: any, rounding?: RatioRounding): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function premium(offer: any[][], reference: any[][], decimals?: any, rounding?: any): any[][];
export function premium(offer: any[][], reference: any[][], decimals?: any, rounding?: any): any[][] {
  return excelResult(() => {
    const roundTo = roundingArguments(decimals, rounding);
    const offers = premiumOperand(offer, "offer", { noun: "a value offered per share in yen", example: "1500" });
    const references = premiumOperand(reference, "reference", { noun: "a reference price in yen", example: "1200" });
    const outline = offers.fixed ? references.cells : offers.cells;
    if (!offers.fixed && !references.fixed && shapeOf(offers.cells) !== shapeOf(references.cells)) {
      invalid(
        `reference: the range is ${shapeOf(references.cells)} but offer is ${shapeOf(offers.cells)}; ` +
          `give ranges of the same shape, or one value for either.`,
      );
    }
    const single = offers.fixed !== undefined && references.fixed !== undefined;
    return outline.map((row, r) =>
      row.map((_, c): PremiumCell => {
        try {
          const o = offers.at(r, c);
          const p = references.at(r, c);
          if (o === undefined || p === undefined) return "";
          const where = { offer: offers.where(r, c), reference: references.where(r, c) };
          return excelNumber(
            applyRounding(premiumOver(o, p, where), roundTo),
            `The premium of ${where.offer} over ${where.reference}`,
          );
        } catch (error) {
          // In a range, one bad cell shows its own error; the others still answer.
          if (single) throw error;
          return toExcelError(error);
        }
      }),
    );
  });
}

const shapeOf = (m: Cell[][]) => `${m.length}×${m[0]?.length ?? 0}`;

/** One side of PREMIUM: a single value (read at once, set against every cell) or a range read cell by cell. */
function premiumOperand(value: Cell | Cell[][], argument: string, wanted: Wanted) {
  const cells = asMatrix(value);
  const fixed = cells.length === 1 && cells[0]!.length === 1 ? exactNumber(cells[0]![0], argument, wanted) : undefined;
  return {
    cells,
    fixed,
    /** The exact value at [r][c]; undefined for a blank cell of a range. */
    at: (r: number, c: number): Rational | undefined => {
      if (fixed) return fixed;
      const cell = cells[r]?.[c];
      return isBlank(cell) ? undefined : exactNumber(cell, `${argument} ${cellPlace(r, c, cells)}`, wanted);
    },
    where: (r: number, c: number) => (fixed ? argument : `${argument} ${cellPlace(r, c, cells)}`),
  };
}

/**
 * A variable ("fixed-value") ratio: a yen amount ÷ the acquirer's average price, the price first held between an optional floor and cap.
 * @customfunction VARIABLE_RATIO
 * @param amount Yen of acquirer shares per target share, e.g. 3500.
 * @param average_price The acquirer's average price over the stated sessions (MERGER.AVG_CLOSE_30 gives it).
 * @param [floor_price] The lowest price the calculation uses; empty: none.
 * @param [cap_price] The highest price the calculation uses; empty: none.
 * @param [decimals] Decimal places of the ratio; omitted: unrounded.
 * @param [rounding] "half-up" (default when decimals are given), "down" or "up".
 * @returns The ratio: acquirer shares per target share.
 */
export function variableRatio(
  amount: any,
  average_price: any,
  floor_price?: any,
  cap_price?: any,
  decimals?: any,
  rounding?: RatioRounding,
): number;
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function variableRatio(
  amount: any,
  average_price: any,
  floor_price?: any,
  cap_price?: any,
  decimals?: any,
  rounding?: any,
): number;
export function variableRatio(
  amount: any,
  average_price: any,
  floor_price?: any,
  cap_price?: any,
  decimals?: any,
  rounding?: any,
): number {
  return excelResult(() => {
    const ratio = fixedValueRatio(
      exactNumber(amount, "amount", YEN("3500")),
      exactNumber(average_price, "average_price", { noun: "a price in yen", example: "309734.2" }),
      {
        floor: optionalExact(floor_price, "floor_price", { noun: "a price in yen", example: "250000" }),
        cap: optionalExact(cap_price, "cap_price", { noun: "a price in yen", example: "350000" }),
      },
    );
    return excelNumber(applyRounding(ratio, roundingArguments(decimals, rounding)), "The ratio");
  });
}

/**
 * Net assets per share by the adjusted net asset method: (net assets + Σ adjustments × (1 − tax rate)) ÷ (issued − treasury).
 * @customfunction NET_ASSETS_PER_SHARE
 * @param net_assets Book net assets in yen (negative when liabilities exceed assets).
 * @param issued Shares issued.
 * @param [treasury] Treasury shares, not counted. Default 0.
 * @param [adjustments] Unrealised gains (+) and losses (−) on assets in yen: a number or a range (blank cells skipped).
 * @param [tax_rate] The tax rate applied to the adjustments, from 0 up to 1 (e.g. 0.3062). Default 0.
 * @returns Yen per share, unrounded.
 */
export function netAssetsPerShare(
  net_assets: any,
  issued: any,
  treasury?: any,
  adjustments?: any[][],
  tax_rate?: any,
): number {
  return excelResult(() => {
    const matrix = asMatrix(adjustments);
    const gains = matrix.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        isBlank(cell) ? [] : [exactNumber(cell, `adjustments ${cellPlace(r, c, matrix)}`, YEN("-1200000"))],
      ),
    );
    return excelNumber(
      adjustedNetAssetsPerShare({
        netAssets: exactNumber(net_assets, "net_assets", YEN("83000000")),
        issued: BigInt(shareCount(issued, "issued")),
        treasury: BigInt(isBlank(treasury) ? 0 : shareCount(treasury, "treasury")),
        adjustments: gains,
        taxRate: optionalExact(tax_rate, "tax_rate", { noun: "a tax rate", example: "0.3062" }) ?? ZERO,
      }),
      "The net assets per share",
    );
  });
}

/**
 * What ADJUSTED_PRICES adjusts.
 * @customenum {string}
 */
export enum AdjustedKind {
  /** A price: divided by the factors of later ex-dates. */
  price = "price",
  /** A volume: multiplied by them. */
  volume = "volume",
}

const ADJUSTED_KINDS = enumValues(AdjustedKind);

/**
 * A price or volume column put on the latest share count across splits and consolidations, for tables and charts.
 * @customfunction ADJUSTED_PRICES
 * @param dates Dates of the history (dates or text "2013-10-31").
 * @param values Closes (or volumes) beside the dates; blank cells stay blank.
 * @param adjustments Two columns: each split's or consolidation's ex-date and factor (shares after ÷ before: 2 for a 1→2 split, 0.1 for a 10→1 consolidation).
 * @param [kind] "price" (default): divided by the factors of later ex-dates; "volume": multiplied by them.
 * @returns {any[][]} The adjusted values, in the shape of values.
 */
export function adjustedPrices(dates: any[][], values: any[][], adjustments: any[][], kind?: AdjustedKind): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function adjustedPrices(dates: any[][], values: any[][], adjustments: any[][], kind?: any): any[][];
export function adjustedPrices(dates: any[][], values: any[][], adjustments: any[][], kind?: any): any[][] {
  return excelResult(() => {
    const dateCells = asMatrix(dates);
    const valueCells = asMatrix(values);
    const shape = (m: Cell[][]) => `${m.length}×${m[0]?.length ?? 0}`;
    if (shape(dateCells) !== shape(valueCells)) {
      invalid(
        `values: the range is ${shape(valueCells)} but dates is ${shape(dateCells)}; give ranges of the same shape, side by side.`,
      );
    }
    const asVolume = choice(kind, "kind", ADJUSTED_KINDS, "price") === "volume";
    const events = adjustmentsArgument(adjustments, "adjustments", tseCalendar());
    return valueCells.map((row, r) =>
      row.map((cell, c) => {
        if (isBlank(cell)) return "";
        const where = cellPlace(r, c, valueCells);
        const value = exactNumber(cell, `values ${where}`, { noun: "a price or volume", example: "1234.5" });
        if (value.num < 0n)
          invalid(`values ${where}: ${describe(cell)} is negative; a price or a volume is 0 or more.`);
        const day = excelDay(dateCells[r]![c], `dates ${where}`);
        return excelNumber(
          asVolume ? events.volume(value, day) : events.price(value, day),
          `The adjusted value (values ${where})`,
        );
      }),
    );
  });
}

/**
 * What EX_DATE answers.
 * @customenum {string}
 */
export enum ExDateResult {
  /** The ex-rights date (権利落ち日). */
  ex = "ex",
  /** The last cum-rights day (権利付最終日). */
  last = "last",
}

const EX_DATE_RESULTS = enumValues(ExDateResult);

/**
 * The ex-rights date (権利落ち日) for a record date on the TSE calendar: settlement T+3 for trades before 2019-07-16, T+2 from then.
 * @customfunction EX_DATE
 * @param record_date The record date (基準日); it may be a holiday.
 * @param [closed_dates] Dates the exchange was closed beyond the built-in TSE calendar.
 * @param [result] "ex" (default): the ex-rights date; "last": the last cum-rights day (権利付最終日).
 * @returns A date (format the cell as a date).
 */
export function exDate(record_date: any, closed_dates?: any[][], result?: ExDateResult): number;
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function exDate(record_date: any, closed_dates?: any[][], result?: any): number;
export function exDate(record_date: any, closed_dates?: any[][], result?: any): number {
  return excelResult(() => {
    const output = choice(result, "result", EX_DATE_RESULTS, "ex");
    const calendar = tseCalendar(excelDays(closed_dates, "closed_dates"));
    const dates = rightsDates(calendar, excelDay(record_date, "record_date"), "record_date");
    return serialFromDay(output === "last" ? dates.lastCumRights : dates.exRights);
  });
}
