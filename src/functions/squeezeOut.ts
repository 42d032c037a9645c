/**
 * Custom functions that design and check a cash squeeze-out (DOMAIN §11): the consolidation
 * ratio, the authorised shares after it (CA 180(3)) and the 90% test of the demand for sale
 * (CA 179(1)). Each test answers TRUE or FALSE, with its figures as "all". They state a test
 * result from the figures given, not legal advice; the arithmetic is exact (src/core/consolidation).
 */
import { authorisedSharesTest } from "../core/consolidation/authorisedShares";
import { roundSqueezeOutRatios, smallestSqueezeOutRatio, squeezeOutTest } from "../core/consolidation/squeezeOut";
import {
  specialControllingTest,
  STATUTORY_SPECIAL_CONTROLLING_THRESHOLD,
} from "../core/consolidation/specialControlling";
import { DomainError } from "../core/errors";
import { rational } from "../core/exact/rational";
import { asMatrix, choice, enumValues, exactNumber, flag, isBlank, shareCount, type Cell } from "./cells";
import { excelNumber, excelResult, toExcelError } from "./excel";
import { allotRegister } from "./register";

/** The other holders' share counts, blank cells skipped (read at a ratio of 1: the reading only). */
function otherHoldings(holdings: Cell[][]): Float64Array {
  return allotRegister(asMatrix(holdings), "holdings", rational(1n), true).counts;
}

const optionalCount = (value: Cell, where: string): number => (isBlank(value) ? 0 : shareCount(value, where));

/**
 * What SQUEEZE_OUT_RATIO answers.
 * @customenum {string}
 */
export enum SqueezeOutRatioResult {
  /** The smallest whole ratio that squeezes out every other holder. */
  smallest = "smallest",
  /** The smallest passing ratios at 1, 2 and 3 significant figures. */
  round = "round",
}

/**
 * The smallest whole consolidation ratio for a squeeze-out, or round ones: every holder but the acquirer ends below one share, the acquirer keeps one, and the pooled fractions make at least one share to sell (CA 235).
 * @customfunction SQUEEZE_OUT_RATIO
 * @param holdings Shares of every holder but the acquirer and the company itself, a range with one holder per cell (blank cells are skipped).
 * @param acquirer Shares held by the acquirer.
 * @param [treasury] The company's treasury shares, consolidated too; their fraction joins the pool. Default 0.
 * @param [result] "smallest" (default) = the smallest whole ratio; "round" = a column of three: the smallest passing ratio at 1, 2 and 3 significant figures.
 * @returns The ratio (shares that become one share), or three round ones.
 */
