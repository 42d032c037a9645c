import { assert } from "../errors";
import { toMessageText, type Rational } from "../exact/rational";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The allotment ratio r (合併比率): surviving-company shares per dissolving-company share,
 * CA 749(1)(ii). Positive; numerator and denominator (lowest terms) small enough to be held
 * exactly by a double, which the per-holder fast path relies on.
 */
export function allotmentRatio(ratio: Rational): Rational {
  assert(
    ratio.num > 0n,
    `ratio: ${toMessageText(ratio)} is not above 0; give the surviving company's shares per dissolving-company share, e.g. 26, 0.2019 or "2/3".`,
  );
  assert(
    ratio.num <= SAFE && ratio.den <= SAFE,
    `ratio: ${toMessageText(ratio)} has more digits than exact share arithmetic holds; shorten it (a ratio rarely needs more than 6 decimals).`,
  );
  return ratio;
}
