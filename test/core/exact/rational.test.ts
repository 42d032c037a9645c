import { DomainError } from "../../../src/core/errors";
import {
  compare,
  floor,
  fromNumber,
  multiply,
  parseDecimal,
  parseRational,
  rational,
  roundToDecimals,
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
});
