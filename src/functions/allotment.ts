/**
 * Custom functions for the allotment of a merger (DOMAIN §1–2): the shares the surviving company
 * delivers, the fractions sold for cash and the odd lots left afterwards. Excel arguments are
 * read and checked here; the arithmetic is the exact core in src/core/allotment and odd-lot.
 *
 * Empty cells: inside a range they are skipped and stay blank ("") in per-holder results; an
 * omitted or empty optional argument takes its default. A 0 is the number 0 (older desktop
 * builds send 0 for an empty cell, and a range cannot tell which build sent it).
 */
import { allotmentTotals } from "../core/allotment/allot";
import { allotmentRatio } from "../core/allotment/allotmentRatio";
import { eligibleShares } from "../core/allotment/eligibleShares";
import { fractionCash } from "../core/allotment/fractionCash";
import { holderFractionNumerators } from "../core/allotment/holderFractions";
import { countAsNumber } from "../core/allotment/shareCount";
import { assert } from "../core/errors";
import { toExactText, type Rational } from "../core/exact/rational";
import { buyUpShares } from "../core/odd-lot/buyUpShares";
import { fullUnits } from "../core/odd-lot/fullUnits";
import { oddLotShares } from "../core/odd-lot/oddLotShares";
import { shareUnit, STANDARD_UNIT } from "../core/odd-lot/shareUnit";
import {
  asMatrix,
  choice,
  citationLanguage,
  enumValues,
  exactNumber,
  isBlank,
  plainNumber,
  shareCount,
  type Cell,
  type Wanted,
} from "./cells";
import { excelNumber, excelResult, toExcelError } from "./excel";
import { allotRegister, holdingCount, proceedsArgument, ROUNDINGS, spill } from "./register";

const RATIO: Wanted = { noun: "a number", example: '26, 0.2019 or "2/3"' };

function ratioArgument(ratio: Cell): Rational {
  return allotmentRatio(exactNumber(ratio, "ratio", RATIO, true));
}

/**
 * What ALLOTMENT_SHARES answers.
 * @customenum {string}
 */
export enum AllotmentResult {
  /** The shares to provide: whole shares plus the shares sold for the fractions. */
  total = "total",
  /** Each holder's whole shares, in the shape of holdings. */
  holders = "holders",
  /** Each holder's fraction, in the shape of holdings. */
  fractions = "fractions",
  /** The shares sold for the pooled fractions (CA 234). */
  sold = "sold",
  /** A two-column table of the allotment, labelled. */
  summary = "summary",
}

/**
 * The language of the "summary" table's labels.
 * @customenum {string}
 */
export enum SummaryLanguage {
  /** English labels (CA 234). */
  en = "en",
  /** Japanese labels (会社法234条). */
  ja = "ja",
}

const ALLOTMENT_RESULTS = enumValues(AllotmentResult);

/** The "summary" table's labels, in the sheet's language; Japanese cites the Act as filings do. */
const SUMMARY_LABELS = {
  en: [
    "Shares held",
    "Shares excluded (surviving company, treasury, dissenters)",
    "Eligible shares",
    "Holders",
    "Allotment ratio",
    "Whole shares allotted (Σ⌊h×r⌋)",
    "Fraction pool (Σ fractions)",
    "Shares sold for fractions (CA 234)",
    "Fractions discarded",
    "Shares to provide (whole + sold)",
  ],
  ja: [
    "保有株式数",
    "割当対象外の株式（存続会社保有・自己株式・反対株主）",
    "割当対象株式数",
    "株主数",
    "合併比率",
    "割り当てる整数部分（Σ⌊h×r⌋）",
    "端数の合計（Σ端数）",
    "端数として売却する株式（会社法234条）",
    "切り捨てる端数",
    "交付する株式数（整数部分 + 売却分）",
  ],
} as const;

/**
 * Surviving-company shares allotted in a merger: ⌊shares × ratio⌋ per holder, with the pooled fractions sold (CA 234).
 * @customfunction ALLOTMENT_SHARES
 * @param holdings Dissolving-company shares: one number (the company's total), or a range with one holder per cell (blank cells are skipped).
 * @param ratio Surviving-company shares per dissolving-company share, above 0: a number, or text such as "0.2019" or "2/3".
 * @param [excluded] Shares that get no allotment (held by the surviving company, treasury, dissenters), subtracted when holdings is one number. Default 0.
 * @param [result] "total" (default), "holders", "fractions", "sold" or "summary".
 * @param [language] Labels of the "summary" table: "en" (default) or "ja" (citing the Act as 会社法234条).
 * @returns The shares to provide, or the figure chosen by result.
 */
