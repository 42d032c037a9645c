import fc from "fast-check";
import { ownership, roundedOwnership, sharesIssued } from "../../../src/core/transfer/proFormaOwnership";

describe("pro-forma ownership of a joint share transfer", () => {
  test("three companies: 1/3 each rounds to 33.34%, 33.33%, 33.33% (the first takes the spare unit)", () => {
    expect(roundedOwnership([100n, 100n, 100n], 10_000n)).toEqual([3334n, 3333n, 3333n]);
  });

  test("exact fractions and the shares issued", () => {
    expect(sharesIssued([600n, 300n, 100n])).toBe(1000n);
    expect(ownership([600n, 300n, 100n]).map((r) => `${r.num}/${r.den}`)).toEqual(["3/5", "3/10", "1/10"]);
  });

  test("all zero is refused", () => {
    expect(() => ownership([0n, 0n])).toThrow(/every allotment is 0/);
  });

  // Oracle: each rounded share is its exact share cut down or one unit up, they add to the whole, and
  // a company given the extra unit never has a smaller remainder than one denied it.
  test("up to 8 companies: sums to the whole, each within one unit, largest remainders first", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 8 }), (allotments) => {
        const total = allotments.reduce((s, a) => s + a, 0n);
        fc.pre(total > 0n);
        const units = 10_000n;
        const rounded = roundedOwnership(allotments, units);
        expect(rounded.reduce((s, r) => s + r, 0n)).toBe(units);
        const floors = allotments.map((a) => (a * units) / total);
        const rests = allotments.map((a) => (a * units) % total);
        rounded.forEach((r, i) => expect(r - floors[i]!).toBeGreaterThanOrEqual(0n));
        rounded.forEach((r, i) => expect(r - floors[i]!).toBeLessThanOrEqual(1n));
        rounded.forEach((r, i) =>
          rounded.forEach((s, j) => {
            if (r > floors[i]! && s === floors[j]!) expect(rests[i]! >= rests[j]!).toBe(true);
          }),
        );
      }),
    );
  });
});
