/**
 * The two placeholders a template formula may hold, and the names it uses.
 * `{{key}}` is a message of the template, put in as an Excel string in the sheet's language
 * (`{{language}}` is the sheet's language itself, "en" or "ja", for functions that label or cite);
 * `[@id]` (as in Excel's structured references) is this row's cell of a table column, put in as
 * a plain A1 reference, which every engine (Excel, HyperFormula) reads the same way.
 */
import type { Language, Text } from "./types";

export const MESSAGE_PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9_-]*)\}\}/g;
export const ROW_REFERENCE = /\[@([A-Za-z][A-Za-z0-9_-]*)\]/g;
/** `[#id]`: the whole data range of a table column, as an absolute A1 range. */
export const COLUMN_REFERENCE = /\[#([A-Za-z][A-Za-z0-9_-]*)\]/g;

export const STRING_LITERAL = /"(?:[^"]|"")*"/g;
const ERROR_LITERAL = /#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|GETTING_DATA|SPILL!|CALC!)/g;
// A1 references ($A$1, B12) and booleans are not names.
export const CELL_REFERENCE = /(?<![A-Za-z0-9_.])\$?[A-Za-z]{1,3}\$?[0-9]+(?![A-Za-z0-9_.(])/g;
const IDENTIFIER = /(?<![A-Za-z0-9_.$])[A-Za-z_][A-Za-z0-9_.]*(?![A-Za-z0-9_.]|\s*\()/g;

/** The defined names a formula refers to (not functions, cells, booleans or text). */
export function formulaNames(formula: string): string[] {
  const bare = formula
    .replace(STRING_LITERAL, '""')
    .replace(MESSAGE_PLACEHOLDER, '""')
    .replace(ROW_REFERENCE, "A1")
    .replace(COLUMN_REFERENCE, "A1")
    .replace(ERROR_LITERAL, "0")
    .replace(CELL_REFERENCE, "0");
  const names = bare.match(IDENTIFIER) ?? [];
  return [...new Set(names.filter((n) => !/^(TRUE|FALSE)$/i.test(n)))];
}

/** An Excel string literal: quotes doubled. */
const excelString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The placeholder every template has: the sheet's language, as MERGER functions take it. */
export const LANGUAGE_PLACEHOLDER = "language";

export function fillMessages(formula: string, messages: Record<string, Text>, language: Language): string {
  return formula.replace(MESSAGE_PLACEHOLDER, (_, key: string) =>
    excelString(key === LANGUAGE_PLACEHOLDER ? language : messages[key]![language]),
  );
}

export function fillRowReferences(formula: string, addressOf: (columnId: string) => string): string {
  return formula.replace(ROW_REFERENCE, (_, id: string) => addressOf(id));
}

export function fillColumnReferences(formula: string, rangeOf: (columnId: string) => string): string {
  return formula.replace(COLUMN_REFERENCE, (_, id: string) => rangeOf(id));
}
