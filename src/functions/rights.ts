/**
 * Stock acquisition rights in a merger or share exchange (DOMAIN §10): the acquired company's
 * rights are replaced by the acquirer's on the agreement's terms, usually the shares per right ×
 * the ratio (fractions cut) at the exercise price ÷ the ratio (rounded up to the yen).
 */
import { allotmentRatio } from "../core/allotment/allotmentRatio";
import { countAsNumber } from "../core/allotment/shareCount";
import { exercisePriceAfter, PRICE_ROUNDINGS } from "../core/rights/exercisePrice";
import { sharesPerRightAfter } from "../core/rights/sharesPerRight";
import { choice, enumValues, exactNumber } from "./cells";
import { excelNumber, excelResult } from "./excel";

/**
 * What RIGHTS_CONVERSION answers.
 * @customenum {string}
 */
export enum RightsResult {
  /** New shares per right. */
  shares = "shares",
  /** The new exercise price per share. */
  price = "price",
  /** Both, as two columns. */
  all = "all",
}

/**
 * How the new exercise price is rounded to the yen; the agreement decides.
 * @customenum {string}
 */
export enum PriceRounding {
  /** Up (切り上げ), the default. */
  up = "up",
  /** Half up (四捨五入). */
  halfUp = "half-up",
  /** Down (切り捨て). */
  down = "down",
  /** Unrounded. */
  none = "none",
}

const RIGHTS_RESULTS = enumValues(RightsResult);

/**
 * A stock acquisition right after a merger or share exchange: shares per right × ratio (fractions cut), or the exercise price per share ÷ ratio.
 * @customfunction RIGHTS_CONVERSION
 * @param shares_per_right Shares of the acquired company per right, above 0.
 * @param exercise_price Exercise price per share in yen, 0 or more.
 * @param ratio Acquirer's shares per acquired company share, above 0: a number, or text such as "0.2019" or "2/3".
 * @param [result] "shares" (default) = new shares per right; "price" = new exercise price per share; "all" = both, as two columns.
 * @param [rounding] The new price to the yen: "up" (default), "half-up", "down" or "none" (unrounded); the agreement decides.
 * @returns The shares per right, the exercise price, or both.
 */
export function rightsConversion(
  shares_per_right: any,
  exercise_price: any,
  ratio: any,
  result?: RightsResult,
  rounding?: PriceRounding,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function rightsConversion(
  shares_per_right: any,
  exercise_price: any,
  ratio: any,
  result?: any,
  rounding?: any,
): any[][];
export function rightsConversion(
  shares_per_right: any,
  exercise_price: any,
  ratio: any,
  result?: any,
  rounding?: any,
): any[][] {
  return excelResult(() => {
    const shares = exactNumber(shares_per_right, "shares_per_right", {
      noun: "a number of shares per right",
      example: "100",
    });
    const price = exactNumber(exercise_price, "exercise_price", { noun: "an exercise price in yen", example: "1000" });
    const r = allotmentRatio(exactNumber(ratio, "ratio", { noun: "a ratio", example: '0.5 or "2/3"' }, true));
    const output = choice(result, "result", RIGHTS_RESULTS, "shares");
    const mode = choice(rounding, "rounding", PRICE_ROUNDINGS, "up");
    // Both are worked out whichever is shown: a bad price is refused even when only shares are asked for.
    const newShares = countAsNumber(sharesPerRightAfter(shares, r), "The shares per right");
    const newPrice = excelNumber(exercisePriceAfter(price, r, mode), "The exercise price");
    if (output === "shares") return [[newShares]];
    if (output === "price") return [[newPrice]];
    return [[newShares, newPrice]];
  });
}
