import fc from "fast-check";
import { compare, parseDecimal, roundToDecimals, toExactText } from "../../../src/core/exact/rational";
import { variableRatio } from "../../../src/core/valuation/variableRatio";
import { decimalText } from "./arbitraries";
import { cmp, equals, fraction, over } from "./oracle";

const exact = (text: string) => parseDecimal(text)!;

describe("the variable ratio", () => {
  test("M3 / Mediscience Planning 2014: ¥3,500 ÷ ¥309,734.2 is 0.0113 to 4 places", () => {
    const ratio = variableRatio(exact("3500"), exact("309734.2"));
    expect(toExactText(roundToDecimals(ratio, 4, "half-up"))).toBe("0.0113");
    expect(toExactText(ratio)).toBe("17500/1548671"); // 35,000 / 3,097,342 in lowest terms
  });

  test("a floor and a cap hold the price", () => {
    expect(toExactText(variableRatio(exact("1100"), exact("800"), { floor: exact("1000") }))).toBe("1.1");
    expect(toExactText(variableRatio(exact("1100"), exact("2500"), { cap: exact("2200") }))).toBe("0.5");
    expect(toExactText(variableRatio(exact("1100"), exact("1100"), { floor: exact("1000"), cap: exact("2200") }))).toBe(
      "1",
    );
  });

  test.each([
    [{ amount: "0" }, /^amount: 0 is not a yen amount above 0/],
    [{ average: "-1" }, /^average_price: -1 is not a price above 0/],
    [{ floor: "0" }, /^floor_price: 0 is not a price above 0/],
    [{ cap: "-2" }, /^cap_price: -2 is not a price above 0/],
    [{ floor: "2000", cap: "1000" }, /^floor_price: 2000 is above cap_price 1000/],
  ])("refuses %j", (given: { amount?: string; average?: string; floor?: string; cap?: string }, message) => {
    const call = () =>
      variableRatio(exact(given.amount ?? "3500"), exact(given.average ?? "3000"), {
        floor: given.floor === undefined ? undefined : exact(given.floor),
        cap: given.cap === undefined ? undefined : exact(given.cap),
      });
    expect(call).toThrow(message);
  });
});

describe("properties against the BigInt oracle", () => {
  const price = decimalText(1_000_000, 1, 0.1);

  test("amount ÷ the average held between floor and cap, on either side of and exactly at each boundary", () => {
    fc.assert(
      fc.property(
        decimalText(100_000, 0, 1),
        fc.tuple(price, price).map(([a, b]) => (cmp(fraction(a), fraction(b)) <= 0 ? [a, b] : [b, a])),
        fc.constantFrom("below", "at floor", "inside", "at cap", "above"),
        fc.boolean(),
        fc.boolean(),
        (amount, [floor, cap], where, withFloor, withCap) => {
          // The average drawn relative to the bounds, so the boundaries themselves are hit.
          const average = { below: floor, "at floor": floor, inside: floor, "at cap": cap, above: cap }[where];
          const shifted =
            where === "below"
              ? `${Math.max(0.1, Number(average) / 2).toFixed(1)}`
              : where === "above"
                ? `${Number(average) * 2}`
                : average;
          const bounds = { floor: withFloor ? exact(floor!) : undefined, cap: withCap ? exact(cap!) : undefined };
          const found = variableRatio(exact(amount), exact(shifted!), bounds);
          let used = fraction(shifted!);
          if (withFloor && cmp(used, fraction(floor!)) < 0) used = fraction(floor!);
          if (withCap && cmp(used, fraction(cap!)) > 0) used = fraction(cap!);
          expect(equals(found, over(fraction(amount), used))).toBe(true);
          // Never more shares than the floor allows, nor fewer than the cap gives.
          if (withFloor) expect(compare(found, variableRatio(exact(amount), exact(floor!)))).toBeLessThanOrEqual(0);
          if (withCap) expect(compare(found, variableRatio(exact(amount), exact(cap!)))).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
