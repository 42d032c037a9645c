/**
 * Custom functions for the procedure tests of a merger (DOMAIN §5). They state a test result
 * from the figures given, not legal advice; the arithmetic is exact (src/core/procedure), so a
 * case on the threshold is decided right.
 */
import { japaneseCitation, simplifiedMergerArticle } from "../core/procedure/article";
import { shortFormTest, STATUTORY_SHORT_FORM_THRESHOLD } from "../core/procedure/shortForm";
import { simplifiedTest, STATUTORY_SIMPLIFIED_LIMIT } from "../core/procedure/simplified";
import { type Rational } from "../core/exact/rational";
import {
  choice,
  citationLanguage,
  enumValues,
  excelDay,
  exactNumber,
  flag,
  isBlank,
  shareCount,
  type Cell,
  type Wanted,
} from "./cells";
import { excelNumber, excelResult } from "./excel";

function optionalExact(value: Cell, where: string, wanted: Wanted, fallback: Rational): Rational {
  return isBlank(value) ? fallback : exactNumber(value, where, wanted, true);
}

const yen = (value: Cell, where: string): Rational =>
  exactNumber(value, where, { noun: "an amount in yen", example: "37607000000" });

/** Voting rights are counted in units (単元, CA 308(1)), not shares. */
const VOTING_RIGHTS = "voting rights (units)";

/**
 * What SHORT_FORM answers.
 * @customenum {string}
 */
export enum ShortFormResult {
  /** TRUE when the test is met, else FALSE. */
  test = "test",
  /** The proportion of voting rights held. */
  share = "share",
}

const SHORT_FORM_RESULTS = enumValues(ShortFormResult);

/**
 * Short-form merger test (CA 784(1)): voting rights held by the surviving company and its wholly owned subsidiaries reach the threshold (9/10, or higher by the articles). Voting rights are units, not shares.
 * @customfunction SHORT_FORM
 * @param voting_rights_held Voting rights (units) held by the surviving company and its wholly owned subsidiaries.
 * @param voting_rights_total All voting rights (units) of the dissolving company.
 * @param [threshold] 9/10 when omitted; the articles may raise it (never lower): a number such as 0.95 or text such as "19/20".
 * @param [result] "test" (default) = TRUE or FALSE; "share" = the proportion held.
 * @returns TRUE when the test is met, or the proportion held.
 */

export function shortForm(
  voting_rights_held: any,
  voting_rights_total: any,
  threshold?: any,
  result?: ShortFormResult,
): any;
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function shortForm(voting_rights_held: any, voting_rights_total: any, threshold?: any, result?: any): any;
export function shortForm(voting_rights_held: any, voting_rights_total: any, threshold?: any, result?: any): any {
  return excelResult(() => {
    const held = BigInt(shareCount(voting_rights_held, "voting_rights_held", VOTING_RIGHTS));
    const total = BigInt(shareCount(voting_rights_total, "voting_rights_total", VOTING_RIGHTS));
    const level = optionalExact(
      threshold,
      "threshold",
      { noun: "a number", example: '0.9 or "9/10"' },
      STATUTORY_SHORT_FORM_THRESHOLD,
    );
    const output = choice(result, "result", SHORT_FORM_RESULTS, "test");
    const test = shortFormTest(held, total, level);
    return output === "share" ? excelNumber(test.share, "The share held") : test.qualifies;
  });
}

/**
 * What SIMPLIFIED answers.
 * @customenum {string}
 */
export enum SimplifiedResult {
  /** TRUE when X ≤ ρ·Y, else FALSE. */
  test = "test",
  /** X, the consideration, in yen. */
  x = "x",
  /** Y, the net assets, in yen. */
  y = "y",
  /** ρ·Y, in yen. */
  allowance = "allowance",
  /** A column of the four: test, X, Y, ρ·Y. */
  all = "all",
}

const SIMPLIFIED_RESULTS = enumValues(SimplifiedResult);

