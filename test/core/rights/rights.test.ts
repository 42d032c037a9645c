import fc from "fast-check";
import { parseDecimal, rational, toExactText } from "../../../src/core/exact/rational";
import { exercisePriceAfter, PRICE_ROUNDINGS } from "../../../src/core/rights/exercisePrice";
import { sharesPerRightAfter } from "../../../src/core/rights/sharesPerRight";

const exact = (text: string) => parseDecimal(text)!;

describe("stock acquisition rights after the transaction", () => {
  test("100 shares per right at ratio 0.5: 50 shares at 2,000 yen (1,000 ÷ 0.5)", () => {
    expect(sharesPerRightAfter(rational(100n), exact("0.5"))).toBe(50n);
    expect(toExactText(exercisePriceAfter(rational(1000n), exact("0.5"), "up"))).toBe("2000");
  });

  test("a ratio typed as 0.29: 100 × 0.29 is exactly 29, not 28", () => {
    expect(sharesPerRightAfter(rational(100n), exact("0.29"))).toBe(29n);
  });

  test("1,000 ÷ 0.3 = 3,333.33…: up 3,334, half-up 3,333, down 3,333, none exact", () => {
    const price = (mode: (typeof PRICE_ROUNDINGS)[number]) =>
      toExactText(exercisePriceAfter(rational(1000n), exact("0.3"), mode));
    expect([price("up"), price("half-up"), price("down"), price("none")]).toEqual(["3334", "3333", "3333", "10000/3"]);
    expect(toExactText(exercisePriceAfter(rational(1001n), rational(2n), "half-up"))).toBe("501"); // 500.5
  });

  // An oracle in plain BigInt: p/q ÷ (a/b) = p·b / (q·a), and the integer arithmetic of each rounding.
  test("each rounding against BigInt integer division", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.bigInt({ min: 1n, max: 10n ** 4n }),
        (yen, a, b, shares) => {
          const num = yen * b;
          const den = a;
          const down = num / den;
          const up = num % den === 0n ? down : down + 1n;
          const halfUp = (2n * num + den) / (2n * den);
          const ratio = rational(a, b);
          expect(exercisePriceAfter(rational(yen), ratio, "down")).toEqual(rational(down));
          expect(exercisePriceAfter(rational(yen), ratio, "up")).toEqual(rational(up));
          expect(exercisePriceAfter(rational(yen), ratio, "half-up")).toEqual(rational(halfUp));
          expect(sharesPerRightAfter(rational(shares), ratio)).toBe((shares * a) / b);
        },
      ),
    );
  });
});
