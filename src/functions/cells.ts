/**
 * Reading Excel argument values. Pure: no Office calls, so the rules are unit-tested.
 *
 * Blank cells: Excel hands an empty cell to a function as `null` (web, newer desktop builds) or
 * `0` (older desktop builds), and `""` for a formula that returns empty text. `null`, `undefined`
 * and `""` are blank; a `0` is the number zero, because a range cannot tell us which build sent it.
 */
import { assertShareCount } from "../core/allotment/shareCount";
import { assert, invalid, quoted } from "../core/errors";
import { numberTextProblem, parseNumberText } from "../core/exact/numberText";
import { fromNumber, toMessageText, toNumber, type Rational } from "../core/exact/rational";
import { dateTextProblem, dayFromSerial, parseDateText, type DayNumber } from "../core/calendar/dayNumber";
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
  if (typeof value === "string") return `the text ${quoted(value)}`;
  if (typeof value === "object" && value !== null) return "an error value or an object";
  return String(value);
}

/** What an argument should hold, for messages: a noun ("a number of shares") and an example ("4000"). */
export interface Wanted {
  readonly noun: string;
  readonly example: string;
}

/** Why text near a number is refused, in words; the grammar is the core's (parseNumberText). */
const TEXT_PROBLEMS = {
  spaceInside: "has a space inside the number",
  exponent: "is in exponent form (what Excel shows for a wide cell, after rounding it)",
  fraction: "is a fraction; fractions are for ratios, thresholds and factors",
} as const;

/** Refuses a value, saying what was wanted: an empty argument "is empty", anything else is shown. */
export function refuse(value: Cell, where: string, wanted: Wanted, fractions = false): never {
  if (isBlank(value)) invalid(`${where} is empty; give ${wanted.noun} such as ${wanted.example}.`);
  const problem = typeof value === "string" ? numberTextProblem(value, fractions) : undefined;
  const why = problem ? TEXT_PROBLEMS[problem] : "is not a number";
  return invalid(`${where}: ${describe(value)} ${why}; give ${wanted.noun} such as ${wanted.example}.`);
}

/**
 * An exact number from a cell. The rule for text, the same for every argument: text holding a
 * number is read as that number, exactly ("1,000", full-width "１，０００", "▲500" and "(500)" as
 * negatives; a fraction "2/3" only where `fractions` allows), as Excel itself reads "1000" given to
 * a function; any other text ("1 23", "1e2") is refused with a message, never read as 0. A number is read as its
 * shortest decimal (0.29 → 29/100).
 */
export function exactNumber(value: Cell, where: string, wanted: Wanted, fractions = false): Rational {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) refuse(value, where, wanted);
    return fromNumber(value);
  }
  const parsed = typeof value === "string" ? parseNumberText(value, fractions) : undefined;
  return parsed ?? refuse(value, where, wanted, fractions);
}

/** A number given as a number or as text holding one, as a double (exact text read exactly first). */
export function plainNumber(value: Cell, where: string, wanted: Wanted): number {
  return typeof value === "number" && Number.isFinite(value) ? value : toNumber(exactNumber(value, where, wanted));
}

/**
 * A whole, non-negative count (shares; voting rights as units), as a number or as text holding
 * one. Counts past 2^53 cannot be held exactly by Excel's doubles, so they are refused rather
 * than silently rounded.
 */
export function shareCount(value: Cell, where: string, counted = "shares"): number {
  if (typeof value === "number") return assertShareCount(value, where, counted);
  const exact = exactNumber(value, where, { noun: `a number of ${counted}`, example: "4000" });
  const text = toMessageText(exact);
  assert(exact.num >= 0n, `${where}: ${text} is negative; a number of ${counted} is 0 or more.`);
  assert(exact.den === 1n, `${where}: ${text} is not a whole number of ${counted}.`);
  assert(
    exact.num <= BigInt(Number.MAX_SAFE_INTEGER),
    `${where}: ${text} is beyond 9,007,199,254,740,991, the largest count Excel holds exactly.`,
  );
  return Number(exact.num);
}

/** An optional TRUE or FALSE; blank gives the default. */
export function flag(value: Cell, where: string, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (typeof value !== "boolean") invalid(`${where}: ${describe(value)} is not TRUE or FALSE.`);
  return value;
}

/** The language of a table's labels and citations: "en" (default) or "ja". */
export const citationLanguage = (value: Cell): "en" | "ja" => choice(value, "language", ["en", "ja"] as const, "en");

/**
 * The values of a `@customenum` option, as the text choice() matches: Excel offers them in
 * AutoComplete where CustomFunctionsRuntime 1.5 is supported, and any text arrives elsewhere (and
 * from a typed formula), so the function still reads text.
 */
export const enumValues = <E extends Record<string, string>>(options: E): readonly `${E[keyof E]}`[] =>
  Object.values(options) as `${E[keyof E]}`[];

/** An optional text choice, matched without regard to case; blank gives the default. */
export function choice<T extends string>(value: Cell, argument: string, options: readonly T[], fallback: T): T {
  if (isBlank(value)) return fallback;
  const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  const found = options.find((option) => option.toLowerCase() === text);
  return found ?? invalid(`${argument}: ${describe(value)} is not one of ${options.map((o) => `"${o}"`).join(", ")}.`);
}

/**
 * A date as Excel passes it: a serial number in the 1900 system (a time of day is dropped) or
 * text "2013-10-31", "2013/10/31", "2013年10月31日", or an era date "令和5年10月31日", "R5.10.31".
 * A custom function cannot see whether the workbook uses the 1904 system, so serials are read as
 * 1900-system serials.
 */
export function excelDay(value: Cell, where: string): DayNumber {
  if (isBlank(value)) invalid(`${where} is empty; give a date cell or text such as "2013-10-31".`);
  if (typeof value === "number") return dayFromSerial(value, where);
  if (typeof value === "string") {
    const day = parseDateText(value);
    if (day !== undefined) return day;
    const problem = dateTextProblem(value);
    if (problem) invalid(`${where}: ${problem}`);
  }
  return invalid(`${where}: ${describe(value)} is not a date; give a date cell or text such as "2013-10-31".`);
}

/** An empty date cell: blank, or the 0 older desktop builds send (serial 0 is no date). */
export const isBlankDate = (value: Cell): boolean => isBlank(value) || value === 0;

const NO_DAYS: readonly DayNumber[] = Object.freeze([]);

/** Every date in a range (a list of holidays, say), empty cells skipped. */
export function excelDays(value: Cell | Cell[][], argument: string): readonly DayNumber[] {
  // Omitted on almost every call (closed_dates): nothing to allocate.
  if (isBlank(value as Cell)) return NO_DAYS;
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
