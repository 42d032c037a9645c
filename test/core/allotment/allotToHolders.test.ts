import fc from "fast-check";
import { allot } from "../../../src/core/allotment/allot";
import { Allotter, type HolderTotals } from "../../../src/core/allotment/allotter";
import { allotToHolders } from "../../../src/core/allotment/allotToHolders";
import { holderFractionNumerators } from "../../../src/core/allotment/holderFractions";
import { DomainError } from "../../../src/core/errors";
import { fromNumber, rational, type Rational } from "../../../src/core/exact/rational";
import { decimalParts, oracleAllot } from "./oracle";

const SAFE = Number.MAX_SAFE_INTEGER;

/** The same value as a/b, whatever the terms: a·d = c·b. */
const sameRational = (r: Rational, num: bigint, den: bigint) => r.num * den === num * r.den;

/** A ratio as decimal text with up to 6 decimals, from 0.000001 to 1,000; the disclosures' ones mixed in. */
const ratioText = fc.oneof(
  fc.constantFrom("0.29", "0.2019", "0.0113", "0.714", "5.83", "26", "1", "0.000001", "999.999999"),
  fc
    .integer({ min: 0, max: 6 })
    .chain((decimals) => fc.tuple(fc.integer({ min: 1, max: 1000 * 10 ** decimals }), fc.constant(decimals)))
    .map(([digits, decimals]) => {
      const text = String(digits).padStart(decimals + 1, "0");
      return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
    }),
);

/** The ratio as Excel hands it over: the double nearest the typed decimal. */
const excelRatio = (text: string) => fromNumber(Number(text));

/** Totals as the oracle has them for these holdings: eligible and whole shares, and the pool. */
function expectOracleTotals(totals: HolderTotals, holdings: number[], text: string): void {
  const expected = oracleAllot(holdings, text);
  expect(totals.eligibleShares).toBe(holdings.reduce((sum, h) => sum + BigInt(h), 0n));
  expect(totals.wholeShares).toBe(expected.wholeShares);
  expect(sameRational(totals.fractionPool, expected.poolNumerator, expected.den)).toBe(true);
}

/** The largest holding whose allotment ⌊h·r⌋ still fits below 2^53. */
function largestHolding(text: string): number {
  const [num, den] = decimalParts(text);
  const byAllotment = (BigInt(SAFE) * den) / num;
  return Number(byAllotment < BigInt(SAFE) ? byAllotment : BigInt(SAFE));
}

describe("allotToHolders: the worked examples", () => {
  it("allots 80, 40 and 30 shares at 5.83: 466, 233, 174, pool 1.5", () => {
    const result = allot([80, 40, 30], fromNumber(5.83));
    expect(Array.from(result.whole)).toEqual([466, 233, 174]);
    expect(result.wholeShares).toBe(873n);
    expect(result.fractionPool).toEqual(rational(3n, 2n));
    expect(result.sharesSold).toBe(1n);
    expect(result.discarded).toEqual(rational(1n, 2n));
    expect(result.sharesToProvide).toBe(874n);
    expect(result.eligibleShares).toBe(150n);
  });

  it("allots 4 eligible shares at 26: 104 (2013)", () => {
    const result = allot([4], rational(26n));
    expect(result.sharesToProvide).toBe(104n);
    expect(result.fractionPool).toEqual(rational(0n));
  });

  it("gets 100 × 0.29 = 29, where a double product floors to 28", () => {
    expect(Array.from(allotToHolders([100, 1_000_000_000_000], fromNumber(0.29)).whole)).toEqual([29, 290_000_000_000]);
  });

  it("gives each holder's fraction as a numerator over the ratio's denominator", () => {
    const ratio = fromNumber(5.83);
    const { whole } = allotToHolders([80, 40, 30], ratio);
    expect(Array.from(holderFractionNumerators([80, 40, 30], whole, ratio))).toEqual([40, 20, 90]);
  });

  it("takes the BigInt path past 2^52 and stays exact", () => {
    const h = 4_000_000_000_000_000; // h × 2019 is far past 2^53
    const result = allotToHolders([h], fromNumber(0.2019));
    expect(result.whole[0]).toBe(Number((BigInt(h) * 2019n) / 10000n));
    expect(result.fractionPool).toEqual(rational((BigInt(h) * 2019n) % 10000n, 10000n));
  });

  it("keeps ratios whose denominator is beyond the fast path exact", () => {
    const ratio = rational(1n, 2n ** 51n + 1n);
    const h = [2 ** 52, 2 ** 52 + 3, 7];
    const result = allot(h, ratio);
    const expected = h.map((x) => (BigInt(x) * ratio.num) / ratio.den);
    expect(Array.from(result.whole).map(BigInt)).toEqual(expected);
    const pool = h.reduce((sum, x) => sum + ((BigInt(x) * ratio.num) % ratio.den), 0n);
    expect(sameRational(result.fractionPool, pool, ratio.den)).toBe(true);
  });

  it("sums whole shares past 2^53 exactly", () => {
    const result = allot([SAFE, SAFE, 1], rational(1n));
    expect(result.wholeShares).toBe(2n * BigInt(SAFE) + 1n);
    expect(result.eligibleShares).toBe(2n * BigInt(SAFE) + 1n);
  });
});

