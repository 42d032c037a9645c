import { oddLotShares } from "./oddLotShares";

/**
 * Shares a holder may ask the company to sell so the odd lot becomes a full unit (買増請求,
 * CA 194): unit − (holding mod unit), or 0 when the holding is already whole units.
 */
export function buyUpShares(shares: number, unit: number, where = "shares"): number {
  const odd = oddLotShares(shares, unit, where);
  return odd === 0 ? 0 : unit - odd;
}
