/**
 * The adjustment a price file carries, read into the add-in's `adjustments` (ex-date and factor,
 * shares after ÷ before) and checked against what it says of itself. J-Quants writes on each
 * ex-date the factor the earlier prices were multiplied by (AdjustmentFactor, V2 AdjFactor: 0.5 on
 * the ex-date of a 1→2 split, 1 on every other day): the add-in's factor is its inverse. A file's
 * adjusted closes are never used; where they differ from the closes by more than the stated splits
 * explain (a source that also adjusts for cash dividends, as Bloomberg and Capital IQ can), the
 * import says so instead of applying it.
 */
import { parseNumberText } from "../../core/exact/numberText";
import { compare, divide, multiply, rational, toExactText, toNumber, type Rational } from "../../core/exact/rational";

/** A split or consolidation found in a file: the ex-date and the factor as exact text ("2", "1/3"). */
export interface SplitRow {
  readonly date: string;
  readonly factor: string;
}

/** Days whose adjusted close the stated splits do not explain: the first and last of them, and how many. */
export interface OtherAdjustment {
  readonly first: string;
  readonly last: string;
  readonly days: number;
}

const ONE = rational(1n);
// A factor is published to about six digits (1/3 as 0.333333): its inverse is read as the
// simplest fraction that close to it, as splits are announced (1→3, 2→3, 10→1).
const FACTOR_DIGITS = 1e-5;
const LARGEST_DENOMINATOR = 1000;

/** shares after ÷ before from J-Quants' price multiplier. */
export function splitFactor(multiplier: Rational): Rational {
  const inverse = divide(ONE, multiplier);
  const value = toNumber(inverse);
  for (let den = 1; den <= LARGEST_DENOMINATOR; den++) {
    const num = Math.round(value * den);
    if (num > 0 && Math.abs(num / den - value) <= FACTOR_DIGITS * value) return rational(BigInt(num), BigInt(den));
  }
  return inverse;
}

export interface DayPrices {
  readonly date: string;
  readonly close: Rational | null;
  readonly adjustedClose: Rational | null;
  /** J-Quants' multiplier for the day (1 on a day without an event), or null when the file has none. */
  readonly multiplier: Rational | null;
}

// Adjusted closes are rounded by their source (J-Quants to 0.1 yen): half a tenth, or 0.05 %.
const ROUNDING_YEN = 0.05;
const ROUNDING_SHARE = 0.0005;

/**
 * The splits a file states, and the days its adjusted closes say something else. `days` in date
 * order; a day's adjusted close should be its close divided by the factors of later ex-dates.
 */
export function fileAdjustments(days: readonly DayPrices[]): {
  splits: SplitRow[];
  otherAdjustment?: OtherAdjustment;
} {
  const events = days
    .filter((day) => day.multiplier !== null && compare(day.multiplier, ONE) !== 0)
    .map((day) => ({ date: day.date, factor: splitFactor(day.multiplier!) }));
  const unexplained: string[] = [];
  let later = ONE;
  let next = events.length - 1;
  for (let i = days.length - 1; i >= 0; i--) {
    const { date, close, adjustedClose } = days[i]!;
    // The day itself is after its own ex-date: its factor applies to the days before.
    while (next >= 0 && events[next]!.date > date) later = multiply(later, events[next--]!.factor);
    if (close === null || adjustedClose === null) continue;
    const expected = toNumber(divide(close, later));
    const gap = Math.abs(toNumber(adjustedClose) - expected);
    if (gap > Math.max(ROUNDING_YEN, ROUNDING_SHARE * expected)) unexplained.push(date);
  }
  const splits = events.map((event) => ({ date: event.date, factor: toExactText(event.factor) }));
  if (unexplained.length === 0) return { splits };
  return {
    splits,
    otherAdjustment: { first: unexplained[unexplained.length - 1]!, last: unexplained[0]!, days: unexplained.length },
  };
}

/** Where the file's splits and the table the user typed disagree, by ex-date. */
export type SplitDisagreement =
  | { readonly kind: "notTyped"; readonly date: string; readonly factor: string }
  | { readonly kind: "notInFile"; readonly date: string; readonly factor: string }
  | { readonly kind: "otherFactor"; readonly date: string; readonly file: string; readonly typed: string };

/**
 * The file's splits beside the typed ones. A typed split outside the file's dates is no
 * disagreement: the file cannot say anything of it.
 */
export function splitDisagreements(
  file: readonly SplitRow[],
  typed: readonly { date: string; factor: Rational }[],
  fileDates: { first: string; last: string },
): SplitDisagreement[] {
  const out: SplitDisagreement[] = [];
  const typedOn = new Map(typed.map((row) => [row.date, row.factor]));
  for (const split of file) {
    const factor = typedOn.get(split.date);
    if (factor === undefined) out.push({ kind: "notTyped", ...split });
    else if (compare(factor, parseNumberText(split.factor, true)!) !== 0)
      out.push({ kind: "otherFactor", date: split.date, file: split.factor, typed: toExactText(factor) });
  }
  const inFile = new Set(file.map((split) => split.date));
  for (const row of typed) {
    if (inFile.has(row.date) || row.date < fileDates.first || row.date > fileDates.last) continue;
    out.push({ kind: "notInFile", date: row.date, factor: toExactText(row.factor) });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
