/**
 * A special controlling shareholder (特別支配株主, CA 179(1)): one holding, with its wholly owned
 * subsidiaries (特別支配株主完全子法人), 9/10 or more of all holders' voting rights (the articles
 * may raise the level) may demand every other share for cash instead of a consolidation. The
 * arithmetic is the short-form merger's (CA 784(1)), which asks the same 9/10.
 */
import { assert } from "../errors";
import { compare, rational, type Rational } from "../exact/rational";
import { shortFormTest, STATUTORY_SHORT_FORM_THRESHOLD, type ShortFormResult } from "../procedure/shortForm";

export const STATUTORY_SPECIAL_CONTROLLING_THRESHOLD: Rational = STATUTORY_SHORT_FORM_THRESHOLD;

export function specialControllingTest(
  heldVotingRights: bigint,
  subsidiariesVotingRights: bigint,
  totalVotingRights: bigint,
  threshold: Rational = STATUTORY_SPECIAL_CONTROLLING_THRESHOLD,
): ShortFormResult {
  assert(
    compare(threshold, STATUTORY_SPECIAL_CONTROLLING_THRESHOLD) >= 0 && compare(threshold, rational(1n)) <= 0,
    "The special controlling shareholder's threshold is 9/10 by statute (CA 179(1)); the articles may raise it up to 1, never lower it.",
  );
  return shortFormTest(heldVotingRights + subsidiariesVotingRights, totalVotingRights, threshold);
}
