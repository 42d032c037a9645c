import type { Rational } from "../exact/rational";
import { allotToHolders, type HolderAllotment } from "./allotToHolders";
import type { HolderTotals } from "./allotter";
import { discardedFraction } from "./discardedFraction";
import { sharesSold } from "./sharesSold";
import { sharesToProvide } from "./sharesToProvide";

/** The allotment of a merger in the figures a disclosure and a worksheet state (DOMAIN §1). */
export interface AllotmentTotals extends HolderTotals {
  /** K = ⌊F⌋, sold for cash. */
  readonly sharesSold: bigint;
  /** F − K, disregarded. */
  readonly discarded: Rational;
  /** Σwᵢ + K. */
  readonly sharesToProvide: bigint;
}

/** The totals with each holder's whole shares. */
export interface Allotment extends AllotmentTotals, HolderAllotment {}

/** allotToHolders, with the totals derived from it. */
export function allot(holdings: ArrayLike<number>, ratio: Rational, holderName?: (index: number) => string): Allotment {
  const holders = allotToHolders(holdings, ratio, holderName);
  return { ...holders, ...allotmentTotals(holders) };
}

/** The holders' totals (from an Allotter or allotToHolders) with the figures that follow from them. */
export function allotmentTotals(holders: HolderTotals): AllotmentTotals {
  const sold = sharesSold(holders.fractionPool);
  return {
    ratio: holders.ratio,
    eligibleShares: holders.eligibleShares,
    wholeShares: holders.wholeShares,
    fractionPool: holders.fractionPool,
    sharesSold: sold,
    discarded: discardedFraction(holders.fractionPool),
    sharesToProvide: sharesToProvide(holders.wholeShares, sold),
  };
}
