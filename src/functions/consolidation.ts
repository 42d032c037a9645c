/**
 * Custom functions for a share consolidation (株式併合, CA 180–182-6) and the squeeze-out it
 * completes after a tender offer (DOMAIN §11): the shares after, the fractions pooled and sold
 * (CA 235), and each holder's cash. The arithmetic is the merger allotment's exact core at
 * 1/ratio of a share per share (src/core/allotment), with src/core/consolidation for the cash.
 */
import { allotmentTotals } from "../core/allotment/allot";
import { fractionCash } from "../core/allotment/fractionCash";
import { holderFractionNumerators } from "../core/allotment/holderFractions";
import { countAsNumber } from "../core/allotment/shareCount";
import { cashCheck } from "../core/consolidation/cashCheck";
import { consolidationAllotment } from "../core/consolidation/consolidationRatio";
import { expectedCash } from "../core/consolidation/expectedCash";
import { invalid } from "../core/errors";
import { multiply, rational, toExactText, type Rational } from "../core/exact/rational";
import { asMatrix, choice, citationLanguage, enumValues, exactNumber, isBlank, type Cell } from "./cells";
import { excelNumber, excelResult } from "./excel";
import { allotRegister, proceedsArgument, spill } from "./register";

/** Yen past the largest double would show as a bare #NUM!: refused with a message instead. */
function shownCash(cash: ArrayLike<number>, what: string): ArrayLike<number> {
  for (let i = 0; i < cash.length; i++) {
    if (!Number.isFinite(cash[i]!)) {
      invalid(`${what} comes to more than 1.8e308 yen, the largest number Excel holds: check the price and its units.`);
    }
  }
  return cash;
}

/**
 * What CONSOLIDATION answers.
 * @customenum {string}
 */
export enum ConsolidationResult {
  /** The shares issued after. */
  total = "total",
  /** Whole shares after, per holder (in the shape of holdings). */
  holders = "holders",
  /** Each holder's fraction of a share after. */
  fractions = "fractions",
  /** Whole shares sold from the pooled fractions (CA 235). */
  sold = "sold",
  /** Each holder's expected cash: price × the shares before its fraction stands for. */
  cash = "cash",
  /** Each holder's share of the sale's proceeds, pro rata to its fraction. */
  paid = "paid",
  /** The expected cash against the proceeds, as a table. */
  check = "check",
  /** Shares before, decrease, after, holders squeezed out, pool, sold, discarded. */
  summary = "summary",
}

/**
 * The labels' language of CONSOLIDATION's tables.
 * @customenum {string}
 */
export enum ConsolidationLanguage {
  /** English labels (CA 235). */
  en = "en",
  /** Japanese labels (会社法235条). */
  ja = "ja",
}

/**
 * How each holder's yen is rounded.
 * @customenum {string}
 */
export enum ConsolidationRounding {
  /** Down to the yen. */
  down = "down",
  /** Half up to the yen. */
  halfUp = "half-up",
  /** Unrounded. */
  none = "none",
}

const CONSOLIDATION_RESULTS = enumValues(ConsolidationResult);

/** The shares that become one: a number, or text holding a decimal or a fraction ("9576501/7"). */
function sharesBecomingOne(ratio: Cell): Rational {
  return exactNumber(ratio, "ratio", { noun: "the shares that become one share", example: '10 or "9576501/7"' }, true);
}

function priceArgument(price: Cell, output: string): Rational {
  if (isBlank(price)) {
    invalid(
      `price is empty; result "${output}" needs the price per share before the consolidation (usually the tender offer price), such as 4620.`,
    );
  }
  return exactNumber(price, "price", { noun: "the price per share before the consolidation", example: "4620" });
}

const SUMMARY_LABELS = {
  en: [
    "Shares issued before",
    "Consolidation ratio (shares that become one)",
    "Decrease",
    "Shares issued after (⌊Σh ÷ ratio⌋)",
    "Holders",
    "Holders squeezed out (below one share after)",
    "Whole shares kept by holders (Σ⌊h ÷ ratio⌋)",
    "Fraction pool (Σ fractions)",
    "Shares sold for fractions (CA 235)",
    "Fractions discarded",
  ],
  ja: [
    "併合前の発行済株式総数",
    "併合の割合（1株となる株式数）",
    "減少する株式数",
    "併合後の発行済株式総数（⌊Σh ÷ 割合⌋）",
    "株主数",
    "1株未満となる株主数",
    "株主に残る整数部分（Σ⌊h ÷ 割合⌋）",
    "端数の合計（Σ端数）",
    "端数として売却する株式（会社法235条）",
    "切り捨てる端数",
  ],
} as const;

const CHECK_LABELS = {
  en: [
    "Price per share before",
    "Shares sold for fractions (CA 235)",
    "Proceeds of the sale",
    "Expected cash, total (price × shares before of each fraction)",
    "Paid out pro rata, total",
    "Proceeds left undistributed",
    "Proceeds needed for the expected cash (price × ratio × pool)",
    "Sale price per share after needed",
    "Holders paid less than expected",
    "Every holder receives the expected cash",
  ],
  ja: [
    "併合前の1株当たりの価格",
    "端数として売却する株式（会社法235条）",
    "売却代金",
    "交付見込みの金銭の合計（価格 × 端数に相当する併合前の株式数）",
    "按分して交付する金銭の合計",
    "交付されずに残る売却代金",
    "見込み額の交付に必要な売却代金（価格 × 割合 × 端数の合計）",
    "必要な併合後1株当たりの売却価格",
    "見込み額を下回る株主数",
    "全株主が見込み額以上を受け取る",
  ],
} as const;

