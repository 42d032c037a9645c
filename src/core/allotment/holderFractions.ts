import type { Rational } from "../exact/rational";

/**
 * Each holder's fraction fᵢ = hᵢ·r − wᵢ as its numerator over r's denominator q (an integer
 * below q), from the holdings and the whole shares of allotToHolders, which validated both.
 * Exact: hᵢ·p − wᵢ·q in doubles while hᵢ·p ≤ 2^52, on BigInt beyond.
 */
export function holderFractionNumerators(
  holdings: ArrayLike<number>,
  whole: Float64Array,
  ratio: Rational,
): Float64Array {
  const p = Number(ratio.num);
  const q = Number(ratio.den);
  const hMax = 2 ** 52 / p;
  const numerators = new Float64Array(holdings.length);
  for (let i = 0; i < holdings.length; i++) {
    const x = holdings[i]!;
    const w = whole[i]!;
    // wᵢ·q ≤ hᵢ·p, so both products stay exact whenever hᵢ·p does.
    numerators[i] = x <= hMax ? x * p - w * q : Number(BigInt(x) * ratio.num - BigInt(w) * ratio.den);
  }
  return numerators;
}
