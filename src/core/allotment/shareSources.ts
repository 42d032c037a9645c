import { assert } from "../errors";
import { messages } from "../messages";

/** Where the delivered shares come from: the surviving company's treasury first, then a new issue. */
export interface ShareSources {
  readonly treasuryUsed: bigint;
  readonly newShares: bigint;
}

/**
 * Splits the shares to deliver between treasury shares (up to `treasuryAvailable`, the treasury
 * the surviving company chooses to use) and new shares: new = max(0, delivered − treasury used).
 * The 2013 example: 104 delivered, all from treasury, 0 new.
 */
export function shareSources(delivered: bigint, treasuryAvailable: bigint): ShareSources {
  assert(delivered >= 0n, messages.allotment.negativeDelivery(delivered));
  assert(treasuryAvailable >= 0n, messages.allotment.negativeTreasury(treasuryAvailable));
  const treasuryUsed = treasuryAvailable < delivered ? treasuryAvailable : delivered;
  return { treasuryUsed, newShares: delivered - treasuryUsed };
}
