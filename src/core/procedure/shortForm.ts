/**
 * Short-form merger (略式合併, CA 784(1), 468(1)): the dissolving company needs no shareholders'
 * meeting when the surviving company, with its wholly owned subsidiaries, holds at least 9/10 of
 * its voting rights. Voting rights are units (単元, CA 308(1)), not shares. The articles may raise
 * the threshold, never lower it. This states a test result, not legal advice.
 */
import { assert } from "../errors";
import { compare, divide, rational, type Rational } from "../exact/rational";

export const STATUTORY_SHORT_FORM_THRESHOLD: Rational = rational(9n, 10n);

export interface ShortFormResult {
  /** Held voting rights / all voting rights, exact. */
  readonly share: Rational;
  readonly threshold: Rational;
  readonly qualifies: boolean;
}

export function shortFormTest(
  heldVotingRights: bigint,
  totalVotingRights: bigint,
  threshold: Rational = STATUTORY_SHORT_FORM_THRESHOLD,
): ShortFormResult {
  assert(totalVotingRights > 0n, "Total voting rights must be more than 0: count the units of every voting holder.");
  assert(heldVotingRights >= 0n, "Voting rights held cannot be negative.");
  assert(
    heldVotingRights <= totalVotingRights,
    `Voting rights held (${heldVotingRights}) exceed the total (${totalVotingRights}): check both counts.`,
  );
  assert(
    compare(threshold, STATUTORY_SHORT_FORM_THRESHOLD) >= 0 && compare(threshold, rational(1n)) <= 0,
    "The short-form threshold is 9/10 by statute; the articles may raise it up to 1, never lower it.",
  );
  const share = divide(rational(heldVotingRights), rational(totalVotingRights));
  return { share, threshold, qualifies: compare(share, threshold) >= 0 };
}
