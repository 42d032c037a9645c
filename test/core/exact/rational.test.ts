import fc from "fast-check";
import { DomainError } from "../../../src/core/errors";
import {
  add,
  compare,
  floor,
  fromNumber,
  multiply,
  parseDecimal,
  parseRational,
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
    ["1.5e-3", 3n, 2000n],
  ])("reads %p", (text, num, den) => {
    expect(parseRational(text)).toEqual({ num, den });
  });

  it.each(["", "abc", "1/0", "1/2/3", "0.2.1", "."])("gives nothing for %p", (text) => {
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
