/**
 * The premium (プレミアム, DOMAIN §7): the value offered per target share over the target's
 * reference price (a close or an average), less 1. For a share deal the offer is ratio × the
 * acquirer's price. Negative when the offer is below the reference (a discount).
 */
import { assert } from "../errors";
import { divide, rational, subtract, toMessageText, type Rational } from "../exact/rational";

export function premium(offer: Rational, reference: Rational, where: { offer: string; reference: string }): Rational {
  assert(offer.num > 0n, `${where.offer}: ${toMessageText(offer)} is not an offer above 0.`);
  assert(reference.num > 0n, `${where.reference}: ${toMessageText(reference)} is not a reference price above 0.`);
  return subtract(divide(offer, reference), rational(1n));
}
