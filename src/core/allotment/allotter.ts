import { invalid } from "../errors";
import { messages } from "../messages";
import { rational, type Rational } from "../exact/rational";
import { allotmentRatio } from "./allotmentRatio";
import { assertShareCount } from "./shareCount";

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

const TWO_52 = 2 ** 52;
/** Above this denominator w·q could pass 2^53 and stop being exact; such ratios take the BigInt path. */
const FAST_DENOMINATOR = 2 ** 50;
/**
 * The double sums are moved to BigInt once together they pass this: each is then at most 2^51
 * and a fast-path holder adds less than 2^52 to it, so none can pass 2^53 and lose a digit.
 */
const FLUSH_AT = 2 ** 51;

/**
 * Allots r surviving-company shares per share holder by holder, as a register is read (holdings
 * of one person already merged across brokers): `add(h)` answers w = ⌊h·r⌋ and pools the
 * fraction; `totals()` gives the sums so far. One pass, no array of the holdings needed.
 *
 * Exact, and fast enough for a register of millions: with r = p/q, while h·p ≤ 2^52 every
 * product below is an exact integer in a double, so w = ⌊h·(p/q)⌋ from the float product is
 * checked by its remainder h·p − w·q, which must lie in [0, q). A holder that fails the check
 * (a rounding step, a huge holding, bad input) is done again on BigInt. No object per holder.
 * `holderName(i)` names the i-th holder added (from 0) in messages; by default "holder i+1".
 */
export class Allotter {
  readonly ratio: Rational;
  private added = 0;
  private readonly P: bigint;
  private readonly Q: bigint;
  private readonly p: number;
  private readonly q: number;
  private readonly r: number;
  /** x ≤ hMax keeps x·p ≤ 2^52; -1 when q is too large for the fast path. */
  private readonly hMax: number;
  // Sums in doubles, exact while below 2^53 (see FLUSH_AT), and what was flushed from them.
  private holdingSum = 0;
  private wholeSum = 0;
  private remainderSum = 0;
  private flushedHoldings = 0n;
  private flushedWhole = 0n;
  private flushedRemainders = 0n;

  constructor(
    ratio: Rational,
    private readonly holderName: (index: number) => string = (index) => `holder ${index + 1}`,
  ) {
    this.ratio = allotmentRatio(ratio);
    this.P = ratio.num;
    this.Q = ratio.den;
    this.p = Number(ratio.num);
    this.q = Number(ratio.den);
    this.r = this.p / this.q;
    // Also below 2^32, so that `x >>> 0 === x` (x a whole number below 2^32), the cheapest test, suffices.
    this.hMax = this.q <= FAST_DENOMINATOR ? Math.min(Math.floor(TWO_52 / this.p), 2 ** 32 - 1) : -1;
  }

  /** Holders added so far. */
  get holders(): number {
    return this.added;
  }

  /** Allots to the next holder, of `holding` shares; answers the holder's whole shares ⌊h·r⌋. */
  add(holding: number): number {
    // A guess from the float product, accepted only when the exact remainder proves it.
    const estimate = holding * this.r;
    const w = Math.floor(estimate);
    const remainder = holding * this.p - w * this.q;
    if (holding > this.hMax || holding >>> 0 !== holding || remainder < 0 || remainder >= this.q)
      return this.addExactly(holding);
    this.added++;
    this.holdingSum += holding;
    this.wholeSum += w;
    this.remainderSum += remainder;
    if (this.holdingSum + this.wholeSum + this.remainderSum > FLUSH_AT) this.flush();
    return w;
  }

  /** The totals over the holders added so far. */
  totals(): HolderTotals {
    this.flush();
    return {
      ratio: this.ratio,
      eligibleShares: this.flushedHoldings,
      wholeShares: this.flushedWhole,
      fractionPool: rational(this.flushedRemainders, this.Q),
    };
  }

  /** The BigInt path, for the holder the fast path could not prove (or a bad holding). */
  private addExactly(holding: number): number {
    // The holder is named only for a message: naming may walk the register.
    const x =
      Number.isSafeInteger(holding) && holding >= 0 ? holding : assertShareCount(holding, this.holderName(this.added));
    const product = BigInt(x) * this.P;
    const w = product / this.Q;
    if (w > BigInt(Number.MAX_SAFE_INTEGER)) {
      invalid(messages.allotment.holdingPastExact(this.holderName(this.added), x));
    }
    this.added++;
    this.flushedHoldings += BigInt(x);
    this.flushedWhole += w;
    this.flushedRemainders += product - w * this.Q;
    return Number(w);
  }

  private flush(): void {
    this.flushedHoldings += BigInt(this.holdingSum);
    this.flushedWhole += BigInt(this.wholeSum);
    this.flushedRemainders += BigInt(this.remainderSum);
    this.holdingSum = 0;
    this.wholeSum = 0;
    this.remainderSum = 0;
  }
}
