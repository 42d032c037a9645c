import { divide, multiply, rational, subtract, compare, type Rational } from "../exact/rational";

/** Whether a sale's proceeds, split pro rata (CA 235 with 234(2)), pay every holder the cash expected. */
export interface CashCheck {
  /** price × the pooled shares before (ratio × F): the proceeds that pay each holder exactly the expected cash. */
  readonly proceedsNeeded: Rational;
  /** proceedsNeeded ÷ K: the sale price per share after that achieves it; undefined when nothing is sold. */
  readonly salePriceNeeded: Rational | undefined;
  /** proceedsNeeded − proceeds: positive when the holders receive less than expected. */
  readonly shortfall: Rational;
  /** proceeds ≥ proceedsNeeded. */
  readonly covers: boolean;
}

/**
 * Both ways a release states a holder's cash are proportional to the holder's fraction nᵢ:
 * expectedᵢ = price × nᵢ / p and paidᵢ = proceeds × nᵢ / Σn (allotment p/q, fractions over q).
 * So paidᵢ ≥ expectedᵢ for every holder at once exactly when proceeds ≥ price × Σn / p, and rounding
 * each by the same rule keeps the order. The pool's discarded part (F − K, CA 234(1)) is what makes
 * a sale at price × ratio per share after fall short: the price needed is price × ratio × F / K.
 */
export function cashCheck(
  poolNumerator: bigint,
  allotment: Rational,
  price: Rational,
  proceeds: Rational,
  sold: bigint,
): CashCheck {
  const proceedsNeeded = multiply(price, rational(poolNumerator, allotment.num));
  return {
    proceedsNeeded,
    salePriceNeeded: sold > 0n ? divide(proceedsNeeded, rational(sold)) : undefined,
    shortfall: subtract(proceedsNeeded, proceeds),
    covers: compare(proceeds, proceedsNeeded) >= 0,
  };
}