/**
 * Share consolidation (CA 180, 235): shares after ⌊h ÷ ratio⌋ per holder, the pooled fractions sold, and each holder's cash.
 * @customfunction CONSOLIDATION
 * @param holdings Shares before the consolidation: one number (the shares issued), or a range with one holder per cell (blank cells are skipped).
 * @param ratio The shares that become one share, above 1: 10 for a 10-to-1, or text such as "9576501/7" (9,576,501 shares → 7).
 * @param [result] "total" (default) = shares issued after; "holders", "fractions", "sold", "cash" = expected cash per holder, "paid" = the sale's proceeds pro rata, "check" or "summary".
 * @param [price] Price per share before the consolidation (usually the tender offer price), in yen: needed for "cash", "check", and "paid" without proceeds.
 * @param [language] Labels of the "summary" and "check" tables: "en" (default) or "ja" (citing 会社法235条).
 * @param [proceeds] Yen received for the shares sold, 0 or more. Default: shares sold × ratio × price.
 * @param [rounding] Per-holder yen of "cash" and "paid": "down" (default), "half-up" or "none" (unrounded).
 * @returns The shares issued after, or the figure chosen by result.
 */
export function consolidation(
  holdings: any[][],
  ratio: any,
  result?: ConsolidationResult,
  price?: any,
  language?: ConsolidationLanguage,
  proceeds?: any,
  rounding?: ConsolidationRounding,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function consolidation(
  holdings: any[][],
  ratio: any,
  result?: any,
  price?: any,
  language?: any,
  proceeds?: any,
  rounding?: any,
): any[][];
export function consolidation(
  holdings: any[][],
  ratio: any,
  result?: any,
  price?: any,
  language?: any,
  proceeds?: any,
  rounding?: any,
): any[][] {
  return excelResult(() => {
    const labelLanguage = citationLanguage(language);
    const n = sharesBecomingOne(ratio);
    const r = consolidationAllotment(n);
    const output = choice(result, "result", CONSOLIDATION_RESULTS, "total");
    const mode = choice(rounding, "rounding", enumValues(ConsolidationRounding), "down");
    const perHolder = output !== "total" && output !== "sold";
    const needsPrice = output === "cash" || output === "check" || (output === "paid" && isBlank(proceeds));
    const yen = needsPrice ? priceArgument(price, output) : undefined;
    const given = isBlank(proceeds) ? undefined : proceedsArgument(proceeds);
    const register = allotRegister(asMatrix(holdings), "holdings", r, perHolder);
    if (output === "holders") return spill(register, register.whole);
    const numerators = output !== "summary" ? holderFractionNumerators(register.counts, register.whole, r) : undefined;
    if (output === "fractions") {
      const q = Number(r.den);
      return spill(
        register,
        numerators!.map((f) => f / q),
      );
    }
    const totals = allotmentTotals(register.totals);
    if (output === "total") return [[countAsNumber(totals.sharesToProvide, "The shares issued after")]];
    if (output === "sold") return [[countAsNumber(totals.sharesSold, "The shares sold")]];
    if (output === "summary") {
      const labels = SUMMARY_LABELS[labelLanguage];
      let squeezedOut = 0;
      // A holder of 0 shares had nothing to lose; one with shares and no whole share after is squeezed out.
      for (let i = 0; i < register.holders; i++) if (register.counts[i]! > 0 && register.whole[i] === 0) squeezedOut++;
      return [
        [labels[0], countAsNumber(totals.eligibleShares, "The shares issued before")],
        [labels[1], toExactText(n)],
        [labels[2], countAsNumber(totals.eligibleShares - totals.sharesToProvide, "The decrease")],
        [labels[3], countAsNumber(totals.sharesToProvide, "The shares issued after")],
        [labels[4], register.holders],
        [labels[5], squeezedOut],
        [labels[6], countAsNumber(totals.wholeShares, "The whole shares kept")],
        [labels[7], excelNumber(totals.fractionPool, "The fraction pool")],
        [labels[8], countAsNumber(totals.sharesSold, "The shares sold")],
        [labels[9], excelNumber(totals.discarded, "The fractions discarded")],
      ];
    }
    // The sale at the price before: each share after is `ratio` shares before.
    const sale = given ?? multiply(multiply(rational(totals.sharesSold), n), yen!);
    const expected = yen === undefined ? undefined : expectedCash(numerators!, r, yen, mode);
    if (output === "cash") return spill(register, shownCash(expected!.cash, "A holder's expected cash"));
    const paid = fractionCash(numerators!, r.den, sale, mode);
    if (output === "paid") return spill(register, shownCash(paid.cash, "A holder's share of the proceeds"));
    const pool = totals.fractionPool;
    const check = cashCheck(pool.num * (r.den / pool.den), r, yen!, sale, totals.sharesSold);
    let short = 0;
    for (let i = 0; i < register.holders; i++) if (paid.cash[i]! < expected!.cash[i]!) short++;
    const labels = CHECK_LABELS[labelLanguage];
    return [
      [labels[0], excelNumber(yen!, "The price")],
      [labels[1], countAsNumber(totals.sharesSold, "The shares sold")],
      [labels[2], excelNumber(sale, "The proceeds")],
      [labels[3], excelNumber(expected!.total, "The expected cash")],
      [labels[4], excelNumber(paid.paid, "The cash paid out")],
      [labels[5], excelNumber(paid.residual, "The proceeds left")],
      [labels[6], excelNumber(check.proceedsNeeded, "The proceeds needed")],
      [labels[7], check.salePriceNeeded === undefined ? "" : excelNumber(check.salePriceNeeded, "The sale price")],
      [labels[8], short],
      [labels[9], check.covers],
    ];
  });
}
