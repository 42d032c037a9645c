/**
 * Reading Excel argument values. Pure: no Office calls, so the rules are unit-tested.
 *
 * Blank cells: Excel hands an empty cell to a function as `null` (web, newer desktop builds) or
 * `0` (older desktop builds), and `""` for a formula that returns empty text. `null`, `undefined`
 * and `""` are blank; a `0` is the number zero, because a range cannot tell us which build sent it.
 */
import { assertShareCount } from "../core/allotment/shareCount";
import { assert, invalid } from "../core/errors";
import { fromNumber, parseRational, type Rational } from "../core/exact/rational";
import { dayFromSerial, parseDateText, type DayNumber } from "../core/calendar/dayNumber";
import { decimalsRounding, type Rounding } from "../core/market/rounding";

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
  return assertShareCount(value, where);
}

/**
 * An exact number from a cell: a number is read as its shortest decimal (0.29 → 29/100), text
 * as an exact decimal or fraction ("0.2019", "2/3").
 */
export function exactNumber(value: Cell, where: string, example: string): Rational {
  if (isBlank(value)) invalid(`${where} is empty; give a number such as ${example}.`);
  if (typeof value === "number") {
    assert(Number.isFinite(value), `${where}: ${value} is not a finite number; give a number such as ${example}.`);
    return fromNumber(value);
  }
  const parsed = typeof value === "string" ? parseRational(value) : undefined;
  return parsed ?? invalid(`${where}: ${describe(value)} is not a number; give a number such as ${example}.`);
}

/** An optional text choice, matched without regard to case; blank gives the default. */
export function choice<T extends string>(value: Cell, argument: string, options: readonly T[], fallback: T): T {
  if (isBlank(value)) return fallback;
  const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  const found = options.find((option) => option.toLowerCase() === text);
  return found ?? invalid(`${argument}: ${describe(value)} is not one of ${options.map((o) => `"${o}"`).join(", ")}.`);
}

/**
 * A date as Excel passes it: a serial number in the 1900 system (a time of day is dropped) or
 * text "2013-10-31", "2013/10/31", "2013年10月31日". A custom function cannot see whether the
 * workbook uses the 1904 system, so serials are read as 1900-system serials.
 */
export function excelDay(value: Cell, where: string): DayNumber {
  if (isBlank(value)) invalid(`${where}: the date is missing; give a date cell or text such as "2013-10-31".`);
  if (typeof value === "number") return dayFromSerial(value, where);
  if (typeof value === "string") {
    const day = parseDateText(value);
    if (day !== undefined) return day;
  }
  return invalid(`${where}: ${describe(value)} is not a date; give a date cell or text such as "2013-10-31".`);
}

/** An empty date cell: blank, or the 0 older desktop builds send (serial 0 is no date). */
export const isBlankDate = (value: Cell): boolean => isBlank(value) || value === 0;

/** Every date in a range (a list of holidays, say), empty cells skipped. */
export function excelDays(value: Cell | Cell[][], argument: string): DayNumber[] {
  const matrix = asMatrix(value);
  return matrix.flatMap((row, r) =>
    row.flatMap((cell, c) => (isBlankDate(cell) ? [] : [excelDay(cell, `${argument} ${cellPlace(r, c, matrix)}`)])),
  );
}

/** An optional argument that is a number or a short text ("30", "1M", "half-up 2"); blank gives undefined. */
export function numberOrText(value: Cell, argument: string): number | string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "number" || typeof value === "string") return value;
  return invalid(`${argument}: ${describe(value)} is neither a number nor text.`);
}

/** The `decimals` and `rounding` arguments of a stated figure: undefined when no rounding is asked. */
export function roundingArguments(decimals: Cell, rounding: Cell): Rounding | undefined {
  return decimalsRounding(numberOrText(decimals, "decimals"), numberOrText(rounding, "rounding"));
}
