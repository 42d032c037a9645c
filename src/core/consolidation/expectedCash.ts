import { wholeYen, type CashRounding } from "../allotment/fractionCash";
import { assert } from "../errors";
import { rational, toMessageText, toNumber, type Rational } from "../exact/rational";

export interface ExpectedCash {
  /** Each holder's expected cash in yen, in the order of the holders (whole yen unless "none"). */
  readonly cash: Float64Array;
  /** Σ of the cash as stated (rounded per holder unless "none"), exact. */
  readonly total: Rational;
}

/**
 * The cash a consolidation release promises each holder for a fraction: the price per share
 * before the consolidation (usually the tender offer price) × the shares before that the
 * fraction stands for, fᵢ × ratio = hᵢ − wᵢ × ratio; a holder squeezed out entirely (wᵢ = 0)
 * thus gets price × shares held. With the allotment r = p/q = 1/ratio and the fraction as
 * nᵢ/q (holderFractionNumerators), the shares before are nᵢ/p, so cashᵢ = price × nᵢ / p, exact.
 */
export function expectedCash(
  numerators: ArrayLike<number>,
  allotment: Rational,
  price: Rational,
  rounding: CashRounding = "down",
): ExpectedCash {
  assert(
    price.num >= 0n,
    `price: ${toMessageText(price)} is negative; give the price per share before the consolidation, 0 or more.`,
  );
  const den = price.den * allotment.num;
  const cash = new Float64Array(numerators.length);
  // Σ whole yen, or Σ numerators over the common denominator when unrounded.
  let sum = 0n;
  for (let i = 0; i < numerators.length; i++) {
    const n = numerators[i]!;
    if (n === 0) continue;
    const num = price.num * BigInt(n);
    if (rounding === "none") {
      cash[i] = toNumber({ num, den });
      sum += num;
      continue;
    }
    const yen = wholeYen(num, den, rounding);
    cash[i] = Number(yen);
    sum += yen;
  }
  return { cash, total: rounding === "none" ? rational(sum, den) : rational(sum) };
}
