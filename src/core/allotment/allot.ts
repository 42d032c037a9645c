import type { Rational } from "../exact/rational";
import { allotToHolders, allotTotals, type HolderAllotment, type HolderTotals } from "./allotToHolders";
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
  return { ...holders, ...derivedTotals(holders) };
}

/** allot without the per-holder figures, for an answer that is a total: no array of n kept. */
export function allotmentTotals(
  holdings: ArrayLike<number>,
  ratio: Rational,
  holderName?: (index: number) => string,
): AllotmentTotals {
  const holders = allotTotals(holdings, ratio, holderName);
  return { ...holders, ...derivedTotals(holders) };
}

function derivedTotals(holders: HolderTotals) {
  const sold = sharesSold(holders.fractionPool);
  return {
    sharesSold: sold,
    discarded: discardedFraction(holders.fractionPool),
    sharesToProvide: sharesToProvide(holders.wholeShares, sold),
  };
}
