import fc from "fast-check";
import { parseDecimal, toExactText, ZERO } from "../../../src/core/exact/rational";
import { netAssetsPerShare } from "../../../src/core/valuation/netAssetsPerShare";
import { decimalText } from "./arbitraries";
import { equals, fraction, minus, over, plus, times } from "./oracle";

const exact = (text: string) => parseDecimal(text)!;

describe("adjusted net assets per share", () => {
  test("IIJ Exlayer's stated equity: JPY 83 million over 4,000 shares is 20,750", () => {
    const found = netAssetsPerShare({
      netAssets: exact("83000000"),
      issued: 4000n,
      treasury: 0n,
      adjustments: [],
      taxRate: ZERO,
    });
    expect(toExactText(found)).toBe("20750");
  });

  test("unrealised gains and losses net of tax, over shares outstanding", () => {
    // (1,000,000 + (300,000 − 100,000) × (1 − 0.3)) ÷ (1,000 − 100) = 1,140,000 ÷ 900.
    const found = netAssetsPerShare({
      netAssets: exact("1000000"),
      issued: 1000n,
      treasury: 100n,
      adjustments: [exact("300000"), exact("-100000")],
      taxRate: exact("0.3"),
    });
    expect(toExactText(found)).toBe("3800/3");
  });

  test.each([
    [{ issued: 0n }, /^issued: a company has at least 1 share issued/],
    [{ treasury: 4000n }, /^treasury: 4000 leaves no shares outstanding of 4000 issued/],
    [{ taxRate: "1" }, /^tax_rate: 1 is not a tax rate from 0 up to/],
    [{ taxRate: "-0.1" }, /^tax_rate: -0.1 is not a tax rate/],
  ])("refuses %p", (given: { issued?: bigint; treasury?: bigint; taxRate?: string }, message) => {
    const call = () =>
      netAssetsPerShare({
        netAssets: exact("83000000"),
        issued: given.issued ?? 4000n,
        treasury: given.treasury ?? 0n,
        adjustments: [],
        taxRate: exact(given.taxRate ?? "0"),
      });
    expect(call).toThrow(message);
  });

  test("properties: equals the oracle for any net assets, adjustments and rate", () => {
    fc.assert(
      fc.property(
        decimalText(10_000_000_000, 0, -10_000_000_000),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(decimalText(1_000_000_000, 0, -1_000_000_000), { maxLength: 5 }),
        decimalText(0.9999, 4, 0),
        (netAssets, issued, treasuryPercent, adjustments, rate) => {
          const treasury = Math.floor(((issued - 1) * treasuryPercent) / 100);
          const found = netAssetsPerShare({
            netAssets: exact(netAssets),
            issued: BigInt(issued),
            treasury: BigInt(treasury),
            adjustments: adjustments.map(exact),
            taxRate: exact(rate),
          });
          const gains = adjustments.map(fraction).reduce(plus, [0n, 1n] as const);
          const afterTax = times(gains, minus([1n, 1n], fraction(rate)));
          expect(equals(found, over(plus(fraction(netAssets), afterTax), [BigInt(issued - treasury), 1n]))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
