/**
 * Exact arithmetic written independently of src/core/exact: a fraction is a [numerator,
 * denominator] pair of BigInts, never reduced until compared, never a double.
 */
export type Fraction = readonly [bigint, bigint];

/** "309734.2" → [3097342n, 10n]; "-5" → [-5n, 1n]. */
export function fraction(text: string): Fraction {
  const negative = text.startsWith("-");
  const [whole, part = ""] = text.replace(/^-/, "").split(".");
  const num = BigInt(whole! + part);
  return [negative ? -num : num, 10n ** BigInt(part.length)];
}

const normal = ([n, d]: Fraction): Fraction => (d < 0n ? [-n, -d] : [n, d]);
export const times = (a: Fraction, b: Fraction): Fraction => normal([a[0] * b[0], a[1] * b[1]]);
export const over = (a: Fraction, b: Fraction): Fraction => normal([a[0] * b[1], a[1] * b[0]]);
export const plus = (a: Fraction, b: Fraction): Fraction => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]];
export const minus = (a: Fraction, b: Fraction): Fraction => [a[0] * b[1] - b[0] * a[1], a[1] * b[1]];
/** −1, 0 or 1 as a < b, a = b, a > b. */
export const cmp = (a: Fraction, b: Fraction): number => {
  const d = a[0] * b[1] - b[0] * a[1];
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/**
 * a rounded to `places` decimals, as a fraction over 10^places: half-up and up away from zero,
 * down toward zero (ROUND, ROUNDUP, ROUNDDOWN).
 */
export function roundTo(a: Fraction, places: number, mode: "half-up" | "down" | "up"): Fraction {
  const [n, d] = normal(a);
  const scale = 10n ** BigInt(places);
  const magnitude = (n < 0n ? -n : n) * scale;
  const whole = magnitude / d;
  const rest = magnitude - whole * d;
  const rounded =
    mode === "down" ? whole : mode === "up" ? whole + (rest > 0n ? 1n : 0n) : whole + (2n * rest >= d ? 1n : 0n);
  return [n < 0n ? -rounded : rounded, scale];
}

/** Whether a src/core rational {num, den} equals an oracle fraction. */
export const equals = (rational: { num: bigint; den: bigint }, a: Fraction): boolean =>
  cmp([rational.num, rational.den], a) === 0;
