/**
 * Simplified merger (簡易合併, CA 796(2); 796(3) before 2015-05-01): the surviving company needs no
 * shareholders' meeting when X ≤ ρ·Y, where
 *   X = shares delivered × book net assets per share (Ord. 25) + book value of other consideration,
 *   Y = the surviving company's net assets, taken as at least JPY 5 million (Ord. 196; a reading
 *       from commentary, so the floor is an option the sheet states),
 *   ρ = 1/5, or lower when the articles say so.
 * It is not available on a merger loss (CA 795(2)), for a non-public company delivering
 * transfer-restricted shares, or when enough holders object (Ord. 197): the caller states those.
 */
import { assert } from "../errors";
import { messages } from "../messages";
import { add, compare, divide, multiply, rational, subtract, ZERO, type Rational } from "../exact/rational";

export const STATUTORY_SIMPLIFIED_LIMIT: Rational = rational(1n, 5n);
export const NET_ASSETS_FLOOR: Rational = rational(5_000_000n);

export interface SimplifiedInput {
  readonly sharesDelivered: bigint;
  readonly bookValuePerShare: Rational;
  readonly otherConsideration?: Rational;
  readonly netAssets: Rational;
  /** ρ, at most 1/5. */
  readonly limit?: Rational;
  /** Whether Y is taken as at least JPY 5 million (verify). */
  readonly applyNetAssetsFloor?: boolean;
}

export interface SimplifiedResult {
  /** X */
  readonly consideration: Rational;
  /** Y */
  readonly base: Rational;
  /** ρ·Y */
  readonly allowance: Rational;
  readonly qualifies: boolean;
}

export function simplifiedTest(input: SimplifiedInput): SimplifiedResult {
  const limit = input.limit ?? STATUTORY_SIMPLIFIED_LIMIT;
  const other = input.otherConsideration ?? ZERO;
  assert(input.sharesDelivered >= 0n, messages.procedure.negativeSharesDelivered());
  assert(compare(other, ZERO) >= 0, messages.procedure.negativeOtherConsideration());
  assert(
    compare(limit, ZERO) > 0 && compare(limit, STATUTORY_SIMPLIFIED_LIMIT) <= 0,
    messages.procedure.simplifiedLimit(),
  );
  const consideration = add(multiply(rational(input.sharesDelivered), input.bookValuePerShare), other);
  const floorApplies = input.applyNetAssetsFloor ?? true;
  const base = floorApplies && compare(input.netAssets, NET_ASSETS_FLOOR) < 0 ? NET_ASSETS_FLOOR : input.netAssets;
  const allowance = multiply(limit, base);
  return { consideration, base, allowance, qualifies: compare(consideration, allowance) <= 0 };
}

/** Book net assets per share (Ord. 25): net assets over the shares outstanding (issued − treasury). */
export function bookValuePerShare(netAssets: Rational, issued: bigint, treasury: bigint): Rational {
  assert(treasury >= 0n && treasury < issued, messages.procedure.treasuryNotFewer());
  return divide(netAssets, subtract(rational(issued), rational(treasury)));
}
