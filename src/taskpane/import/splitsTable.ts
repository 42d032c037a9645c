/**
 * A price file's own splits against the template's splits table (sections/splits.json): one side
 * per listed company, the surviving company's prices beside its columns, the dissolving company's
 * beside its own. A side the user left empty is filled from the file; a side typed in is kept as
 * typed, and where it and the file disagree the import says so, by day and factor.
 */
import { parseDateText, isoDate } from "../../core/calendar/dayNumber";
import { parseNumberText } from "../../core/exact/numberText";
import type { Rational } from "../../core/exact/rational";
import type { TableRows } from "../../templates";
import { splitDisagreements, type SplitDisagreement, type SplitRow } from "./adjustmentFactors";

export const SPLITS_INPUT = "splits";

/** The splits table's columns for the company a price input is of. */
const SIDE_OF_PRICES: Readonly<Record<string, { exDate: string; factor: string }>> = {
  prices: { exDate: "survivingExDate", factor: "survivingFactor" },
  dissolvingPrices: { exDate: "dissolvingExDate", factor: "dissolvingFactor" },
};

export type SplitsOutcome =
  | { readonly kind: "filled"; readonly rows: TableRows; readonly splits: number }
  | { readonly kind: "checked"; readonly disagreements: readonly SplitDisagreement[] };

/** What a file's splits do to the splits table, or undefined when the template has none for these prices. */
export function splitsFromFile(
  pricesInput: string,
  table: TableRows | undefined,
  file: readonly SplitRow[],
  fileDates: { first: string; last: string },
): SplitsOutcome | undefined {
  const side = SIDE_OF_PRICES[pricesInput];
  if (!side || table === undefined) return undefined;
  const typed: { date: string; factor: Rational }[] = [];
  for (const row of table) {
    const day = parseDateText(String(row[side.exDate] ?? ""));
    const factor = parseNumberText(String(row[side.factor] ?? ""), true);
    if (day !== undefined && factor !== undefined) typed.push({ date: isoDate(day), factor });
  }
  const sideTyped = table.some((row) => String(row[side.exDate] ?? "").trim() !== "");
  if (sideTyped) return { kind: "checked", disagreements: splitDisagreements(file, typed, fileDates) };
  const rows = table.map((row) => ({ ...row }));
  file.forEach((split, i) => {
    rows[i] = { ...rows[i], [side.exDate]: split.date, [side.factor]: split.factor };
  });
  return { kind: "filled", rows, splits: file.length };
}
