import { assert } from "../errors";
import { messages } from "../messages";
import { assertShareCount } from "./shareCount";

/**
 * Shares that receive an allotment: D's shares less the excluded ones (CA 749(1)(iii)): those held
 * by the surviving company, and D's own treasury shares, which include the shares bought back
 * from dissenting holders (CA 786(6)). Shares held by its subsidiaries are allotted.
 * Worked example (2013): 4,000 issued − 3,996 held by the surviving company = 4.
 */
export function eligibleShares(issued: number, excluded: number): number {
  assertShareCount(issued, "holdings");
  assertShareCount(excluded, "excluded");
  assert(excluded <= issued, messages.allotment.excludedPastHoldings(excluded, issued));
  return issued - excluded;
}
