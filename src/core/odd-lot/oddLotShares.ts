import { assertShareCount } from "../allotment/shareCount";
import { shareUnit } from "./shareUnit";

/** Odd-lot shares (単元未満株式): holding mod unit. Exact: both are integers a double holds. */
export function oddLotShares(shares: number, unit: number, where = "shares"): number {
  return assertShareCount(shares, where) % shareUnit(unit);
}
