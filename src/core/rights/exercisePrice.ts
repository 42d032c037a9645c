/**
 * The exercise price per share after a merger or share exchange: the old price ÷ the allotment
 * ratio, so a right costs what it did; rounded to the yen as the agreement says, up by default
 * (DOMAIN §10, verify: the agreement decides).
 */
import { assert } from "../errors";
import { messages } from "../messages";
import { ceil, compare, divide, floor, rational, roundToDecimals, ZERO, type Rational } from "../exact/rational";

export type PriceRounding = "up" | "half-up" | "down" | "none";
export const PRICE_ROUNDINGS: readonly PriceRounding[] = ["up", "half-up", "down", "none"];

export function exercisePriceAfter(pricePerShare: Rational, ratio: Rational, rounding: PriceRounding): Rational {
  assert(compare(pricePerShare, ZERO) >= 0, messages.rights.negativeExercisePrice());
  const exact = divide(pricePerShare, ratio);
  switch (rounding) {
    case "up":
      return rational(ceil(exact));
    case "down":
      return rational(floor(exact));
    case "half-up":
      return roundToDecimals(exact, 0, "half-up");
    case "none":
      return exact;
  }
}
