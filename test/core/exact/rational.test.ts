import fc from "fast-check";
import { DomainError } from "../../../src/core/errors";
import { parseRational } from "../../../src/core/exact/numberText";
import {
  add,
  compare,
  floor,
  fromNumber,
  multiply,
  parseDecimal,
  rational,
  roundToDecimals,
  sumOf,
  toExactText,
  toNumber,
} from "../../../src/core/exact/rational";

describe("a ratio as the user typed it", () => {
  it("reads 0.29 as exactly 29/100, where the double product floors to 28", () => {
    expect(Math.floor(100 * 0.29)).toBe(28);
    expect(fromNumber(0.29)).toEqual({ num: 29n, den: 100n });
    expect(floor(multiply(rational(100n), fromNumber(0.29)))).toBe(29n);
  });

  it.each([
    [0.2019, 2019n, 10000n],
    [0.0113, 113n, 10000n],
    [0.714, 357n, 500n],
    [5.83, 583n, 100n],
    [26, 26n, 1n],
    [1e-7, 1n, 10000000n],
  ])("reads %p as %p/%p in lowest terms", (value, num, den) => {
    expect(fromNumber(value)).toEqual({ num, den });
  });

  it("refuses a number that is not finite", () => {
    expect(() => fromNumber(Infinity)).toThrow(DomainError);
    expect(() => fromNumber(NaN)).toThrow(/not a finite number/);
  });

  // fromNumber finds a few decimals by arithmetic; the shortest decimal String() spells is the reference.
  const spelled = (value: number) => parseDecimal(String(value));

  it("reads a decimal of up to 8 places as the shortest decimal String() spells", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
        fc.integer({ min: 0, max: 8 }),
        (m, places) => {
          const value = m / 10 ** places;
          expect(fromNumber(value)).toEqual(spelled(value));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("reads any finite double as the shortest decimal String() spells", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(fromNumber(value)).toEqual(spelled(value));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    0.1 + 0.2,
    1.1,
    0.09999999999999999,
    9.999999999999998,
    1234.5,
    -0,
    2 ** 50 / 1e6,
    2 ** 50 / 1e6 + 0.5,
    2 ** 50 + 1,
    2 ** 53 - 1,
    2 ** 53 + 2,
    1e21,
    5e-324,
    123456789.123456,
    0.000001,
    0.0000015,
  ])("reads %p as String() spells it", (value) => {
    expect(fromNumber(value)).toEqual(spelled(value));
  });
});

describe("sumOf", () => {
  const fraction = fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.constantFrom(1n, 2n, 3n, 4n, 5n, 10n, 100n, 7n))
    .map(([num, den]) => rational(num, den));

  it("is the sum `add` gives, in lowest terms, whatever the denominators", () => {
    fc.assert(
      fc.property(fc.array(fraction, { maxLength: 40 }), (values) => {
        expect(sumOf(values)).toEqual(values.reduce(add, rational(0n)));
      }),
    );
  });
});

describe("text holding an exact number", () => {
  it.each([
    ["0.2019", 2019n, 10000n],
    ["2/3", 2n, 3n],
    ["1.5/2", 3n, 4n],
    [" 26 ", 26n, 1n],
    ["０．２９", 29n, 100n],
  ])("reads %p", (text, num, den) => {
    expect(parseRational(text)).toEqual({ num, den });
  });

  // Exponent text is a rounded display of a wide cell, not a figure anyone typed: see numberText.test.ts.
  it.each(["", "abc", "1/0", "1/2/3", "0.2.1", ".", "1.5e-3"])("gives nothing for %p", (text) => {
    expect(parseRational(text)).toBeUndefined();
  });

  it("keeps the sign of a decimal", () => {
    expect(parseDecimal("-0.5")).toEqual({ num: -1n, den: 2n });
  });
});

describe("arithmetic and output", () => {
  it("floors toward minus infinity, also for negatives", () => {
    expect(floor(rational(7n, 2n))).toBe(3n);
    expect(floor(rational(-7n, 2n))).toBe(-4n);
    expect(floor(rational(-6n, 2n))).toBe(-3n);
  });

  it("compares exactly where doubles cannot tell the numbers apart", () => {
    const a = rational(2n ** 60n + 1n, 3n);
    const b = rational(2n ** 60n, 3n);
    expect(toNumber(a)).toBe(toNumber(b));
    expect(compare(a, b)).toBe(1);
  });

  it.each([
    [rational(583n, 100n), "5.83"],
    [rational(2n, 3n), "2/3"],
    [rational(-1n, 8n), "-0.125"],
    [rational(26n), "26"],
  ])("writes %p as %p", (value, text) => {
    expect(toExactText(value)).toBe(text);
  });

  it("rounds to yen down or half-up, halves away from zero", () => {
    expect(roundToDecimals(rational(5n, 2n), 0, "half-up")).toEqual(rational(3n));
    expect(roundToDecimals(rational(5n, 2n), 0, "down")).toEqual(rational(2n));
    expect(roundToDecimals(rational(-5n, 2n), 0, "half-up")).toEqual(rational(-3n));
    expect(roundToDecimals(rational(-5n, 2n), 0, "down")).toEqual(rational(-2n));
  });

  it("rounds up away from zero, and leaves a value already at its places alone", () => {
    expect(roundToDecimals(rational(21n, 10n), 0, "up")).toEqual(rational(3n));
    expect(roundToDecimals(rational(-21n, 10n), 0, "up")).toEqual(rational(-3n));
    expect(roundToDecimals(rational(2n), 0, "up")).toEqual(rational(2n));
    expect(roundToDecimals(rational(1n, 3n), 2, "up")).toEqual(rational(34n, 100n));
  });
});

