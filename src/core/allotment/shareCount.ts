import { assert } from "../errors";

/**
 * A whole, non-negative number of shares that a double holds exactly. Counts past 2^53 would be
 * silently rounded by Excel's doubles, so they are refused, never guessed.
 */
export function assertShareCount(value: number, where: string, counted = "shares"): number {
  assert(Number.isFinite(value), `${where}: ${value} is not a number of ${counted}.`);
  assert(value >= 0, `${where}: ${value} is negative; a number of ${counted} is 0 or more.`);
  assert(Number.isInteger(value), `${where}: ${value} is not a whole number of ${counted}.`);
  assert(
    Number.isSafeInteger(value),
    `${where}: ${value} is beyond 9,007,199,254,740,991, the largest count Excel holds exactly.`,
  );
  return value;
}

/** A bigint count as a number, refused when past what a double (and Excel) holds exactly. */
export function countAsNumber(value: bigint, what: string): number {
  assert(
    value <= BigInt(Number.MAX_SAFE_INTEGER),
    `${what} comes to ${value.toString().length > 24 ? `about ${Number(value).toPrecision(3)}` : value}, beyond 9,007,199,254,740,991, the largest count Excel holds exactly.`,
  );
  return Number(value);
}
