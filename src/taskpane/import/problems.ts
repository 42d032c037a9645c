/**
 * What an import refuses, as data: the task pane words it in the user's language, and the
 * golden files compare it exactly. Row numbers count records in the file with the header as
 * row 1 (the line number, unless a quoted field spans lines).
 */
import type { CsvEncoding } from "./decode";

export type RowProblem =
  | { readonly kind: "badDate"; readonly value: string }
  | { readonly kind: "duplicateDate"; readonly value: string; readonly firstRow: number }
  | { readonly kind: "notANumber"; readonly column: string; readonly value: string }
  | { readonly kind: "notPositive"; readonly column: string; readonly value: string }
  | { readonly kind: "negative"; readonly column: string; readonly value: string }
  | { readonly kind: "notWhole"; readonly column: string; readonly value: string }
  | { readonly kind: "missingHolder" }
  | { readonly kind: "duplicateHolder"; readonly value: string; readonly firstRow: number }
  | { readonly kind: "tooFewFields"; readonly expected: number; readonly found: number }
  | { readonly kind: "malformedQuotes" };

export interface RefusedRow {
  readonly row: number;
  readonly problem: RowProblem;
}

export type FileProblem =
  | { readonly kind: "empty" }
  /** No row of the file names the required columns; `firstRow` is what the file starts with. */
  | { readonly kind: "noHeader"; readonly required: readonly string[]; readonly firstRow: readonly string[] }
  | { readonly kind: "noRows" };

export type ImportResult<Row> =
  | {
      readonly ok: true;
      readonly encoding: CsvEncoding;
      /** Which header of the file fed each field: { date: "日付", close: "終値" }. */
      readonly columns: Readonly<Record<string, string>>;
      readonly rows: readonly Row[];
      readonly refused: readonly RefusedRow[];
    }
  | { readonly ok: false; readonly encoding: CsvEncoding; readonly problem: FileProblem };