/**
 * The oracle: a double's exact value as a BigInt fraction, read from its bits, and the two
 * doubles beside it. `toNumber(a)` is correct when a lies between the midpoints to its
 * neighbours, and on a midpoint only when its last bit is even (ties to even).
 */
const bits = new DataView(new ArrayBuffer(8));
function exactOf(x: number): { num: bigint; den: bigint } {
  bits.setFloat64(0, Math.abs(x));
  const word = bits.getBigUint64(0);
  const biased = Number(word >> 52n);
  const mantissa = (word & ((1n << 52n) - 1n)) | (biased === 0 ? 0n : 1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  const num = (x < 0 ? -mantissa : mantissa) * (exponent > 0 ? 1n << BigInt(exponent) : 1n);
  return { num, den: exponent < 0 ? 1n << BigInt(-exponent) : 1n };
}
function nextAbove(x: number): number {
  if (x === 0) return 5e-324;
  bits.setFloat64(0, x);
  bits.setBigUint64(0, bits.getBigUint64(0) + (x > 0 ? 1n : -1n));
  return bits.getFloat64(0);
}
const nextBelow = (x: number) => -nextAbove(-x);
/** sign of p/q − r/s, by cross-multiplication (q, s > 0). */
const cmp = (p: bigint, q: bigint, r: bigint, s: bigint) => Math.sign(Number(p * s - r * q));
/** sign of a − (x + y)/2 */
function versusMidpoint(a: { num: bigint; den: bigint }, x: number, y: number): number {
  const ex = exactOf(x);
  const ey = exactOf(y);
  return cmp(a.num * 2n, a.den, ex.num * ey.den + ey.num * ex.den, ex.den * ey.den);
}
/** The correctly rounded double of num/den, checked against the oracle; undefined when correct. */
function roundingProblem(num: bigint, den: bigint): string | undefined {
  const a = rational(num, den);
  const x = toNumber(a);
  if (!Number.isFinite(x)) {
    // Past MAX + ulp/2 = 2^1024 − 2^970 rounds to infinity.
    const past = cmp(a.num < 0n ? -a.num : a.num, a.den, (1n << 1024n) - (1n << 970n), 1n);
    return past >= 0 ? undefined : `${num}/${den} gave ${x} below the overflow line`;
  }
  const above = nextAbove(x);
  const below = nextBelow(x);
  const upper = Number.isFinite(above) ? versusMidpoint(a, x, above) : -1;
  const lower = Number.isFinite(below) ? versusMidpoint(a, x, below) : 1;
  bits.setFloat64(0, x);
  const evenBits = (bits.getBigUint64(0) & 1n) === 0n;
  if (upper > 0 || lower < 0) return `${num}/${den} gave ${x}, not the nearest double`;
  if ((upper === 0 || lower === 0) && !evenBits) return `${num}/${den} gave ${x} on a tie, not the even neighbour`;
  return undefined;
}

describe("toNumber: the exact value correctly rounded to a double", () => {
  const big = (bitsWide: number) => fc.bigInt({ min: 1n, max: 1n << BigInt(bitsWide) });

  it("matches the oracle for numerators and denominators of any size", () => {
    fc.assert(
      fc.property(
        fc.oneof(big(30), big(60), big(200), big(1100)),
        fc.oneof(big(30), big(60), big(200), big(1100)),
        fc.boolean(),
        (num, den, negative) => {
          expect(roundingProblem(negative ? -num : num, den)).toBeUndefined();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("matches the oracle on and beside the midpoints between doubles (ties to even)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: 0 }),
        fc.constantFrom(-1n, 0n, 1n),
        (x, nudge) => {
          const above = nextAbove(x);
          if (!Number.isFinite(above)) return;
          const ex = exactOf(x);
          const ey = exactOf(above);
          // (x + above)/2, nudged by a hair of 1/(2^1200 · den) either way.
          const den = ex.den * ey.den * 2n * (1n << 1200n);
          const num = (ex.num * ey.den + ey.num * ex.den) * (1n << 1200n) + nudge;
          expect(roundingProblem(num, den)).toBeUndefined();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("agrees with the platform's correctly rounded decimal parse for decimal fractions", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 340 }), (m, places) => {
        const a = rational(m, 10n ** BigInt(places));
        expect(toNumber(a)).toBe(parseFloat(`${m}e-${places}`));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    // SIMPLIFIED(1234567, 927.6974690413932, …, "x"): the exact X is 1,145,304,681.2620256787444
    [multiply(rational(1234567n), fromNumber(927.6974690413932)), Number("1145304681.2620256787444")],
    // SIMPLIFIED(169861481, 70928226, …, "x"): an integer just past 2^53, once answered #NUM!
    [rational(12047973513062706n), 12047973513062706],
    [rational(10n ** 308n * 3n, 2n), 1.5e308],
    [rational(1n, 10n ** 330n), 0],
    [rational(5n, 10n ** 324n), 5e-324],
  ])("gives %p as %p", (value, expected) => {
    expect(toNumber(value)).toBe(expected);
  });

  it("gives infinity past the largest double, for the caller to refuse", () => {
    expect(toNumber(rational(1n << 1024n))).toBe(Infinity);
    expect(toNumber(rational(-(1n << 1024n)))).toBe(-Infinity);
  });
});