describe("allotToHolders: refusals", () => {
  it.each([
    [-1, /holder 2: -1 is negative/],
    [2.5, /holder 2: 2.5 is not a whole number/],
    [NaN, /holder 2: NaN is not a number of shares/],
    [2 ** 53, /holder 2: 9007199254740992 is beyond 9,007,199,254,740,991/],
  ])("refuses a holding of %p", (bad, message) => {
    expect(() => allotToHolders([10, bad, 10], fromNumber(0.5))).toThrow(message);
  });

  it("names the holder as the caller asks", () => {
    expect(() => allotToHolders([1, -3], rational(1n), (i) => `holdings row ${i + 5}`)).toThrow(
      /^holdings row 6: -3 is negative/,
    );
  });

  it("refuses an allotment past 2^53 shares", () => {
    expect(() => allotToHolders([SAFE], rational(2n))).toThrow(/past 9,007,199,254,740,991 shares/);
  });

  it.each([rational(0n), rational(-1n, 2n)])("refuses the ratio %p", (ratio) => {
    expect(() => allotToHolders([1], ratio)).toThrow(/ratio: .* is not above 0/);
  });

  it("refuses a ratio with more digits than a double holds", () => {
    expect(() => allotToHolders([1], rational(1n, 2n ** 60n))).toThrow(DomainError);
  });
});

describe("allotToHolders against the BigInt oracle", () => {
  /** Plain comparisons, not expect(): 100,000 runs must stay quick; fast-check reports the counterexample. */
  const agrees = (holdings: number[], text: string): boolean => {
    const expected = oracleAllot(holdings, text);
    const ratio = excelRatio(text);
    const actual = allot(holdings, ratio);
    const numerators = holderFractionNumerators(holdings, actual.whole, ratio);
    // Over the oracle's denominator 10^d the core's numerators (over q, lowest terms) scale by 10^d / q.
    const scale = expected.den / ratio.den;
    return (
      holdings.every(
        (_, i) =>
          BigInt(actual.whole[i]!) === expected.whole[i] && BigInt(numerators[i]!) * scale === expected.fractions[i],
      ) &&
      actual.wholeShares === expected.wholeShares &&
      sameRational(actual.fractionPool, expected.poolNumerator, expected.den) &&
      actual.sharesSold === expected.sold &&
      actual.sharesToProvide === expected.toProvide
    );
  };

  it("agrees for one holder, over 100,000 holdings and ratios", () => {
    fc.assert(
      fc.property(ratioText, fc.integer({ min: 0, max: 10_000_000_000 }), (text, h) => agrees([h], text)),
      { numRuns: 100_000 },
    );
  });

  it("agrees for registers of up to 60 holders, blank-free", () => {
    fc.assert(
      fc.property(ratioText, fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 60 }), (text, hs) =>
        agrees(hs, text),
      ),
      { numRuns: 20_000 },
    );
  });

  it("agrees for holdings near 2^53 / p, where the BigInt path takes over", () => {
    fc.assert(
      fc.property(
        ratioText,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (text, positions) => {
          const [num] = decimalParts(text);
          const top = largestHolding(text);
          const edge = Math.min(top, Math.floor(2 ** 52 / Number(num)));
          // Holdings spread between the fast path's edge and the largest the allotment allows.
          const holdings = positions.map((t) =>
            Math.max(0, Math.min(top, Math.floor(edge - 2 + t * (top - edge + 4)))),
          );
          return agrees(holdings, text);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("allots holder by holder as allotToHolders does, its totals right at any point, past 2^53 too", () => {
    fc.assert(
      fc.property(
        ratioText,
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 1_000_000 }),
            fc.integer({ min: 0, max: 2 ** 32 - 1 }),
            fc.constant(2 ** 52),
          ),
          { maxLength: 40 },
        ),
        fc.nat(),
        (text, hs, cut) => {
          const [num, den] = decimalParts(text);
          const holdings = hs.filter((h) => BigInt(h) * num <= BigInt(SAFE) * den);
          const allotter = new Allotter(excelRatio(text));
          const middle = cut % (holdings.length + 1);
          const whole = holdings.map((h, i) => {
            if (i === middle) expectOracleTotals(allotter.totals(), holdings.slice(0, i), text);
            return allotter.add(h);
          });
          expect(allotter.holders).toBe(holdings.length);
          expectOracleTotals(allotter.totals(), holdings, text);
          expect(whole.map(BigInt)).toEqual(oracleAllot(holdings, text).whole);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("keeps its sums exact over thousands of large holders, whose doubles would pass 2^53", () => {
    const holdings = Array.from({ length: 3_000 }, (_, i) => 2 ** 32 - 1 - i);
    for (const text of ["999.999999", "1000", "0.000001", "26"]) {
      const allotter = new Allotter(excelRatio(text));
      for (const h of holdings) allotter.add(h);
      expectOracleTotals(allotter.totals(), holdings, text);
    }
  });

  it("names a bad holder by the count of holders added before it", () => {
    const allotter = new Allotter(rational(26n), (i) => `holder #${i}`);
    allotter.add(1);
    allotter.add(2);
    expect(() => allotter.add(-1)).toThrow(/^holder #2: -1 is negative/);
    expect(() => allotter.add(2 ** 51)).toThrow(/^holder #2: 2251799813685248 shares × the ratio is past/);
    expect(allotter.totals().wholeShares).toBe(78n);
  });

  it("always provides ⌊eligible × r⌋ shares, however the holdings are spread", () => {
    fc.assert(
      fc.property(ratioText, fc.array(fc.integer({ min: 0, max: 100_000_000 }), { maxLength: 30 }), (text, hs) => {
        const [num, den] = decimalParts(text);
        const eligible = hs.reduce((a, b) => a + BigInt(b), 0n);
        expect(allot(hs, excelRatio(text)).sharesToProvide).toBe((eligible * num) / den);
      }),
      { numRuns: 2_000 },
    );
  });
});
