/**
 * Reading Excel argument values. Pure: no Office calls, so the rules are unit-tested.
 *
 * Blank cells: Excel hands an empty cell to a function as `null` (web, newer desktop builds) or
 * `0` (older desktop builds), and `""` for a formula that returns empty text. `null`, `undefined`
 * and `""` are blank; a `0` is the number zero, because a range cannot tell us which build sent it.
 */
import { assert, invalid } from "../core/errors";

export type Cell = number | string | boolean | null | undefined | object;

export const isBlank = (value: Cell): value is null | undefined | "" =>
  value === null || value === undefined || value === "";

/** A scalar or a range, as the 2-D array Excel passes for a range. */
export function asMatrix(value: Cell | Cell[][]): Cell[][] {
  return Array.isArray(value) ? value : [[value]];
}

/** Where a cell sits in its range, for messages: "row 3" or "row 2, column 4". */
export function cellPlace(row: number, column: number, matrix: Cell[][]): string {
  const columns = matrix[0]?.length ?? 1;
  return columns === 1 ? `row ${row + 1}` : `row ${row + 1}, column ${column + 1}`;
}

export function describe(value: Cell): string {
  if (typeof value === "string") return `the text "${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "object" && value !== null) return "an error value or an object";
  return String(value);
}

/**
 * A whole, non-negative number of shares. Counts past 2^53 cannot be held exactly by Excel's
 * doubles, so they are refused rather than silently rounded.
 */
export function shareCount(value: Cell, where: string): number {
  if (typeof value !== "number") invalid(`${where}: ${describe(value)} is not a number of shares.`);
  assert(Number.isFinite(value), `${where}: ${value} is not a number of shares.`);
  assert(value >= 0, `${where}: ${value} is negative; a number of shares is 0 or more.`);
  assert(Number.isInteger(value), `${where}: ${value} is not a whole number of shares.`);
  assert(
    Number.isSafeInteger(value),
    `${where}: ${value} is beyond 9,007,199,254,740,991, the largest count Excel holds exactly.`,
  );
  return value;
}

/** An optional text choice, matched without regard to case; blank gives the default. */
export function choice<T extends string>(value: Cell, argument: string, options: readonly T[], fallback: T): T {
  if (isBlank(value)) return fallback;
  const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  const found = options.find((option) => option.toLowerCase() === text);
  return found ?? invalid(`${argument}: ${describe(value)} is not one of ${options.map((o) => `"${o}"`).join(", ")}.`);
}
