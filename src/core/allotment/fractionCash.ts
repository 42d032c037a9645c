import { assert } from "../errors";
import { messages } from "../messages";
import { rational, subtract, toMessageText, toNumber, type Rational } from "../exact/rational";

/** Per-holder yen rounding is not statutory: the deal chooses, and the residual is shown. */
export type CashRounding = "down" | "half-up" | "none";

/** num/den yen (both ≥ 0) to whole yen: dropped below a yen ("down") or halves up ("half-up"). */
export function wholeYen(num: bigint, den: bigint, rounding: "down" | "half-up"): bigint {
  return rounding === "down" ? num / den : (2n * num + den) / (2n * den);
}

export interface FractionCash {
  /** cashᵢ in yen, in the order of the holders: whole yen, or the nearest double with "none". */
  readonly cash: Float64Array;
  /** Σcashᵢ, exact. */
  readonly paid: Rational;
  /** proceeds − Σcashᵢ: left undistributed (negative when half-up pays out more than was received). */
  readonly residual: Rational;
}

/**
 * The proceeds of selling the pooled fractions, paid pro rata to each holder's fraction
 * (CA 234(1)-(2)): cashᵢ = proceeds × fᵢ / F. Fractions come as numerators over the ratio's
 * denominator (holderFractionNumerators), so cashᵢ = proceeds × nᵢ / Σn, exact on BigInt.
 * Rounding per holder hands nothing out silently: what it leaves (or overpays) is the residual.
 */
export function fractionCash(
  numerators: ArrayLike<number>,
  denominator: bigint,
  proceeds: Rational,
  rounding: CashRounding = "down",
): FractionCash {
  assert(proceeds.num >= 0n, messages.allotment.negativeProceeds(toMessageText(proceeds)));
  let pool = 0n;
  for (let i = 0; i < numerators.length; i++) {
    const n = numerators[i]!;
    if (n !== 0) pool += BigInt(n);
  }
  const sold = pool / denominator;
  assert(proceeds.num === 0n || sold > 0n, messages.allotment.proceedsWithoutSale(toMessageText(proceeds)));
  const cash = new Float64Array(numerators.length);
  if (proceeds.num === 0n) return { cash, paid: rational(0n), residual: rational(0n) };
  // cashᵢ = a·nᵢ / (b·Σn) for proceeds a/b.
  const den = proceeds.den * pool;
  let paid = 0n;
  for (let i = 0; i < numerators.length; i++) {
    const n = numerators[i]!;
    if (n === 0) continue;
    const num = proceeds.num * BigInt(n);
    if (rounding === "none") {
      cash[i] = toNumber({ num, den });
      continue;
    }
    const yen = wholeYen(num, den, rounding);
    cash[i] = Number(yen);
    paid += yen;
  }
  const exactPaid = rounding === "none" ? proceeds : rational(paid);
  return { cash, paid: exactPaid, residual: subtract(proceeds, exactPaid) };
}
