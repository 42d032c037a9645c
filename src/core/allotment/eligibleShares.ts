import { assert } from "../errors";
import { assertShareCount } from "./shareCount";

/**
 * Shares that receive an allotment: D's shares less the excluded ones (see excludedShares).
 * Worked example (2013): 4,000 issued − 3,996 held by the surviving company = 4.
 */
export function eligibleShares(issued: number, excluded: number): number {
  assertShareCount(issued, "holdings");
  assertShareCount(excluded, "excluded");
  assert(
    excluded <= issued,
    `excluded: ${excluded} is more than the ${issued} shares in holdings; excluded shares are part of the holdings.`,
  );
  return issued - excluded;
}
