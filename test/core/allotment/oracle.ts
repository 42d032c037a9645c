/**
 * An exact allotment written independently of src/core: the ratio stays as the decimal text's
 * digits over a power of ten (never reduced, never a double), every step on BigInt.
 */
export interface OracleAllotment {
  whole: bigint[];
  /** Each fraction's numerator over `den`. */
  fractions: bigint[];
  den: bigint;
  wholeShares: bigint;
  poolNumerator: bigint;
  sold: bigint;
  toProvide: bigint;
}

/** "5.83" → [583n, 100n]. */
export function decimalParts(text: string): [bigint, bigint] {
  const [whole, frac = ""] = text.split(".");
  return [BigInt(whole + frac), 10n ** BigInt(frac.length)];
}

export function oracleAllot(holdings: readonly number[], ratioText: string): OracleAllotment {
  const [num, den] = decimalParts(ratioText);
  const whole = holdings.map((h) => (BigInt(h) * num) / den);
  const fractions = holdings.map((h) => (BigInt(h) * num) % den);
  const wholeShares = whole.reduce((a, b) => a + b, 0n);
  const poolNumerator = fractions.reduce((a, b) => a + b, 0n);
  const sold = poolNumerator / den;
  return { whole, fractions, den, wholeShares, poolNumerator, sold, toProvide: wholeShares + sold };
}
