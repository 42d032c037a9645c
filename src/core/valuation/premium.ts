/**
 * The premium (プレミアム, DOMAIN §7): the value offered per target share over the target's
 * reference price (a close or an average), less 1. For a share deal the offer is ratio × the
 * acquirer's price. Negative when the offer is below the reference (a discount).
 */
import { assert } from "../errors";
import { messages } from "../messages";
import { divide, rational, subtract, toMessageText, type Rational } from "../exact/rational";

export function premium(offer: Rational, reference: Rational, where: { offer: string; reference: string }): Rational {
  assert(offer.num > 0n, messages.valuation.offerNotPositive(where.offer, toMessageText(offer)));
  assert(reference.num > 0n, messages.valuation.referenceNotPositive(where.reference, toMessageText(reference)));
  return subtract(divide(offer, reference), rational(1n));
}
