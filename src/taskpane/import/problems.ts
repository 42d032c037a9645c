/**
 * What an import refuses, as data: the task pane words it in the user's language, and the
 * golden files compare it exactly. Lines are the file's lines as a text editor numbers them
 * (a quoted field spanning lines counts every line it spans).
 */
import type { OtherAdjustment, SplitRow } from "./adjustmentFactors";
import type { CsvEncoding } from "./decode";

export type RowProblem =
  | { readonly kind: "badDate"; readonly value: string }
  /** An era date outside its era (平成31年5月1日); `message` says which era the day falls in. */
  | { readonly kind: "outsideEra"; readonly value: string; readonly message: string }
  /** A date the TSE was closed: a weekend, a holiday (named in both languages), the year-end closure, a halt. */
  | {
      readonly kind: "notASession";
      readonly value: string;
      readonly closure: { readonly en: string; readonly ja: string };
    }
  | { readonly kind: "duplicateDate"; readonly value: string; readonly firstLine: number }
  | { readonly kind: "turnoverBelowVolume"; readonly value: string; readonly turnover: string; readonly volume: string }
  | { readonly kind: "notANumber"; readonly column: string; readonly value: string }
  | { readonly kind: "exponent"; readonly column: string; readonly value: string }
  | { readonly kind: "roundsToZero"; readonly column: string; readonly value: string }
  | { readonly kind: "beyondExact"; readonly column: string; readonly value: string }
  | { readonly kind: "notPositive"; readonly column: string; readonly value: string }
  | { readonly kind: "negative"; readonly column: string; readonly value: string }
  | { readonly kind: "notWhole"; readonly column: string; readonly value: string }
  | { readonly kind: "missingHolder" }
  /**
   * The same holder on an earlier line: by shareholder number where the file has one, else by name
   * and address where it has addresses, else by name alone (which may be two people of one name).
   * `value` is the number or the name.
   */
  | {
      readonly kind: "duplicateHolder";
      readonly value: string;
      readonly firstLine: number;
      readonly by: "number" | "nameAndAddress" | "name";
    }
  | { readonly kind: "tooFewFields"; readonly expected: number; readonly found: number }
  | { readonly kind: "malformedQuotes" };

export interface RefusedRow {
  readonly line: number;
  readonly problem: RowProblem;
}

export type FileProblem =
  | { readonly kind: "empty" }
  /** Lines with Japanese text in UTF-8 beside lines in Shift_JIS: two files pasted together. */
  | {
      readonly kind: "mixedEncodings";
      readonly utf8Lines: readonly number[];
      readonly shiftJisLines: readonly number[];
    }
  /** No row of the file names the required columns; `firstRow` is what the file starts with. */
  | { readonly kind: "noHeader"; readonly required: readonly string[]; readonly firstRow: readonly string[] }
  | { readonly kind: "noRows" }
  /** Over the import's size limit (./limits): refused before it is read. */
  | { readonly kind: "tooLarge"; readonly bytes: number; readonly limit: number }
  /** More lines than Excel has rows for: refused before it is parsed. */
  | { readonly kind: "tooManyRows"; readonly limit: number }
  /** More rows than fit on the sheet with the rest of it (the templates' tableRowsThatFit): it could not be built. */
  | { readonly kind: "pastLastRow"; readonly rows: number; readonly fit: number }
  /**
   * A register with lines refused: imported whole or not at all, since a line left out would leave
   * the allotment short. `read` lines were fine; `refused` are the ones to fix.
   */
  | { readonly kind: "incompleteRegister"; readonly read: number; readonly refused: readonly RefusedRow[] };

export type ImportResult<Row> =
  | {
      readonly ok: true;
      readonly encoding: CsvEncoding;
      /** Which header of the file fed each field: { date: "日付", close: "終値" }. */
      readonly columns: Readonly<Record<string, string>>;
      readonly rows: readonly Row[];
      readonly refused: readonly RefusedRow[];
      /** A price file's own splits (J-Quants' adjustment factors), when it has the columns. */
      readonly splits?: readonly SplitRow[];
      /** Adjusted closes the splits do not explain (a dividend adjustment?): reported, never applied. */
      readonly otherAdjustment?: OtherAdjustment;
    }
  | { readonly ok: false; readonly encoding?: CsvEncoding; readonly problem: FileProblem };
