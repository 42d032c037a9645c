/**
 * A CSV file as a table with named columns: papaparse splits the records, a header row found
 * among the first few records names the columns (in English or Japanese, any case, full- or
 * half-width, with or without a unit such as "(円)"), and each record keeps its row number.
 */
import Papa from "papaparse";
import type { FileProblem, RefusedRow, RowProblem } from "./problems";

export interface ColumnSpec<Field extends string> {
  readonly field: Field;
  /** Header texts that name this column, compared after `headerKey`. */
  readonly headers: readonly string[];
  readonly required: boolean;
}

export interface CsvRecord {
  /** 1-based, header included: what a user sees as the line in a text editor. */
  readonly row: number;
  readonly fields: readonly string[];
}

export interface CsvTable<Field extends string> {
  /** Column index of each field found. */
  readonly index: Readonly<Partial<Record<Field, number>>>;
  /** The file's own header text of each field found. */
  readonly headers: Readonly<Partial<Record<Field, string>>>;
  readonly records: readonly CsvRecord[];
  /** Records papaparse could not split cleanly (an unbalanced quote). */
  readonly malformed: ReadonlyMap<number, RowProblem>;
}

// Broker files may open with a line or two about the issue before the header.
const HEADER_SEARCH_ROWS = 10;

/** "終値（円）" → "終値", " Close " → "close", "ＶＯＬＵＭＥ" → "volume". */
export function headerKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\(.*?\)|\[.*?\]/g, "")
    .replace(/[\s_]+/g, "")
    .toLowerCase();
}

const isBlankRecord = (fields: readonly string[]) => fields.every((field) => field.trim() === "");

export function readCsvTable<Field extends string>(
  text: string,
  columns: readonly ColumnSpec<Field>[],
): { ok: true; table: CsvTable<Field> } | { ok: false; problem: FileProblem } {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const malformed = new Map<number, RowProblem>();
  for (const error of parsed.errors) {
    if (error.type === "Quotes" && error.row !== undefined) malformed.set(error.row + 1, { kind: "malformedQuotes" });
  }
  const all = parsed.data.map((fields, i): CsvRecord => ({ row: i + 1, fields }));
  const nonBlank = all.filter((record) => !isBlankRecord(record.fields));
  if (nonBlank.length === 0) return { ok: false, problem: { kind: "empty" } };

  const keysOf = (spec: ColumnSpec<Field>) => new Set(spec.headers.map(headerKey));
  const required = columns.filter((spec) => spec.required);
  const headerRecord = nonBlank.slice(0, HEADER_SEARCH_ROWS).find((record) => {
    const keys = record.fields.map(headerKey);
    return required.every((spec) => keys.some((key) => keysOf(spec).has(key)));
  });
  if (!headerRecord) {
    return {
      ok: false,
      problem: {
        kind: "noHeader",
        required: required.map((spec) => spec.field),
        firstRow: (nonBlank[0]?.fields ?? []).map((f) => f.trim()),
      },
    };
  }

  const index: Partial<Record<Field, number>> = {};
  const headers: Partial<Record<Field, string>> = {};
  const keys = headerRecord.fields.map(headerKey);
  for (const spec of columns) {
    const at = keys.findIndex((key) => keysOf(spec).has(key));
    if (at >= 0) {
      index[spec.field] = at;
      headers[spec.field] = headerRecord.fields[at]?.trim() ?? "";
    }
  }
  const records = all.filter((record) => record.row > headerRecord.row && !isBlankRecord(record.fields));
  if (records.length === 0) return { ok: false, problem: { kind: "noRows" } };
  return { ok: true, table: { index, headers, records, malformed } };
}

/** A record that reached every column found, with its fields read by name. */
export interface WellFormedRecord<Field extends string> {
  readonly row: number;
  /** The field of a column, or "" for a column the file does not have. */
  field(name: Field): string;
}

/**
 * The records of a table that can be read at all; each malformed record, or one too short to
 * reach every column found, is added to `refused` with its reason instead.
 */
export function* wellFormedRecords<Field extends string>(
  table: CsvTable<Field>,
  refused: RefusedRow[],
): Generator<WellFormedRecord<Field>> {
  const { index } = table;
  const needed = Math.max(...Object.values<number | undefined>(index).map((i) => (i ?? 0) + 1));
  for (const { row, fields } of table.records) {
    const malformed = table.malformed.get(row);
    if (malformed) {
      refused.push({ row, problem: malformed });
    } else if (fields.length < needed) {
      refused.push({ row, problem: { kind: "tooFewFields", expected: needed, found: fields.length } });
    } else {
      yield {
        row,
        field: (name) => {
          const at = index[name];
          return at === undefined ? "" : (fields[at] ?? "");
        },
      };
    }
  }
}