/**
 * Simplified merger test (CA 796(2), 796(3) before 2015-05-01): X ≤ ρ·Y, X = shares delivered × net assets per share + other consideration, Y = net assets.
 * @customfunction SIMPLIFIED
 * @param shares_delivered Surviving-company shares delivered to the dissolving company's holders.
 * @param book_value_per_share Net assets per share of the surviving company (Ord. 25), in yen.
 * @param net_assets Net assets of the surviving company (Y), in yen.
 * @param [other_consideration] Book value of other consideration (cash etc.), in yen. Default 0.
 * @param [limit] ρ: 1/5 when omitted; the articles may lower it: a number such as 0.2 or text such as "1/5".
 * @param [net_assets_floor] TRUE (default): Y is taken as at least JPY 5 million (Ord. 196, verify); FALSE: Y as given.
 * @param [result] "test" (default) = TRUE or FALSE; "x", "y" or "allowance" (ρ·Y) in yen; "all" = a column of the four: test, X, Y, ρ·Y.
 * @returns {any[][]} TRUE when X ≤ ρ·Y, or the figure chosen by result.
 */

export function simplified(
  shares_delivered: any,
  book_value_per_share: any,
  net_assets: any,
  other_consideration?: any,
  limit?: any,
  net_assets_floor?: any,
  result?: SimplifiedResult,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function simplified(
  shares_delivered: any,
  book_value_per_share: any,
  net_assets: any,
  other_consideration?: any,
  limit?: any,
  net_assets_floor?: any,
  result?: any,
): any[][];
export function simplified(
  shares_delivered: any,
  book_value_per_share: any,
  net_assets: any,
  other_consideration?: any,
  limit?: any,
  net_assets_floor?: any,
  result?: any,
): any[][] {
  return excelResult(() => {
    const test = simplifiedTest({
      sharesDelivered: BigInt(shareCount(shares_delivered, "shares_delivered")),
      bookValuePerShare: yen(book_value_per_share, "book_value_per_share"),
      netAssets: yen(net_assets, "net_assets"),
      otherConsideration: isBlank(other_consideration) ? undefined : yen(other_consideration, "other_consideration"),
      limit: optionalExact(limit, "limit", { noun: "a number", example: '0.2 or "1/5"' }, STATUTORY_SIMPLIFIED_LIMIT),
      applyNetAssetsFloor: flag(net_assets_floor, "net_assets_floor", true),
    });
    const output = choice(result, "result", SIMPLIFIED_RESULTS, "test");
    const figures = {
      test: test.qualifies,
      x: excelNumber(test.consideration, "X (the consideration)"),
      y: excelNumber(test.base, "Y (the net assets)"),
      allowance: excelNumber(test.allowance, "The allowance ρ·Y"),
    };
    // "all": one call a worksheet names once, instead of four calls with the same arguments.
    if (output === "all") return [[figures.test], [figures.x], [figures.y], [figures.allowance]];
    return [[figures[output]]];
  });
}

/**
 * The language of the citation.
 * @customenum {string}
 */
export enum CitationLanguage {
  /** "CA 796(3)". */
  en = "en",
  /** "会社法796条3項", as Japanese filings cite it. */
  ja = "ja",
}

/**
 * The article granting a simplified merger on an effective date: "CA 796(3)" before 2015-05-01, "CA 796(2)" from then; #N/A before the Companies Act (2006-05-01).
 * @customfunction SIMPLIFIED_ARTICLE
 * @param effective_date The merger's effective date: a date, or text such as "2014-01-01".
 * @param [language] "en" (default) = "CA 796(3)"; "ja" = "会社法796条3項", as Japanese filings cite it.
 * @returns The article to cite.
 */

export function simplifiedArticle(effective_date: any, language?: CitationLanguage): string;
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function simplifiedArticle(effective_date: any, language?: any): string;
export function simplifiedArticle(effective_date: any, language?: any): string {
  return excelResult(() => {
    const article = simplifiedMergerArticle(excelDay(effective_date, "effective_date"), "effective_date");
    return citationLanguage(language) === "ja" ? japaneseCitation(article) : article;
  });
}
