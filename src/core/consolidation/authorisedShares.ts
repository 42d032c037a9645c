/**
 * The authorised shares a consolidation fixes for its effective date (CA 180(2)(iv)): for a
 * public company at most four times the shares issued after (CA 180(3)), and never below the
 * shares issued (CA 113(1)-(2)). This states a test result, not legal advice.
 */
import { assert } from "../errors";

export interface AuthorisedSharesTest {
  readonly qualifies: boolean;
  /** 4 × the shares issued after for a public company; undefined for a company that is not public. */
  readonly limit: bigint | undefined;
}

export function authorisedSharesTest(authorised: bigint, issuedAfter: bigint, isPublic: boolean): AuthorisedSharesTest {
  assert(issuedAfter > 0n, "issued_after: a company has at least one share issued after a consolidation.");
  const limit = isPublic ? 4n * issuedAfter : undefined;
  return { qualifies: authorised >= issuedAfter && (limit === undefined || authorised <= limit), limit };
}
