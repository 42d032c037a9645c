import { assert } from "../errors";
import { messages } from "../messages";
import { toMessageText, type Rational } from "../exact/rational";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The allotment ratio r (合併比率): surviving-company shares per dissolving-company share,
 * CA 749(1)(ii). Positive; numerator and denominator (lowest terms) small enough to be held
 * exactly by a double, which the per-holder fast path relies on.
 */
export function allotmentRatio(ratio: Rational): Rational {
  assert(ratio.num > 0n, messages.allotment.ratioNotPositive(toMessageText(ratio)));
  assert(ratio.num <= SAFE && ratio.den <= SAFE, messages.allotment.ratioTooLong(toMessageText(ratio)));
  return ratio;
}
