import { cashCheck } from "../../../src/core/consolidation/cashCheck";
import { consolidationAllotment } from "../../../src/core/consolidation/consolidationRatio";
import { expectedCash } from "../../../src/core/consolidation/expectedCash";
import { rational } from "../../../src/core/exact/rational";

describe("consolidationAllotment: the shares that become one, as 1/ratio of a share per share", () => {
  it("inverts the ratio, whole or not", () => {
    expect(consolidationAllotment(rational(10n))).toEqual(rational(1n, 10n));
    expect(consolidationAllotment(rational(9576501n, 7n))).toEqual(rational(7n, 9576501n));
  });

  it("refuses 1 or less: no consolidation", () => {
    expect(() => consolidationAllotment(rational(1n))).toThrow(/not above 1/);
    expect(() => consolidationAllotment(rational(2n, 3n))).toThrow(/not above 1/);
  });
});

describe("expectedCash: price × the shares before each fraction stands for", () => {
  // Ratio 9576501/7: allotment 7/9576501, fraction numerators over 9,576,501; shares before nᵢ/7.
  const allotment = rational(7n, 9576501n);

  it("rounds down by default and totals the yen stated", () => {
    const cash = expectedCash([7000000, 10], allotment, rational(4620n));
    // 1,000,000 shares × 4,620; 10/7 of a share × 4,620 = 6,600.
    expect(Array.from(cash.cash)).toEqual([4620000000, 6600]);
    expect(cash.total).toEqual(rational(4620006600n));
  });

  it("keeps the exact total when unrounded, and halves up on request", () => {
    const none = expectedCash([1, 2], allotment, rational(1n), "none");
    expect(none.total).toEqual(rational(3n, 7n));
    expect(none.cash[0]).toBeCloseTo(1 / 7, 15);
    expect(Array.from(expectedCash([4], allotment, rational(1n), "half-up").cash)).toEqual([1]); // 4/7
    expect(Array.from(expectedCash([4], allotment, rational(1n), "down").cash)).toEqual([0]);
  });

  it("refuses a negative price", () => {
    expect(() => expectedCash([1], allotment, rational(-1n))).toThrow(/negative/);
  });
});

describe("cashCheck: the proceeds that pay every holder the expected cash", () => {
  it("needs price × ratio × pool, and states the sale price per share after", () => {
    // Ratio 100: pool 160/100 = 1.6 shares after, 160 shares before; 1 share sold.
    const check = cashCheck(160n, rational(1n, 100n), rational(500n), rational(50000n), 1n);
    expect(check.proceedsNeeded).toEqual(rational(80000n));
    expect(check.salePriceNeeded).toEqual(rational(80000n));
    expect(check.shortfall).toEqual(rational(30000n));
    expect(check.covers).toBe(false);
    expect(cashCheck(160n, rational(1n, 100n), rational(500n), rational(80000n), 1n).covers).toBe(true);
  });

  it("has no sale price when nothing is sold", () => {
    expect(cashCheck(30n, rational(1n, 100n), rational(500n), rational(0n), 0n).salePriceNeeded).toBeUndefined();
  });
});
