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
import { toNumber, ZERO, type Rational } from "../core/exact/rational";
import { applyRounding, decimalsRounding, type Rounding } from "../core/market/rounding";
import { parseWindow, type WindowSpec } from "../core/market/window";
import { marketRatio, onSide, type ListedSide } from "../core/valuation/marketRatio";
import { netAssetsPerShare as adjustedNetAssetsPerShare } from "../core/valuation/netAssetsPerShare";
import { premium as premiumOver } from "../core/valuation/premium";
import { ratioRange as valuationRatioRange, valueRange } from "../core/valuation/ratioRange";
import { variableRatio as fixedValueRatio } from "../core/valuation/variableRatio";
import { adjustmentsArgument, sideAdjustmentsArgument } from "./adjustments";
import {
  asMatrix,
  cellPlace,
  choice,
  describe,
  exactNumber,
  excelDay,
  excelDays,
  isBlank,
  numberOrText,
  shareCount,
  type Cell,
} from "./cells";
import { excelResult, toExcelError } from "./excel";
import { closeHistory } from "./market";

const PRICE_EXAMPLE = '927.72 or "20856.44"';

function roundingArguments(decimals: Cell, rounding: Cell): Rounding | undefined {
  return decimalsRounding(numberOrText(decimals, "decimals"), numberOrText(rounding, "rounding"));
}

const optionalExact = (value: Cell, where: string, example: string): Rational | undefined =>
  isBlank(value) ? undefined : exactNumber(value, where, example);

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
  rounding?: any,
): number[][] {
  return excelResult(() => {
    const value = (cell: Cell, where: string) => exactNumber(cell, where, PRICE_EXAMPLE);
    const target = valueRange(value(target_low, "target_low"), value(target_high, "target_high"), "target");
    const acquirer = valueRange(value(acquirer_low, "acquirer_low"), value(acquirer_high, "acquirer_high"), "acquirer");
    const roundTo = roundingArguments(decimals, rounding);
    const range = valuationRatioRange(target, acquirer);
    return [[toNumber(applyRounding(range.low, roundTo)), toNumber(applyRounding(range.high, roundTo))]];
  });
}

/** The close on the reference session: a window of that one session, under the same rules. */
const CLOSE_PERIOD: WindowSpec = { kind: "sessions", count: 1 };
const DEFAULT_PERIODS: readonly Cell[] = ["close", "1M", "3M", "6M"];

/** Each period of the `periods` argument, with its label as given; blank cells skipped. */
function periodsArgument(periods: Cell | Cell[][]): { label: Cell; spec: WindowSpec }[] {
  const matrix = asMatrix(periods);
  const cells = matrix.flatMap((row, r) =>
    row.flatMap((cell, c) => (isBlank(cell) ? [] : [{ cell, where: `periods ${cellPlace(r, c, matrix)}` }])),
  );
  if (cells.length === 0) return DEFAULT_PERIODS.map((label) => periodOf(label, "periods"));
  return cells.map(({ cell, where }) =>
    periodOf(cell, matrix.length === 1 && matrix[0]!.length === 1 ? "periods" : where),
  );
}

function periodOf(cell: Cell, where: string): { label: Cell; spec: WindowSpec } {
  const text = numberOrText(cell, where);
  const label = typeof text === "string" ? text.trim() : text;
  if (typeof label === "string" && label.toLowerCase() === "close") return { label, spec: CLOSE_PERIOD };
  return { label, spec: parseWindow(text, where) };
}

/**
 * The market price method's ratios: per period, the target's average close ÷ the acquirer's over the same window, as a table with a header row.
 * @customfunction MARKET_RATIO
 * @param target_dates Dates of the target's price history (dates or text "2013-10-31").
 * @param target_closes The target's closing prices beside its dates; an empty close is a session without a trade.
 * @param acquirer_dates Dates of the acquirer's price history.
 * @param acquirer_closes The acquirer's closing prices beside its dates.
 * @param reference_date The reference date; each window ends on it or on the last session before it.
 * @param [periods] "close" (the reference session's close), "1M", "3M", "6M" when omitted; or a range of these, or of session counts such as 30.
 * @param [decimals] Decimal places of the ratios; omitted: unrounded. The averages are never rounded.
 * @param [rounding] "half-up" (default when decimals are given), "down" or "up".
 * @param [adjustments] Splits and consolidations: four columns, the target's ex-date and factor, then the acquirer's.
 * @returns {any[][]} Period, target average, acquirer average and ratio, one row per period under a header.
 */
