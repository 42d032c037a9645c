import fc from "fast-check";
import { allotToHolders } from "../../../src/core/allotment/allotToHolders";
import { fractionCash } from "../../../src/core/allotment/fractionCash";
import { holderFractionNumerators } from "../../../src/core/allotment/holderFractions";
import { add, fromNumber, rational, type Rational } from "../../../src/core/exact/rational";
import { messages } from "../../../src/core/messages";
import { oracleAllot } from "./oracle";

/** 80, 40, 30 shares at 5.83: fractions 0.4, 0.2, 0.9 = 40, 20, 90 hundredths; 1 share sold. */
const numerators = [40, 20, 90];

describe("fractionCash: the proceeds of the shares sold, pro rata to the fractions", () => {
  it("rounds down by default and shows the yen left over", () => {
    const cash = fractionCash(numerators, 100n, rational(1000n));
    expect(Array.from(cash.cash)).toEqual([266, 133, 600]);
    expect(cash.paid).toEqual(rational(999n));
    expect(cash.residual).toEqual(rational(1n));
  });

  it("rounds half-up on request, which can pay out more than was received", () => {
    const cash = fractionCash(numerators, 100n, rational(1000n), "half-up");
    expect(Array.from(cash.cash)).toEqual([267, 133, 600]);
    expect(cash.residual).toEqual(rational(0n));
    const over = fractionCash([50, 50, 100], 100n, rational(1001n), "half-up"); // 250.25, 250.25, 500.5
    expect(Array.from(over.cash)).toEqual([250, 250, 501]);
    expect(over.residual).toEqual(rational(0n));
    const short = fractionCash([1, 1], 1n, rational(3n), "half-up"); // 1.5 each
    expect(Array.from(short.cash)).toEqual([2, 2]);
    expect(short.residual).toEqual(rational(-1n));
  });

  it("pays the unrounded shares with 'none', and all of the proceeds", () => {
    const cash = fractionCash(numerators, 100n, rational(1000n), "none");
    expect(cash.cash[0]).toBeCloseTo(266.6667, 4);
    expect(cash.cash[1]).toBeCloseTo(133.3333, 4);
    expect(cash.cash[2]).toBe(600);
    expect(cash.paid).toEqual(rational(1000n));
    expect(cash.residual).toEqual(rational(0n));
  });

  it("pays holders without a fraction nothing", () => {
    expect(Array.from(fractionCash([0, 150, 0], 100n, rational(500n)).cash)).toEqual([0, 500, 0]);
  });

  it("takes proceeds with sen and keeps the residual exact", () => {
    const cash = fractionCash([1, 2], 1n, rational(10005n, 10n)); // 1,000.5 yen
    expect(Array.from(cash.cash)).toEqual([333, 667]);
    expect(cash.residual).toEqual(rational(1n, 2n));
  });

  it("pays nothing from no proceeds", () => {
    const cash = fractionCash(numerators, 100n, rational(0n));
    expect(Array.from(cash.cash)).toEqual([0, 0, 0]);
    expect(cash.residual).toEqual(rational(0n));
  });

  it("refuses proceeds when no whole share was sold", () => {
    expect(() => fractionCash([40, 20], 100n, rational(500n))).toThrow(messages.allotment.proceedsWithoutSale("500"));
    expect(() => fractionCash([0, 0], 100n, rational(500n))).toThrow(/no whole share/);
  });

  it("refuses negative proceeds", () => {
    expect(() => fractionCash(numerators, 100n, rational(-1n))).toThrow(messages.allotment.negativeProceeds("-1"));
  });

  it("agrees with cashᵢ = ⌊proceeds × fᵢ / F⌋ worked out on BigInt, and never pays out more", () => {
    const ratioText = fc.constantFrom("0.29", "0.2019", "0.0113", "0.714", "5.83", "1.000001", "0.333333");
    fc.assert(
      fc.property(
        ratioText,
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (text, holdings, yen) => {
          const expected = oracleAllot(holdings, text);
          if (expected.sold === 0n) yen = 0;
          const ratio = fromNumber(Number(text));
          const { whole } = allotToHolders(holdings, ratio);
          const cash = fractionCash(holderFractionNumerators(holdings, whole, ratio), ratio.den, rational(BigInt(yen)));
          const paid = Array.from(cash.cash).reduce((a, b) => a + b, 0);
          const holdersWithFractions = expected.fractions.filter((f) => f > 0n).length;
          return (
            expected.fractions.every(
              (f, i) =>
                expected.poolNumerator === 0n || BigInt(cash.cash[i]!) === (BigInt(yen) * f) / expected.poolNumerator,
            ) &&
            same(add(cash.paid, cash.residual), rational(BigInt(yen))) &&
            paid <= yen &&
            // Rounding down leaves less than one yen per holder with a fraction.
            yen - paid < Math.max(1, holdersWithFractions)
          );
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

const same = (a: Rational, b: Rational) => a.num * b.den === b.num * a.den;
