import fc from "fast-check";
import { DomainError } from "../../../src/core/errors";
import { compare, parseDecimal, toExactText } from "../../../src/core/exact/rational";
import { applyRounding } from "../../../src/core/market/rounding";
import { ratioRange, valueRange } from "../../../src/core/valuation/ratioRange";
import { decimalText, roundingMode } from "./arbitraries";
import { equals, fraction, over, roundTo } from "./oracle";

const exact = (text: string) => parseDecimal(text)!;
const range = (low: string, high: string, side: "target" | "acquirer") => valueRange(exact(low), exact(high), side);

describe("the ratio range of a method", () => {
  test("target low ÷ acquirer high to target high ÷ acquirer low", () => {
    const found = ratioRange(range("20000", "21000", "target"), range("900", "1000", "acquirer"));
    expect(toExactText(found.low)).toBe("20");
    expect(toExactText(found.high)).toBe("70/3");
  });

  test("a single value per side gives one ratio", () => {
    const found = ratioRange(range("20750", "20750", "target"), range("3300", "3300", "acquirer"));
    expect(found.low).toEqual(found.high);
    expect(toExactText(found.low)).toBe("415/66");
  });

  test.each([
    ["21000", "20000", "target", /^target_low: 21000 is above target_high 20000/],
    ["0", "100", "acquirer", /^acquirer_low: 0 is not a per-share value above 0/],
    ["-5", "100", "target", /^target_low: -5 is not/],
    ["100", "-1", "acquirer", /^acquirer_high: -1 is not/],
  ] as const)("refuses low %s, high %s for the %s", (low, high, side, message) => {
    expect(() => range(low, high, side)).toThrow(DomainError);
    expect(() => range(low, high, side)).toThrow(message);
  });
});

describe("properties against the BigInt oracle", () => {
  const pair = fc
    .tuple(decimalText(1_000_000, 2, 0.01), decimalText(1_000_000, 2, 0.01))
    .map(([a, b]): [string, string] => (compare(exact(a), exact(b)) <= 0 ? [a, b] : [b, a]));

  test("exact: each end is the oracle's quotient, and low ≤ high", () => {
    fc.assert(
      fc.property(pair, pair, ([tl, th], [al, ah]) => {
        const found = ratioRange(range(tl, th, "target"), range(al, ah, "acquirer"));
        expect(equals(found.low, over(fraction(tl), fraction(ah)))).toBe(true);
        expect(equals(found.high, over(fraction(th), fraction(al)))).toBe(true);
        expect(compare(found.low, found.high)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  test("rounded to any decimals in any mode, each end is the oracle's rounding, and low ≤ high still", () => {
    fc.assert(
      fc.property(pair, pair, fc.integer({ min: 0, max: 6 }), roundingMode, ([tl, th], [al, ah], places, mode) => {
        const found = ratioRange(range(tl, th, "target"), range(al, ah, "acquirer"));
        const rounding = { decimals: places, mode };
        const low = applyRounding(found.low, rounding);
        const high = applyRounding(found.high, rounding);
        expect(equals(low, roundTo(over(fraction(tl), fraction(ah)), places, mode))).toBe(true);
        expect(equals(high, roundTo(over(fraction(th), fraction(al)), places, mode))).toBe(true);
        expect(compare(low, high)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});