export function allotmentShares(
  holdings: any[][],
  ratio: any,
  excluded?: any,
  result?: AllotmentResult,
  language?: SummaryLanguage,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function allotmentShares(holdings: any[][], ratio: any, excluded?: any, result?: any, language?: any): any[][];
export function allotmentShares(holdings: any[][], ratio: any, excluded?: any, result?: any, language?: any): any[][] {
  return excelResult(() => {
    const labelLanguage = citationLanguage(language);
    // The other arguments are read first: the register is read and allotted in the same pass.
    const r = ratioArgument(ratio);
    const excludedShares = isBlank(excluded) ? 0 : shareCount(excluded, "excluded");
    const output = choice(result, "result", ALLOTMENT_RESULTS, "total");
    const register = allotRegister(
      singleHolding(asMatrix(holdings), excludedShares),
      "holdings",
      r,
      output === "holders" || output === "fractions",
    );
    if (output === "holders") return spill(register, register.whole);
    if (output === "fractions") {
      const q = Number(r.den);
      return spill(
        register,
        holderFractionNumerators(register.counts, register.whole, r).map((n) => n / q),
      );
    }
    const allotment = allotmentTotals(register.totals);
    switch (output) {
      case "total":
        return [[countAsNumber(allotment.sharesToProvide, "The shares to provide")]];
      case "sold":
        return [[countAsNumber(allotment.sharesSold, "The shares sold")]];
      case "summary": {
        const labels = SUMMARY_LABELS[labelLanguage];
        return [
          [labels[0], countAsNumber(allotment.eligibleShares + BigInt(excludedShares), "The shares held")],
          [labels[1], excludedShares],
          [labels[2], countAsNumber(allotment.eligibleShares, "The eligible shares")],
          [labels[3], register.holders],
          [labels[4], toExactText(r)],
          [labels[5], countAsNumber(allotment.wholeShares, "The whole shares allotted")],
          [labels[6], excelNumber(allotment.fractionPool, "The fraction pool")],
          [labels[7], countAsNumber(allotment.sharesSold, "The shares sold")],
          [labels[8], excelNumber(allotment.discarded, "The fractions discarded")],
          [labels[9], countAsNumber(allotment.sharesToProvide, "The shares to provide")],
        ];
      }
    }
  });
}

/**
 * Holdings as one number are the company's total: the excluded shares come off it. A range is a
 * register of holders, which has nothing to subtract from. A blank cell is left for the reader.
 */
function singleHolding(matrix: Cell[][], excludedShares: number): Cell[][] {
  const single = matrix.length === 1 && matrix[0]?.length === 1;
  assert(
    single || excludedShares === 0,
    `excluded: ${excludedShares} can only be subtracted from one number; with a range of holders, leave the surviving company's, treasury and dissenters' holdings out of the range.`,
  );
  const only = matrix[0]?.[0];
  if (!single || isBlank(only)) return matrix;
  return [[eligibleShares(holdingCount(only, "holdings", matrix, 0), excludedShares)]];
}

/**
 * What ODD_LOT answers for each holding.
 * @customenum {string}
 */
export enum OddLotResult {
  /** Shares below one unit: shares mod unit. */
  odd = "odd",
  /** Full units. */
  units = "units",
  /** Shares that would complete a unit: unit − odd (0 when odd is 0). */
  buyup = "buyup",
  /** Units, odd and buyup as three columns. */
  all = "all",
}

const ODD_LOT_RESULTS = enumValues(OddLotResult);
type OddLotCell = number | string | CustomFunctions.Error;

/**
 * Odd-lot shares (less than one share unit) of each holding, or its full units, or the shares that would complete a unit.
 * @customfunction ODD_LOT
 * @param shares Shares held: a number or a range, answered cell by cell (blank cells stay blank).
 * @param [unit] The share unit, 1 to 1,000. Default 100 (the TSE unit since 2018).
 * @param [result] "odd" (default) = shares mod unit, "units", "buyup" = unit − odd (0 when odd is 0), or "all" = units, odd, buyup as three columns.
 * @returns The figure chosen by result for each holding.
 */
export function oddLot(shares: any[][], unit?: any, result?: OddLotResult): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function oddLot(shares: any[][], unit?: any, result?: any): any[][];
export function oddLot(shares: any[][], unit?: any, result?: any): any[][] {
  return excelResult(() => {
    const matrix = asMatrix(shares);
    const u = unitArgument(unit);
    const output = choice(result, "result", ODD_LOT_RESULTS, "odd");
    const columns = matrix[0]?.length ?? 1;
    const single = matrix.length === 1 && columns === 1;
    const width = output === "all" ? 3 : 1;
    return matrix.map((row, r) => {
      const out: OddLotCell[] = [];
      for (let c = 0; c < columns; c++) {
        const value = row[c];
        if (isBlank(value)) {
          for (let k = 0; k < width; k++) out.push("");
          continue;
        }
        try {
          const count = holdingCount(value, "shares", matrix, r * columns + c);
          if (output === "all") out.push(fullUnits(count, u), oddLotShares(count, u), buyUpShares(count, u));
          else
            out.push(
              output === "units"
                ? fullUnits(count, u)
                : output === "buyup"
                  ? buyUpShares(count, u)
                  : oddLotShares(count, u),
            );
        } catch (error) {
          // One bad holding in a range shows its own error; the others still answer.
          if (single) throw error;
          const cellError = toExcelError(error);
          for (let k = 0; k < width; k++) out.push(cellError);
        }
      }
      return out;
    });
  });
}

function unitArgument(unit: Cell): number {
  if (isBlank(unit)) return STANDARD_UNIT;
  return shareUnit(
    plainNumber(unit, "unit", { noun: "a share unit from 1 to 1,000", example: "100 (or leave it out)" }),
  );
}

/**
 * How each holder's cash in lieu is rounded to the yen.
 * @customenum {string}
 */
export enum FractionRounding {
  /** Down to the yen (切り捨て). */
  down = "down",
  /** Half up to the yen (四捨五入). */
  halfUp = "half-up",
  /** Unrounded. */
  none = "none",
}

/**
 * What FRACTION_CASH answers.
 * @customenum {string}
 */
export enum FractionCashResult {
  /** The cash per holder, in the shape of holdings. */
  holders = "holders",
  /** The proceeds less the cash paid out. */
  residual = "residual",
}

const CASH_RESULTS = enumValues(FractionCashResult);

/**
 * Each holder's cash in lieu of fractions: the sale proceeds of the pooled fractions, paid pro rata to each holder's fraction (CA 234).
 * @customfunction FRACTION_CASH
 * @param holdings Dissolving-company shares, a range with one holder per cell (blank cells are skipped).
 * @param ratio Surviving-company shares per dissolving-company share, above 0: a number, or text such as "0.2019" or "2/3".
 * @param proceeds Yen received for the shares sold for the fractions, 0 or more.
 * @param [rounding] Per-holder yen: "down" (default), "half-up" or "none" (unrounded).
 * @param [result] "holders" (default) = cash per holder, in the shape of holdings; "residual" = proceeds less the cash paid out.
 * @returns The cash per holder, or the residual.
 */
export function fractionCashInLieu(
  holdings: any[][],
  ratio: any,
  proceeds: any,
  rounding?: FractionRounding,
  result?: FractionCashResult,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function fractionCashInLieu(holdings: any[][], ratio: any, proceeds: any, rounding?: any, result?: any): any[][];
export function fractionCashInLieu(
  holdings: any[][],
  ratio: any,
  proceeds: any,
  rounding?: any,
  result?: any,
): any[][] {
  return excelResult(() => {
    const r = ratioArgument(ratio);
    const yen = proceedsArgument(proceeds);
    const mode = choice(rounding, "rounding", ROUNDINGS, "down");
    const output = choice(result, "result", CASH_RESULTS, "holders");
    const register = allotRegister(asMatrix(holdings), "holdings", r, true);
    const numerators = holderFractionNumerators(register.counts, register.whole, r);
    const cash = fractionCash(numerators, r.den, yen, mode);
    return output === "residual" ? [[excelNumber(cash.residual, "The residual")]] : spill(register, cash.cash);
  });
}
