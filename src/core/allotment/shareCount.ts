import { assert } from "../errors";
import { messages } from "../messages";

/**
 * A whole, non-negative number of shares that a double holds exactly. Counts past 2^53 would be
 * silently rounded by Excel's doubles, so they are refused, never guessed.
 */
export function assertShareCount(value: number, where: string, counted = "shares"): number {
  assert(Number.isFinite(value), messages.counts.notANumber(where, value, counted));
  assert(value >= 0, messages.counts.negative(where, value, counted));
  assert(Number.isInteger(value), messages.counts.notWhole(where, value, counted));
  assert(Number.isSafeInteger(value), messages.counts.pastExact(where, value));
  return value;
}

/** A bigint count as a number, refused when past what a double (and Excel) holds exactly. */
export function countAsNumber(value: bigint, what: string): number {
  assert(
    value <= BigInt(Number.MAX_SAFE_INTEGER),
    messages.counts.resultPastExact(
      what,
      value.toString().length > 24 ? `about ${Number(value).toPrecision(3)}` : value.toString(),
    ),
  );
  return Number(value);
}
