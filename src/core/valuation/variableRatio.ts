/**
 * A variable ("fixed-value") ratio (DOMAIN §7): a yen amount per target share ÷ the acquirer's
 * average price over stated sessions, the price first held between a floor and a cap when the
 * agreement sets them. M3 / Mediscience Planning 2014: ¥3,500 ÷ ¥309,734.2 = 0.0113 (4 places).
 */
import { assert } from "../errors";
import { messages } from "../messages";
import { compare, divide, toMessageText, type Rational } from "../exact/rational";

export interface PriceBounds {
  readonly floor?: Rational;
  readonly cap?: Rational;
}

export function variableRatio(amount: Rational, averagePrice: Rational, bounds: PriceBounds = {}): Rational {
  const { floor, cap } = bounds;
  assert(amount.num > 0n, messages.valuation.amountNotPositive(toMessageText(amount)));
  assert(averagePrice.num > 0n, messages.valuation.priceNotPositive("average_price", toMessageText(averagePrice)));
  assert(!floor || floor.num > 0n, messages.valuation.priceNotPositive("floor_price", floor && toMessageText(floor)));
  assert(!cap || cap.num > 0n, messages.valuation.priceNotPositive("cap_price", cap && toMessageText(cap)));
  assert(
    !floor || !cap || compare(floor, cap) <= 0,
    messages.valuation.floorAboveCap(floor && toMessageText(floor), cap && toMessageText(cap)),
  );
  let price = averagePrice;
  if (floor && compare(price, floor) < 0) price = floor;
  if (cap && compare(price, cap) > 0) price = cap;
  return divide(amount, price);
}
