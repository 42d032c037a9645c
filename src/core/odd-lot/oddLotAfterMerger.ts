import { assertShareCount } from "../allotment/shareCount";
import { oddLotShares } from "./oddLotShares";

/**
 * A holder's odd lot once the merger has taken effect: (surviving-company shares already held +
 * shares allotted) mod unit. The 2013 example: 0 held + 26 allotted, unit 100 → 26.
 */
export function oddLotAfterMerger(alreadyHeld: number, allotted: number, unit: number): number {
  const total = assertShareCount(alreadyHeld, "already held") + assertShareCount(allotted, "allotted");
  return oddLotShares(total, unit, "already held + allotted");
}
