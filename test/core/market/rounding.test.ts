import { DomainError } from "../../../src/core/errors";
import { parseRational } from "../../../src/core/exact/numberText";
import { rational, roundToDecimals, toExactText } from "../../../src/core/exact/rational";
import { applyRounding, decimalsRounding, parseRounding } from "../../../src/core/market/rounding";

const exact = (text: string) => parseRational(text)!;

describe("rounding to decimals", () => {
  test.each([
    ["2.345", 2, "half-up", "2.35"],
    ["2.344999", 2, "half-up", "2.34"],
    ["2.349", 2, "down", "2.34"],
    ["1234.5", 0, "half-up", "1235"],
    ["1234.99", 0, "down", "1234"],
    ["-2.345", 2, "half-up", "-2.35"],
    ["-2.349", 2, "down", "-2.34"],
  ] as const)("%s to %i places, %s → %s", (value, decimals, mode, expected) => {
    expect(toExactText(roundToDecimals(exact(value), decimals, mode))).toBe(expected);
  });

  test("a third, half-up to 2 places, is 0.33", () => {
    expect(toExactText(roundToDecimals(rational(1n, 3n), 2, "half-up"))).toBe("0.33");
    expect(toExactText(roundToDecimals(rational(2n, 3n), 2, "half-up"))).toBe("0.67");
  });
});

describe("the rounding argument", () => {
  test.each([
    [undefined, undefined],
    [2, { mode: "half-up", decimals: 2 }],
    ["2", { mode: "half-up", decimals: 2 }],
    ["half-up 2", { mode: "half-up", decimals: 2 }],
    ["Half Up 1", { mode: "half-up", decimals: 1 }],
    ["down 0", { mode: "down", decimals: 0 }],
    ["DOWN 2", { mode: "down", decimals: 2 }],
    ["四捨五入 2", { mode: "half-up", decimals: 2 }],
    ["切り捨て 0", { mode: "down", decimals: 0 }],
    ["切捨て０", { mode: "down", decimals: 0 }],
  ])("%p", (value, expected) => expect(parseRounding(value)).toEqual(expected));

  test.each([-1, 2.5, 11, "up 2", "half-up", "2 down", "half-even 2"])("%p is refused", (value) => {
    expect(() => parseRounding(value)).toThrow(DomainError);
    expect(() => parseRounding(value)).toThrow(/^rounding: .* such as "half-up 2" or "down 0"/);
  });

  test("no rounding leaves the exact value", () => {
    expect(applyRounding(rational(1n, 3n), undefined)).toEqual(rational(1n, 3n));
    expect(toExactText(applyRounding(exact("1234.567"), parseRounding("down 1")))).toBe("1234.5");
  });
});

describe("the valuation functions' decimals and rounding", () => {
  test.each([
    [undefined, undefined, undefined],
    [4, undefined, { mode: "half-up", decimals: 4 }],
    ["2", "down", { mode: "down", decimals: 2 }],
    [3, "up", { mode: "up", decimals: 3 }],
    [2, "切り上げ", { mode: "up", decimals: 2 }],
    [0, "Half-Up", { mode: "half-up", decimals: 0 }],
  ])("decimals %p, rounding %p", (decimals, mode, expected) => {
    expect(decimalsRounding(decimals, mode)).toEqual(expected);
  });

  test.each([
    [-1, undefined, /^decimals: -1 is not a number of decimal places/],
    [2.5, undefined, /^decimals: 2.5 is not/],
    [11, undefined, /^decimals: 11 is not/],
    ["two", undefined, /^decimals: "two" is not/],
    [2, "nearest", /^rounding: "nearest" is not a rounding/],
    [undefined, "down", /^rounding: "down" needs decimals/],
  ])("decimals %p, rounding %p are refused", (decimals, mode, message) => {
    expect(() => decimalsRounding(decimals, mode)).toThrow(message);
  });

  test("up takes any rest away from zero, as ROUNDUP", () => {
    expect(toExactText(applyRounding(exact("0.01130001"), decimalsRounding(4, "up")))).toBe("0.0114");
    expect(toExactText(applyRounding(exact("-0.01130001"), decimalsRounding(4, "up")))).toBe("-0.0114");
    expect(toExactText(applyRounding(exact("0.0113"), decimalsRounding(4, "up")))).toBe("0.0113");
  });
});