export function squeezeOutRatio(
  holdings: any[][],
  acquirer: any,
  treasury?: any,
  result?: SqueezeOutRatioResult,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function squeezeOutRatio(holdings: any[][], acquirer: any, treasury?: any, result?: any): any[][];
export function squeezeOutRatio(holdings: any[][], acquirer: any, treasury?: any, result?: any): any[][] {
  return excelResult(() => {
    const a = shareCount(acquirer, "acquirer");
    const t = optionalCount(treasury, "treasury");
    const output = choice(result, "result", enumValues(SqueezeOutRatioResult), "smallest");
    const others = otherHoldings(holdings);
    if (output === "smallest") return [[Number(smallestSqueezeOutRatio(others, a, t))]];
    return roundSqueezeOutRatios(others, a, t).map((ratio, k) => [
      ratio === undefined
        ? // One precision without a passing ratio shows its own #N/A; the others still answer.
          toExcelError(
            new DomainError(
              "notAvailable",
              `No ratio at ${k + 1} significant figure${k ? "s" : ""} up to the acquirer's ${a} shares passes.`,
            ),
          )
        : Number(ratio),
    ]);
  });
}

/**
 * What SQUEEZE_OUT_TEST answers.
 * @customenum {string}
 */
export enum SqueezeOutTestResult {
  /** TRUE or FALSE. */
  test = "test",
  /** The test and its figures, as a column. */
  all = "all",
}

/**
 * Squeeze-out test of a consolidation ratio: every holder but the acquirer ends below one share, the acquirer keeps at least one, and the pooled fractions make at least one share to sell (CA 235).
 * @customfunction SQUEEZE_OUT_TEST
 * @param holdings Shares of every holder but the acquirer and the company itself, a range with one holder per cell (blank cells are skipped).
 * @param acquirer Shares held by the acquirer.
 * @param ratio The shares that become one share, above 1: a number, or text such as "9576501/7".
 * @param [treasury] The company's treasury shares, consolidated too; their fraction joins the pool. Default 0.
 * @param [result] "test" (default) = TRUE or FALSE; "all" = a column of five: test, the most shares another holder keeps, the acquirer's shares after, the fraction pool, the shares sold.
 * @returns TRUE when the ratio squeezes out every other holder and leaves something to sell, or the figures.
 */
export function squeezeOutTestFunction(
  holdings: any[][],
  acquirer: any,
  ratio: any,
  treasury?: any,
  result?: SqueezeOutTestResult,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function squeezeOutTestFunction(
  holdings: any[][],
  acquirer: any,
  ratio: any,
  treasury?: any,
  result?: any,
): any[][];
export function squeezeOutTestFunction(
  holdings: any[][],
  acquirer: any,
  ratio: any,
  treasury?: any,
  result?: any,
): any[][] {
  return excelResult(() => {
    const a = shareCount(acquirer, "acquirer");
    const n = exactNumber(
      ratio,
      "ratio",
      { noun: "the shares that become one share", example: '10 or "9576501/7"' },
      true,
    );
    const t = optionalCount(treasury, "treasury");
    const output = choice(result, "result", enumValues(SqueezeOutTestResult), "test");
    const test = squeezeOutTest(otherHoldings(holdings), a, t, n);
    if (output === "test") return [[test.qualifies]];
    return [
      [test.qualifies],
      [test.largestOtherAfter],
      [test.acquirerAfter],
      [excelNumber(test.fractionPool, "The fraction pool")],
      [Number(test.sold)],
    ];
  });
}

/**
 * What AUTHORISED_SHARES_TEST answers.
 * @customenum {string}
 */
export enum AuthorisedSharesResult {
  /** TRUE or FALSE. */
  test = "test",
  /** Four times the shares issued after. */
  limit = "limit",
  /** The test and the limit, as a column. */
  all = "all",
}

/**
 * Authorised shares after a consolidation (CA 180(3)): for a public company at most four times the shares issued after, and never below the shares issued (CA 113).
 * @customfunction AUTHORISED_SHARES_TEST
 * @param authorised_after Authorised shares as of the effective date, as the resolution fixes them.
 * @param issued_after Shares issued after the consolidation (CONSOLIDATION's "total").
 * @param [public_company] TRUE (default) for a public company (公開会社), where the four-times limit applies; FALSE otherwise.
 * @param [result] "test" (default) = TRUE or FALSE; "limit" = 4 × issued_after ("" when not public); "all" = a column of the two.
 * @returns TRUE when the authorised shares are within the limit, or the limit.
 */
export function authorisedSharesTestFunction(
  authorised_after: any,
  issued_after: any,
  public_company?: any,
  result?: AuthorisedSharesResult,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function authorisedSharesTestFunction(
  authorised_after: any,
  issued_after: any,
  public_company?: any,
  result?: any,
): any[][];
export function authorisedSharesTestFunction(
  authorised_after: any,
  issued_after: any,
  public_company?: any,
  result?: any,
): any[][] {
  return excelResult(() => {
    const authorised = BigInt(shareCount(authorised_after, "authorised_after"));
    const issued = BigInt(shareCount(issued_after, "issued_after"));
    const isPublic = flag(public_company, "public_company", true);
    const output = choice(result, "result", enumValues(AuthorisedSharesResult), "test");
    const test = authorisedSharesTest(authorised, issued, isPublic);
    const limit = test.limit === undefined ? "" : excelNumber(rational(test.limit), "The limit");
    if (output === "test") return [[test.qualifies]];
    if (output === "limit") return [[limit]];
    return [[test.qualifies], [limit]];
  });
}

/** Voting rights are counted in units (単元, CA 308(1)), not shares. */
const VOTING_RIGHTS = "voting rights (units)";

/**
 * What SPECIAL_CONTROLLING answers.
 * @customenum {string}
 */
export enum SpecialControllingResult {
  /** TRUE or FALSE. */
  test = "test",
  /** The proportion of voting rights held, with the subsidiaries. */
  share = "share",
  /** The test and the proportion, as a column. */
  all = "all",
}

/**
 * Special controlling shareholder test (CA 179(1)): voting rights held with its wholly owned subsidiaries reach 9/10 (or more by the articles), which opens the demand for sale instead of a consolidation.
 * @customfunction SPECIAL_CONTROLLING
 * @param voting_rights_held Voting rights (units) held by the would-be special controlling shareholder itself.
 * @param voting_rights_total All holders' voting rights (units) of the company (treasury shares carry none).
 * @param [subsidiaries] Voting rights (units) held by its wholly owned subsidiaries, counted with its own. Default 0.
 * @param [threshold] 9/10 when omitted; the articles may raise it (never lower): a number such as 0.95 or text such as "19/20".
 * @param [result] "test" (default) = TRUE or FALSE; "share" = the proportion held with the subsidiaries; "all" = a column of the two.
 * @returns TRUE when the test is met, or the proportion held.
 */
export function specialControlling(
  voting_rights_held: any,
  voting_rights_total: any,
  subsidiaries?: any,
  threshold?: any,
  result?: SpecialControllingResult,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function specialControlling(
  voting_rights_held: any,
  voting_rights_total: any,
  subsidiaries?: any,
  threshold?: any,
  result?: any,
): any[][];
export function specialControlling(
  voting_rights_held: any,
  voting_rights_total: any,
  subsidiaries?: any,
  threshold?: any,
  result?: any,
): any[][] {
  return excelResult(() => {
    const held = BigInt(shareCount(voting_rights_held, "voting_rights_held", VOTING_RIGHTS));
    const total = BigInt(shareCount(voting_rights_total, "voting_rights_total", VOTING_RIGHTS));
    const subsidiary = isBlank(subsidiaries) ? 0n : BigInt(shareCount(subsidiaries, "subsidiaries", VOTING_RIGHTS));
    const level = isBlank(threshold)
      ? STATUTORY_SPECIAL_CONTROLLING_THRESHOLD
      : exactNumber(threshold, "threshold", { noun: "a number", example: '0.9 or "9/10"' }, true);
    const output = choice(result, "result", enumValues(SpecialControllingResult), "test");
    const test = specialControllingTest(held, subsidiary, total, level);
    const share = excelNumber(test.share, "The share held");
    if (output === "test") return [[test.qualifies]];
    if (output === "share") return [[share]];
    return [[test.qualifies], [share]];
  });
}
