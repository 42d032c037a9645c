import type { Rational } from "../exact/rational";
import { allotToHolders, type HolderAllotment } from "./allotToHolders";
import { shareTotal } from "./shareTotal";
import { discardedFraction } from "./discardedFraction";
import { sharesSold } from "./sharesSold";
import { sharesToProvide } from "./sharesToProvide";

/** The allotment of a merger in the figures a disclosure and a worksheet state (DOMAIN §1). */
export interface Allotment extends HolderAllotment {
  /** Σhᵢ: the shares that receive an allotment. */
  readonly eligibleShares: bigint;
  /** K = ⌊F⌋, sold for cash. */
  readonly sharesSold: bigint;
  /** F − K, disregarded. */
  readonly discarded: Rational;
  /** Σwᵢ + K. */
  readonly sharesToProvide: bigint;
}

/** allotToHolders, with the totals derived from it. */
export function allot(holdings: ArrayLike<number>, ratio: Rational, holderName?: (index: number) => string): Allotment {
  const holders = allotToHolders(holdings, ratio, holderName);
  const sold = sharesSold(holders.fractionPool);
  return {
    ...holders,
    eligibleShares: shareTotal(holdings),
    sharesSold: sold,
    discarded: discardedFraction(holders.fractionPool),
    sharesToProvide: sharesToProvide(holders.wholeShares, sold),
  };
}
