/**
 * A CSV file as a table with named columns: papaparse splits the records, a header row found
 * among the first few records names the columns (in English or Japanese, any case, full- or
 * half-width, with or without a unit such as "(円)"), and each record keeps its line number.
 */
import Papa from "papaparse";
import { decodeCsv, type CsvEncoding } from "./decode";
import { fileSizeProblem, rowCountProblem } from "./limits";
import type { FileProblem, RefusedRow, RowProblem } from "./problems";

export interface ColumnSpec<Field extends string> {
  readonly field: Field;
  /** Header texts that name this column, compared after `headerKey`. */
  readonly headers: readonly string[];
  readonly required: boolean;
}

export interface CsvRecord {
  /** 1-based, header included: the line a text editor shows the record starting on. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable<Field extends string> {
  /** Column index of each field found. */
  readonly index: Readonly<Partial<Record<Field, number>>>;
  /** The file's own header text of each field found. */
  readonly headers: Readonly<Partial<Record<Field, string>>>;
  readonly records: readonly CsvRecord[];
  /** Records papaparse could not split cleanly (an unbalanced quote), by line. */
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

/**
 * Tabs first when the text has any: Excel's "Unicode text" export and many tools write
 * tab-separated files, whose figures keep their thousands separators ("1,204"), so commas there
 * are not separators. papaparse's own guess took such a file as one column. A text without a
 * header in tab-separated form is read again with commas.
 */
const DELIMITERS = ["\t", ","] as const;

export function readCsvTable<Field extends string>(
  text: string,
  columns: readonly ColumnSpec<Field>[],
): { ok: true; table: CsvTable<Field> } | { ok: false; problem: FileProblem } {
  const delimiters = text.includes("\t") ? DELIMITERS : ([","] as const);
  let read: ReturnType<typeof readDelimited<Field>> | undefined;
  for (const delimiter of delimiters) {
    read = readDelimited(text, columns, delimiter);
    if (read.ok || read.problem.kind !== "noHeader") return read;
  }
  return read!;
}

function readDelimited<Field extends string>(
  text: string,
  columns: readonly ColumnSpec<Field>[],
  delimiter: string,
): { ok: true; table: CsvTable<Field> } | { ok: false; problem: FileProblem } {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  // A record starts on the line after the lines of the records before it; a quoted field holding
  // line breaks spans more than one.
  let line = 1;
  const all = parsed.data.map((fields): CsvRecord => {
    const record = { line, fields };
    line += 1 + fields.reduce((breaks, field) => breaks + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return record;
  });
  const malformed = new Map<number, RowProblem>();
  for (const error of parsed.errors) {
    const record = error.row === undefined ? undefined : all[error.row];
    if (error.type === "Quotes" && record) malformed.set(record.line, { kind: "malformedQuotes" });
  }
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
  const records = all.filter((record) => record.line > headerRecord.line && !isBlankRecord(record.fields));
  if (records.length === 0) return { ok: false, problem: { kind: "noRows" } };
  return { ok: true, table: { index, headers, records, malformed } };
}

/** A record that reached every column found, with its fields read by name. */
export interface WellFormedRecord<Field extends string> {
  readonly line: number;
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
  for (const { line, fields } of table.records) {
    const malformed = table.malformed.get(line);
    if (malformed) {
      refused.push({ line, problem: malformed });
    } else if (fields.length < needed) {
      refused.push({ line, problem: { kind: "tooFewFields", expected: needed, found: fields.length } });
    } else {
      yield {
        line,
        field: (name) => {
          const at = index[name];
          return at === undefined ? "" : (fields[at] ?? "");
        },
      };
    }
  }
}

/** A CSV file's bytes decoded and read as a table, or why the file as a whole is refused. */
export function readCsvFile<Field extends string>(
  bytes: Uint8Array,
  columns: readonly ColumnSpec<Field>[],
):
  | { ok: true; encoding: CsvEncoding; table: CsvTable<Field> }
  | { ok: false; encoding?: CsvEncoding; problem: FileProblem } {
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    const { utf8Lines, shiftJisLines } = decoded;
    return { ok: false, problem: { kind: "mixedEncodings", utf8Lines, shiftJisLines } };
  }
  const tooMany = rowCountProblem(decoded.text);
  if (tooMany) return { ok: false, encoding: decoded.encoding, problem: tooMany };
  const read = readCsvTable(decoded.text, columns);
  return read.ok
    ? { ok: true, encoding: decoded.encoding, table: read.table }
    : { ok: false, encoding: decoded.encoding, problem: read.problem };
}
