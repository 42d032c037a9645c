/**
 * Shares per stock acquisition right after a merger or share exchange (CA 749(1)(iv), 768(1)(iv)):
 * the agreement decides; the usual term, by analogy with a share split, is the old number × the
 * allotment ratio with fractions cut (DOMAIN §10, verify against the agreement).
 */
import { assert } from "../errors";
import { messages } from "../messages";
import { floor, multiply, type Rational } from "../exact/rational";

export function sharesPerRightAfter(sharesPerRight: Rational, ratio: Rational): bigint {
  assert(sharesPerRight.num > 0n, messages.rights.noSharesPerRight());
  return floor(multiply(sharesPerRight, ratio));
}
