/**
 * Exact rational numbers on BigInt: the one place where exactness is decided.
 *
 * A ratio typed into Excel as 0.29 reaches us as the double nearest 0.29; its shortest
 * round-trip decimal form ("0.29") is what the user typed, so that is the number we keep:
 * exactly 29/100. Binary arithmetic on the double would give 100 × 0.29 = 28.999…
 */
import { assert, invalid } from "../errors";
import { messages } from "../messages";

/** p/q in lowest terms with q > 0. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

/** gcd of two safe integers ≥ 0, in doubles: exact below 2^53 and cheaper than BigInt. */
function smallGcd(a: number, b: number): number {
  while (b !== 0) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

export function rational(num: bigint, den: bigint = 1n): Rational {
  assert(den !== 0n, messages.exact.zeroDenominator());
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

export const ZERO: Rational = { num: 0n, den: 1n };

export const add = (a: Rational, b: Rational): Rational => rational(a.num * b.den + b.num * a.den, a.den * b.den);
/**
 * Σ values, reduced once at the end: a window's ~30 closes share a denominator or two (10, 2, 5),
 * so each term joins a running common denominator instead of paying a gcd per `add`.
 */
export function sumOf(values: readonly Rational[]): Rational {
  let num = 0n;
  let den = 1n;
  for (const value of values) {
    if (value.den === den) num += value.num;
    else if (den % value.den === 0n) num += value.num * (den / value.den);
    else {
      num = num * value.den + value.num * den;
      den *= value.den;
    }
  }
  return rational(num, den);
}
export const subtract = (a: Rational, b: Rational): Rational => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const multiply = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const divide = (a: Rational, b: Rational): Rational => {
  assert(b.num !== 0n, messages.exact.divisionByZero());
  return rational(a.num * b.den, a.den * b.num);
};
export const compare = (a: Rational, b: Rational): number => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/** ⌊a⌋, also for negatives (BigInt division truncates toward zero). */
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

/** ⌈a⌉ */
export const ceil = (a: Rational): bigint => -floor({ num: -a.num, den: a.den });

export type DecimalRounding = "half-up" | "down" | "up";

/**
 * a to `decimals` places: "half-up" takes halves away from zero (Excel's ROUND, 四捨五入),
 * "down" drops the rest toward zero (ROUNDDOWN, 切り捨て), "up" takes any rest away from zero
 * (ROUNDUP, 切り上げ).
 */
export function roundToDecimals(a: Rational, decimals: number, mode: DecimalRounding): Rational {
  assert(Number.isInteger(decimals) && decimals >= 0, messages.exact.notDecimalPlaces(decimals));
  const scale = 10n ** BigInt(decimals);
  const scaled = rational((a.num < 0n ? -a.num : a.num) * scale, a.den);
  const whole =
    mode === "up"
      ? -floor(rational(-scaled.num, scaled.den))
      : floor(mode === "half-up" ? add(scaled, rational(1n, 2n)) : scaled);
  return rational(a.num < 0n ? -whole : whole, scale);
}

/** 2^53: integers up to it are exact in a double. */
const SAFE_BIG = 2n ** 53n;
const bitLength = (n: bigint): number => n.toString(2).length;

/** The smallest exponent of a double's last place: 2^-1074, the least subnormal. */
const LEAST_EXPONENT = -1074;
const MANTISSA_BITS = 53;

/**
 * The double nearest to a, ties to even (as IEEE 754 rounds): the figure a cell shows is the exact
 * value correctly rounded, whatever the size of its numerator and denominator. ±Infinity when a is
 * past the largest double, as IEEE 754 rounds there; the caller words that for the user.
 */
export function toNumber(a: Rational): number {
  const negative = a.num < 0n;
  const num = negative ? -a.num : a.num;
  const { den } = a;
  // Both exact in a double: one IEEE division rounds the exact quotient once.
  if (num <= SAFE_BIG && den <= SAFE_BIG) return (negative ? -Number(num) : Number(num)) / Number(den);
  // 2^e ≤ num/den < 2^(e+1)
  let e = bitLength(num) - bitLength(den);
  if (e >= 0 ? num < den << BigInt(e) : num << BigInt(-e) < den) e--;
  if (e > 1023) return negative ? -Infinity : Infinity;
  // The weight of the last place kept: 53 significant bits, fewer below the normal range.
  const last = Math.max(e - (MANTISSA_BITS - 1), LEAST_EXPONENT);
  const scaledNum = last < 0 ? num << BigInt(-last) : num;
  const scaledDen = last < 0 ? den : den << BigInt(last);
  let q = scaledNum / scaledDen;
  const twiceRest = (scaledNum - q * scaledDen) * 2n;
  if (twiceRest > scaledDen || (twiceRest === scaledDen && (q & 1n) === 1n)) q++;
  // q ≤ 2^53 is exact as a double, and so is 2^last; their product overflows only past the largest double.
  const magnitude = Number(q) * 2 ** last;
  return negative ? -magnitude : magnitude;
}

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** "0.2019", "26", "1.5e-3" → exact rational; undefined when the text is not a decimal. */
export function parseDecimal(text: string): Rational | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const [, sign, whole = "", frac = "", exp = "0"] = m;
  if (whole === "" && frac === "") return undefined;
  const exponent = Number(exp) - frac.length;
  if (Math.abs(exponent) > 400) return undefined;
  let num = BigInt(whole + frac || "0");
  if (sign === "-") num = -num;
  return exponent >= 0 ? rational(num * 10n ** BigInt(exponent)) : rational(num, 10n ** BigInt(-exponent));
}

/** 0n … 1023n made once: a price's denominator (1, 2, 5, 10 …) is one of them, and BigInt(n) is not free. */
const SMALL_BIGINTS = Array.from({ length: 1024 }, (_, n) => BigInt(n));

/** 10^k for the few decimal places that `fromNumber` tries by arithmetic (all exact doubles). */
const FEW_PLACES = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/** The number the user typed: the shortest decimal that round-trips to this double. */
export function fromNumber(value: number): Rational {
  // Not `assert`: its message would be built on every call, and a window reads ~30 closes a call.
  if (!Number.isFinite(value)) invalid(messages.exact.notFinite(value));
  /*
   * Prices and ratios have a few decimals: try m / 10^k for k = 0, 1, … by arithmetic. While
   * |value × 10^k| ≤ 2^50, the one k-place decimal that could round-trip is m = round(value × 10^k)
   * (both errors are under 1/8), and m / 10^k is the correctly rounded parse of that decimal; so
   * the first k that gives `value` back is the shortest decimal, the one String(value) spells.
   */
  for (let k = 0; k < FEW_PLACES.length; k++) {
    const scale = FEW_PLACES[k]!;
    const scaled = value * scale;
    if (!(Math.abs(scaled) <= 2 ** 50)) break;
    const m = Math.round(scaled);
    if (m / scale === value) {
      const g = smallGcd(Math.abs(m), scale);
      const den = scale / g;
      return { num: BigInt(m / g), den: den < SMALL_BIGINTS.length ? SMALL_BIGINTS[den]! : BigInt(den) };
    }
  }
  const exact = parseDecimal(String(value));
  return exact ?? invalid(messages.exact.notDecimal(value));
}

/** Exact decimal text of a, when its denominator divides a power of ten; else a fraction "p/q". */
export function toExactText(a: Rational): string {
  let den = a.den;
  let twos = 0;
  let fives = 0;
  for (; den % 2n === 0n; twos++) den /= 2n;
  for (; den % 5n === 0n; fives++) den /= 5n;
  if (den !== 1n) return `${a.num}/${a.den}`;
  const digits = Math.max(twos, fives);
  const scaled = (a.num * 10n ** BigInt(digits)) / a.den;
  const negative = scaled < 0n;
  const s = (negative ? -scaled : scaled).toString().padStart(digits + 1, "0");
  const text = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

/**
 * a for a message: its exact text while short, else the double nearest it ("about 5e-324"), so a
 * message never echoes hundreds of digits.
 */
export function toMessageText(a: Rational): string {
  const exact = toExactText(a);
  return exact.length <= 24 ? exact : `about ${toNumber(a)}`;
}
