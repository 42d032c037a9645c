import { assert } from "../errors";
import { messages } from "../messages";

/** The TSE unit for every domestic issuer since 2018-10-01. */
export const STANDARD_UNIT = 100;

/**
 * A share unit (単元株式数): a whole number from 1 to 1,000, the ceiling the Ordinance sets
 * (CA 188(2), Ord. 34). Older data has 1,000, 500, 50, 10 or 1.
 */
export function shareUnit(unit: number): number {
  assert(Number.isInteger(unit) && unit >= 1 && unit <= 1000, messages.oddLot.notShareUnit(unit));
  return unit;
}
