import { allotmentRatio } from "../allotment/allotmentRatio";
import { assert } from "../errors";
import { compare, divide, rational, toMessageText, type Rational } from "../exact/rational";

/**
 * A share consolidation (株式併合, CA 180(2)(i)) is stated as the shares that become one: 10 for a
 * 10-to-1, 7,112,132 for a squeeze-out, "9576501/7" for 9,576,501 shares → 7. Each holder is then
 * allotted 1/ratio of a share per share, by the machinery of a merger's allotment: whole shares
 * ⌊h ÷ ratio⌋, the fractions pooled and sold (CA 235). Above 1: a ratio of 1 or less is no
 * consolidation (a split is CA 183).
 */
export function consolidationAllotment(sharesBecomingOne: Rational): Rational {
  assert(
    compare(sharesBecomingOne, rational(1n)) > 0,
    `ratio: ${toMessageText(sharesBecomingOne)} is not above 1; give the shares that become one share, e.g. 10 for a 10-to-1 consolidation or "9576501/7".`,
  );
  return allotmentRatio(divide(rational(1n), sharesBecomingOne));
}
