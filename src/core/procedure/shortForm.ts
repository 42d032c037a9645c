/**
 * Short-form merger (略式合併, CA 784(1), 468(1)): the dissolving company needs no shareholders'
 * meeting when the surviving company, with its wholly owned subsidiaries, holds at least 9/10 of
 * its voting rights. Voting rights are units (単元, CA 308(1)), not shares. The articles may raise
 * the threshold, never lower it. This states a test result, not legal advice.
 */
import { assert } from "../errors";
import { messages } from "../messages";
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
  assert(totalVotingRights > 0n, messages.procedure.noVotingRights());
  assert(heldVotingRights >= 0n, messages.procedure.negativeVotingRights());
  assert(heldVotingRights <= totalVotingRights, messages.procedure.heldPastTotal(heldVotingRights, totalVotingRights));
  assert(
    compare(threshold, STATUTORY_SHORT_FORM_THRESHOLD) >= 0 && compare(threshold, rational(1n)) <= 0,
    messages.procedure.shortFormThreshold(),
  );
  const share = divide(rational(heldVotingRights), rational(totalVotingRights));
  return { share, threshold, qualifies: compare(share, threshold) >= 0 };
}
