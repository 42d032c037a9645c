import { oddLotShares } from "./oddLotShares";

/** Full units ⌊holding / unit⌋: the holder's voting rights (CA 308(1)). */
export function fullUnits(shares: number, unit: number, where = "shares"): number {
  // The subtraction leaves an exact multiple of unit, so the division is exact.
  return (shares - oddLotShares(shares, unit, where)) / unit;
}
