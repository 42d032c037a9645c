import { invalid } from "../errors";
import { rational, type Rational } from "../exact/rational";
import { allotmentRatio } from "./allotmentRatio";
import { assertShareCount } from "./shareCount";
import { shareTotal } from "./shareTotal";

/** The totals of allotting to every holder, without the per-holder figures. */
export interface HolderTotals {
  readonly ratio: Rational;
  /** Σhᵢ: the shares that receive an allotment. */
  readonly eligibleShares: bigint;
  /** Σwᵢ. */
  readonly wholeShares: bigint;
  /** F = Σfᵢ with fᵢ = hᵢ·r − wᵢ (CA 234(1)): the fractions pooled for sale. */
  readonly fractionPool: Rational;
}

/** Each holder's whole shares and the fraction pool they leave behind. */
export interface HolderAllotment extends HolderTotals {
  /** wᵢ = ⌊hᵢ·r⌋, in the order of the holdings. */
  readonly whole: Float64Array;
}

const TWO_52 = 2 ** 52;
/** Above this denominator w·q could pass 2^53 and stop being exact; such ratios take the BigInt path. */
const FAST_DENOMINATOR = 2 ** 50;

/**
 * Allots r surviving-company shares per share to each holder (holdings of one person already
 * merged across brokers): wᵢ = ⌊hᵢ·r⌋, and pools the fractions.
 *
 * Exact, and fast enough for a register of millions: with r = p/q, while hᵢ·p ≤ 2^52 every
 * product below is an exact integer in a double, so w = ⌊hᵢ·(p/q)⌋ from the float product is
 * checked by its remainder hᵢ·p − w·q, which must lie in [0, q). Any holder that fails the check
 * (a rounding step, a huge holding, bad input) is done again on BigInt. No object per holder.
 * `holderName(i)` names holder i in messages ("holdings row 3"); by default "holder i+1".
 */
export function allotToHolders(
  holdings: ArrayLike<number>,
  ratio: Rational,
  holderName?: (index: number) => string,
): HolderAllotment {
  const whole = new Float64Array(holdings.length);
  return { ...allotInto(whole, holdings, ratio, holderName), whole };
}

/** allotToHolders for a caller that answers totals only: the same pass, no array of n figures. */
export function allotTotals(
  holdings: ArrayLike<number>,
  ratio: Rational,
  holderName?: (index: number) => string,
): HolderTotals {
  return allotInto(undefined, holdings, ratio, holderName);
}

/** The one pass behind both: wᵢ written to `whole` when given. */
function allotInto(
  whole: Float64Array | undefined,
  holdings: ArrayLike<number>,
  ratio: Rational,
  holderName: (index: number) => string = (index) => `holder ${index + 1}`,
): HolderTotals {
  const { num: P, den: Q } = allotmentRatio(ratio);
  const p = Number(P);
  const q = Number(Q);
  const r = p / q;
  // x ≤ hMax keeps x·p ≤ 2^52; `x >>> 0 === x` (x a whole number below 2^32) is the cheapest test.
  const hMax = q <= FAST_DENOMINATOR ? Math.min(Math.floor(TWO_52 / p), 2 ** 32 - 1) : -1;
  // Remainders are summed in a double, flushed to BigInt before the sum could pass 2^52.
  const chunk = Math.max(1, Math.floor(TWO_52 / q));
  const n = holdings.length;
  // Both double sums only grow, so they are exact until they pass 2^53 (shareTotal checks).
  let holdingSum = 0;
  let wholeSum = 0;
  let poolNumerator = 0n;
  let i = 0;
  while (i < n) {
    const end = Math.min(n, i + chunk);
    let carry = 0;
    while (i < end) {
      for (; i < end; i++) {
        const x = holdings[i];
        // A guess from the float product, accepted only when the exact remainder proves it.
        const w = Math.floor(x * r);
        const rem = x * p - w * q;
        if (x > hMax || x >>> 0 !== x || rem < 0 || rem >= q) break;
        if (whole !== undefined) whole[i] = w;
        holdingSum += x;
        wholeSum += w;
        carry += rem;
      }
      if (i < end) {
        const x = assertShareCount(holdings[i], holderName(i));
        const product = BigInt(x) * P;
        const w = product / Q;
        if (w > BigInt(Number.MAX_SAFE_INTEGER)) {
          invalid(
            `${holderName(i)}: ${x} shares × the ratio is past 9,007,199,254,740,991 shares, the largest count Excel holds exactly.`,
          );
        }
        if (whole !== undefined) whole[i] = Number(w);
        holdingSum += x;
        wholeSum += Number(w);
        carry += Number(product - w * Q);
        i++;
      }
    }
    poolNumerator += BigInt(carry);
  }
  return {
    ratio,
    eligibleShares: shareTotal(holdings, holdingSum),
    wholeShares: wholeSum <= Number.MAX_SAFE_INTEGER ? BigInt(wholeSum) : sumWhole(holdings, P, Q),
    fractionPool: rational(poolNumerator, Q),
  };
}

/** Σ⌊hᵢ·P/Q⌋ on BigInt, for the rare register whose whole shares pass 2^53 in total. */
function sumWhole(holdings: ArrayLike<number>, P: bigint, Q: bigint): bigint {
  let sum = 0n;
  for (let i = 0; i < holdings.length; i++) sum += (BigInt(holdings[i]) * P) / Q;
  return sum;
}
