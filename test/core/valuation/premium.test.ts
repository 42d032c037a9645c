import fc from "fast-check";
import { compare, multiply, parseDecimal, toExactText } from "../../../src/core/exact/rational";
import { premium } from "../../../src/core/valuation/premium";
import { decimalText } from "./arbitraries";
import { cmp, equals, fraction, minus, over, times } from "./oracle";

const exact = (text: string) => parseDecimal(text)!;
const where = { offer: "offer", reference: "reference" };

describe("the premium", () => {
  test("an offer of 1,500 against a close of 1,200 is 25%", () => {
    expect(toExactText(premium(exact("1500"), exact("1200"), where))).toBe("0.25");
  });

  test("below the reference it is a discount (negative)", () => {
    expect(toExactText(premium(exact("900"), exact("1200"), where))).toBe("-0.25");
  });

  test("exact where binary floating point is not: 0.3 ÷ 0.1 − 1 is 2", () => {
    expect(0.3 / 0.1 - 1).not.toBe(2);
    expect(toExactText(premium(exact("0.3"), exact("0.1"), where))).toBe("2");
  });

  test.each([
    ["0", "1200", /^offer: 0 is not an offer above 0/],
    ["1500", "0", /^reference: 0 is not a reference price above 0/],
    ["1500", "-3", /^reference: -3 is not/],
  ])("refuses offer %s, reference %s", (offer, reference, message) => {
    expect(() => premium(exact(offer), exact(reference), where)).toThrow(message);
  });
});

describe("properties against the BigInt oracle", () => {
  test("a share deal's offer (ratio × acquirer price) over the reference, less 1, exactly", () => {
    fc.assert(
      fc.property(
        decimalText(100, 4, 0.0001),
        decimalText(500_000, 1, 0.1),
        decimalText(500_000, 1, 0.1),
        (ratio, acquirerPrice, reference) => {
          const offer = multiply(exact(ratio), exact(acquirerPrice));
          const found = premium(offer, exact(reference), where);
          const offered = times(fraction(ratio), fraction(acquirerPrice));
          expect(equals(found, minus(over(offered, fraction(reference)), [1n, 1n]))).toBe(true);
          // A premium exactly when the offer is above the reference.
          expect(Math.sign(compare(found, { num: 0n, den: 1n }))).toBe(cmp(offered, fraction(reference)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
