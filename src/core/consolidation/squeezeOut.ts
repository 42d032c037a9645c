/**
 * The design of a squeeze-out consolidation (DOMAIN §11): a ratio at which every holder but the
 * acquirer ends below one share, the acquirer keeps at least one, and the pooled fractions make
 * at least one whole share, so that something can be sold (CA 235) (verify). The company's
 * treasury shares are consolidated too; their fraction joins the pool, and they need not end
 * below one share (they carry no vote; they are usually cancelled before the effective date).
 * This states a test result, not legal advice.
 */
import { allotmentTotals } from "../allotment/allot";
import { Allotter } from "../allotment/allotter";
import { assertShareCount } from "../allotment/shareCount";
import { notAvailable } from "../errors";
import type { Rational } from "../exact/rational";
import { consolidationAllotment } from "./consolidationRatio";

export interface SqueezeOutTest {
  readonly qualifies: boolean;
  /** The most shares any other holder keeps after: 0 for a squeeze-out. */
  readonly largestOtherAfter: number;
  /** The acquirer's shares after: 1 or more. */
  readonly acquirerAfter: number;
  /** F over every holder, the acquirer and the treasury shares included. */
  readonly fractionPool: Rational;
  /** ⌊F⌋: 1 or more. */
  readonly sold: bigint;
}

/** The three conditions at a ratio (the shares that become one). */
export function squeezeOutTest(
  others: ArrayLike<number>,
  acquirer: number,
  treasury: number,
  ratio: Rational,
  holderName?: (index: number) => string,
): SqueezeOutTest {
  const allotter = new Allotter(consolidationAllotment(ratio), holderName);
  let largestOtherAfter = 0;
  for (let i = 0; i < others.length; i++) largestOtherAfter = Math.max(largestOtherAfter, allotter.add(others[i]!));
  const acquirerAfter = allotter.add(assertShareCount(acquirer, "acquirer"));
  allotter.add(assertShareCount(treasury, "treasury"));
  const totals = allotmentTotals(allotter.totals());
  return {
    qualifies: largestOtherAfter === 0 && acquirerAfter >= 1 && totals.sharesSold >= 1n,
    largestOtherAfter,
    acquirerAfter,
    fractionPool: totals.fractionPool,
    sold: totals.sharesSold,
  };
}

/** How far the search for a ratio goes before it says so, so that a sheet never hangs. */
export const RATIO_SEARCH_LIMIT = 1_000_000;

/**
 * The smallest whole ratio n ≥ `from` (and ≤ the acquirer's holding a) that passes: above the
 * largest other holding m every other holder's shares go whole into the pool, so the pool is
 * (S + a mod n + t mod n) / n with S = Σ others, and it reaches one share when that numerator ≥ n.
 */
function firstPassing(sum: bigint, acquirer: bigint, treasury: bigint, from: bigint, step: bigint): bigint | undefined {
  let n = from;
  for (let tries = 0; n <= acquirer && tries < RATIO_SEARCH_LIMIT; tries++, n += step) {
    if (sum + (acquirer % n) + (treasury % n) >= n) return n;
  }
  if (n <= acquirer) {
    notAvailable(
      `No ratio passes among the ${RATIO_SEARCH_LIMIT.toLocaleString("en-US")} tried from ${from}: the pool stays below one share; type a ratio and check it with SQUEEZE_OUT_TEST.`,
    );
  }
  return undefined;
}

/** The largest other holding and the others' total, checked. */
function othersFigures(others: ArrayLike<number>): { largest: bigint; sum: bigint } {
  let largest = 0;
  let sum = 0n;
  for (let i = 0; i < others.length; i++) {
    const h = others[i]!;
    if (h > largest) largest = h;
    sum += BigInt(h);
  }
  return { largest: BigInt(largest), sum };
}

/** The smallest whole ratio that passes squeezeOutTest; #N/A when none can. */
export function smallestSqueezeOutRatio(others: ArrayLike<number>, acquirer: number, treasury: number): bigint {
  const { largest, sum } = othersFigures(others);
  const a = BigInt(assertShareCount(acquirer, "acquirer"));
  const t = BigInt(assertShareCount(treasury, "treasury"));
  if (a <= largest) {
    notAvailable(
      `acquirer: ${a} shares are not more than the largest other holding, ${largest}: no ratio leaves the acquirer a share and every other holder none.`,
    );
  }
  const from = largest + 1n > 2n ? largest + 1n : 2n;
  return (
    firstPassing(sum, a, t, from, 1n) ??
    notAvailable(
      `No ratio up to the acquirer's ${a} shares makes the pooled fractions one whole share: nothing could be sold (CA 235).`,
    )
  );
}

/**
 * The round ratios a user would pick at 1, 2 and 3 significant figures (8,000,000, 7,200,000 and
 * 7,120,000 for a smallest of 7,112,132): the smallest ratio rounded up at that precision, and the
 * next round one up while the pool falls short. undefined where none up to the acquirer passes.
 */
export function roundSqueezeOutRatios(
  others: ArrayLike<number>,
  acquirer: number,
  treasury: number,
): (bigint | undefined)[] {
  const smallest = smallestSqueezeOutRatio(others, acquirer, treasury);
  const { sum } = othersFigures(others);
  const a = BigInt(acquirer);
  const t = BigInt(treasury);
  const digits = smallest.toString().length;
  return [1, 2, 3].map((figures) => {
    const place = 10n ** BigInt(Math.max(digits - figures, 0));
    const rounded = ((smallest + place - 1n) / place) * place;
    return firstPassing(sum, a, t, rounded, place);
  });
}