export function marketRatioTable(
  target_dates: any[][],
  target_closes: any[][],
  acquirer_dates: any[][],
  acquirer_closes: any[][],
  reference_date: any,
  periods?: any[][],
  decimals?: any,
  rounding?: any,
  adjustments?: any[][],
): any[][] {
  return excelResult(() => {
    const reference = excelDay(reference_date, "reference_date");
    const windows = periodsArgument(periods);
    const roundTo = roundingArguments(decimals, rounding);
    const calendar = tseCalendar();
    const adjusted = sideAdjustmentsArgument(adjustments, "adjustments", calendar);
    const target: ListedSide = {
      closes: onSide("target", () => closeHistory(target_dates, target_closes, calendar, "target_closes")),
      adjustments: adjusted.target,
    };
    const acquirer: ListedSide = {
      closes: onSide("acquirer", () => closeHistory(acquirer_dates, acquirer_closes, calendar, "acquirer_closes")),
      adjustments: adjusted.acquirer,
    };
    const rows = windows.map(({ label, spec }) => {
      const ratios = marketRatio(calendar, target, acquirer, reference, spec);
      return [
        label,
        toNumber(ratios.target.average),
        toNumber(ratios.acquirer.average),
        toNumber(applyRounding(ratios.ratio, roundTo)),
      ];
    });
    return [["period", "target average", "acquirer average", "ratio"], ...rows];
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
export function premium(offer: any[][], reference: any[][], decimals?: any, rounding?: any): any[][] {
  return excelResult(() => {
    const roundTo = roundingArguments(decimals, rounding);
    const offers = premiumOperand(offer, "offer", "1500");
    const references = premiumOperand(reference, "reference", "1200");
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
          return toNumber(applyRounding(premiumOver(o, p, where), roundTo));
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
function premiumOperand(value: Cell | Cell[][], argument: string, example: string) {
  const cells = asMatrix(value);
  const fixed = cells.length === 1 && cells[0]!.length === 1 ? exactNumber(cells[0]![0], argument, example) : undefined;
  return {
    cells,
    fixed,
    /** The exact value at [r][c]; undefined for a blank cell of a range. */
    at: (r: number, c: number): Rational | undefined => {
      if (fixed) return fixed;
      const cell = cells[r]?.[c];
      return isBlank(cell) ? undefined : exactNumber(cell, `${argument} ${cellPlace(r, c, cells)}`, example);
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
  rounding?: any,
): number {
  return excelResult(() => {
    const ratio = fixedValueRatio(
      exactNumber(amount, "amount", "3500"),
      exactNumber(average_price, "average_price", "309734.2"),
      {
        floor: optionalExact(floor_price, "floor_price", "250000"),
        cap: optionalExact(cap_price, "cap_price", "350000"),
      },
    );
    return toNumber(applyRounding(ratio, roundingArguments(decimals, rounding)));
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
        isBlank(cell) ? [] : [exactNumber(cell, `adjustments ${cellPlace(r, c, matrix)}`, "-1200000")],
      ),
    );
    return toNumber(
      adjustedNetAssetsPerShare({
        netAssets: exactNumber(net_assets, "net_assets", "83000000"),
        issued: BigInt(shareCount(issued, "issued")),
        treasury: BigInt(isBlank(treasury) ? 0 : shareCount(treasury, "treasury")),
        adjustments: gains,
        taxRate: optionalExact(tax_rate, "tax_rate", "0.3062") ?? ZERO,
      }),
    );
  });
}

/**
 * A price or volume column put on the latest share count across splits and consolidations, for tables and charts.
 * @customfunction ADJUSTED_PRICES
 * @param dates Dates of the history (dates or text "2013-10-31").
 * @param values Closes (or volumes) beside the dates; blank cells stay blank.
 * @param adjustments Two columns: each split's or consolidation's ex-date and factor (shares after ÷ before: 2 for a 1→2 split, 0.1 for a 10→1 consolidation).
 * @param [kind] "price" (default): divided by the factors of later ex-dates; "volume": multiplied by them.
 * @returns {any[][]} The adjusted values, in the shape of values.
 */
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
    const asVolume = choice(kind, "kind", ["price", "volume"] as const, "price") === "volume";
    const events = adjustmentsArgument(adjustments, "adjustments", tseCalendar());
    return valueCells.map((row, r) =>
      row.map((cell, c) => {
        if (isBlank(cell)) return "";
        const where = cellPlace(r, c, valueCells);
        const value = exactNumber(cell, `values ${where}`, "1234.5");
        if (value.num < 0n)
          invalid(`values ${where}: ${describe(cell)} is negative; a price or a volume is 0 or more.`);
        const day = excelDay(dateCells[r]![c], `dates ${where}`);
        return toNumber(asVolume ? events.volume(value, day) : events.price(value, day));
      }),
    );
  });
}

/**
 * The ex-rights date (権利落ち日) for a record date on the TSE calendar: settlement T+3 for trades before 2019-07-16, T+2 from then.
 * @customfunction EX_DATE
 * @param record_date The record date (基準日); it may be a holiday.
 * @param [closed_dates] Dates the exchange was closed beyond the built-in TSE calendar.
 * @param [result] "ex" (default): the ex-rights date; "last": the last cum-rights day (権利付最終日).
 * @returns A date (format the cell as a date).
 */
export function exDate(record_date: any, closed_dates?: any[][], result?: any): number {
  return excelResult(() => {
    const output = choice(result, "result", ["ex", "last"] as const, "ex");
    const calendar = tseCalendar(excelDays(closed_dates, "closed_dates"));
    const dates = rightsDates(calendar, excelDay(record_date, "record_date"), "record_date");
    return serialFromDay(output === "last" ? dates.lastCumRights : dates.exRights);
  });
}
