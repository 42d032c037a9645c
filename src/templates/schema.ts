/**
 * Checks a template (a user's JSON file, or a built-in) before anything is written. Every refusal
 * names the path of the offending value, so a user can find it in the file:
 * `sections[2].rows[0].cells[0].formula: the name "Ratoi" is not defined …`.
 */
import type {
  CellSpec,
  CellStyle,
  InputKind,
  Section,
  TableColumnInput,
  TableColumnSpec,
  Template,
  TemplateInput,
  TemplateRow,
  Text,
} from "./types";
import {
  CELL_REFERENCE,
  COLUMN_REFERENCE,
  formulaNames,
  MESSAGE_PLACEHOLDER,
  ROW_REFERENCE,
  STRING_LITERAL,
} from "./formula";

export class TemplateError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(path ? `${path}: ${problem}` : problem);
    this.name = "TemplateError";
  }
}

/** Limits that keep a hostile file from making a huge or slow sheet. */
const LIMITS = {
  templateChars: 1_000_000,
  inputs: 200,
  sections: 50,
  rowsPerSection: 200,
  valueColumns: 4,
  tableColumns: 30,
  tableMinRows: 5_000,
  textChars: 1_000,
  formulaChars: 2_000,
} as const;

const INPUT_KINDS: readonly InputKind[] = [
  "text",
  "shares",
  "ratio",
  "yen",
  "price",
  "fraction",
  "unit",
  "date",
  "boolean",
  "choice",
  "table",
];
const COLUMN_KINDS: readonly InputKind[] = INPUT_KINDS.filter(
  (k) => k !== "table" && k !== "choice" && k !== "boolean",
);
const CELL_STYLES: readonly CellStyle[] = [
  "title",
  "subtitle",
  "section",
  "header",
  "label",
  "input",
  "computed",
  "result",
  "note",
  "warning",
];

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** Keys that reach an object's prototype in JavaScript: refused anywhere in a template file. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Nesting a template never needs; deeper is a hostile file. */
const MAX_DEPTH = 12;

/**
 * Functions a template formula may call: Excel's own that a worksheet of figures needs, and the
 * add-in's MERGER.*. Nothing that reaches outside the workbook (WEBSERVICE, HYPERLINK, CALL) or
 * reads cells by computed address (INDIRECT, OFFSET).
 */
const ALLOWED_FUNCTIONS = new Set([
  "ABS",
  "AND",
  "AVERAGE",
  "CHOOSE",
  "COUNT",
  "COUNTA",
  "COUNTBLANK",
  "COUNTIF",
  "DATE",
  "DAY",
  "EDATE",
  "EOMONTH",
  "FLOOR",
  "IF",
  "IFERROR",
  "IFS",
  "INDEX",
  "INT",
  "ISBLANK",
  "ISERROR",
  "ISNUMBER",
  "ISTEXT",
  "LEN",
  "MATCH",
  "MAX",
  "MEDIAN",
  "MIN",
  "MOD",
  "MONTH",
  "N",
  "NOT",
  "OR",
  "PRODUCT",
  "QUOTIENT",
  "ROUND",
  "ROUNDDOWN",
  "ROUNDUP",
  "ROWS",
  "SUM",
  "SUMIF",
  "SUMPRODUCT",
  "TEXT",
  "TRUNC",
  "VALUE",
  "XOR",
  "YEAR",
  "MERGER.ALLOTMENT_SHARES",
  "MERGER.ODD_LOT",
  "MERGER.FRACTION_CASH",
  "MERGER.AVG_CLOSE_30",
  "MERGER.VWAP",
  "MERGER.TSE_IS_SESSION",
  "MERGER.TSE_WORKDAY",
  "MERGER.TSE_WINDOW",
  "MERGER.SHORT_FORM",
  "MERGER.SIMPLIFIED",
  "MERGER.SIMPLIFIED_ARTICLE",
  "MERGER.SCHEDULE",
  "MERGER.SCHEDULE_CHECK",
  "MERGER.RIGHTS_CONVERSION",
  "MERGER.PRO_FORMA",
]);
const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Excel's rules for a defined name, kept to ASCII: a letter or underscore first, then letters,
 * digits, underscores and dots; never something Excel reads as a cell (A1, R1C1) or a boolean.
 */
function excelNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(name)) {
    return `"${name}" is not a valid Excel name (a letter or _ first, then letters, digits, _ or .; at most 255)`;
  }
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[Rr][0-9]*([Cc][0-9]*)?$/.test(name) || /^[Cc][0-9]*$/.test(name)) {
    return `"${name}" looks like a cell reference to Excel`;
  }
  if (/^(true|false)$/i.test(name)) return `"${name}" is a boolean to Excel`;
  return undefined;
}

/** Characters Excel refuses in a sheet name; 31 characters at most, room kept for " (99)". */
function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "a sheet name cannot be empty";
  if (name.length > 26) return `"${name}" is longer than 26 characters (Excel allows 31, and " (2)" may be added)`;
  if (/[[\]:*?/\\]/.test(name)) return `"${name}" contains one of [ ] : * ? / \\, which Excel refuses in a sheet name`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" starts or ends with an apostrophe`;
  if (/^history$/i.test(name)) return `"History" is reserved by Excel`;
  return undefined;
}

type Json = unknown;

const describe = (value: Json): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : typeof value === "object"
        ? "an object"
        : JSON.stringify(value);

function fail(path: string, problem: string): never {
  throw new TemplateError(path, problem);
}

function object(value: Json, path: string): Record<string, Json> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail(path, `expected an object, found ${describe(value)}`);
  return value as Record<string, Json>;
}

function noExtraKeys(value: Record<string, Json>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      fail(path === "(template)" ? key : `${path}.${key}`, `unknown property (allowed: ${allowed.join(", ")})`);
  }
}

function array(value: Json, path: string, max: number, min = 0): Json[] {
  if (!Array.isArray(value)) fail(path, `expected an array, found ${describe(value)}`);
  if (value.length < min) fail(path, `expected at least ${min} item${min === 1 ? "" : "s"}`);
  if (value.length > max) fail(path, `has ${value.length} items; at most ${max} are allowed`);
  return value;
}

function string(value: Json, path: string, max: number = LIMITS.textChars): string {
  if (typeof value !== "string") fail(path, `expected text, found ${describe(value)}`);
  if (value.length > max) fail(path, `is ${value.length} characters long; at most ${max} are allowed`);
  return value;
}

function matching(value: Json, pattern: RegExp, path: string, what: string): string {
  const text = string(value, path);
  if (!pattern.test(text)) fail(path, `"${text}" is not a valid ${what}`);
  // Ids become keys of the inputs object: "toString" would read JavaScript's own property.
  if (text in Object.prototype) fail(path, `"${text}" is reserved; choose another ${what}`);
  return text;
}

const FORMULA_STARTS = ["=", "+", "-", "@", "＝", "＋", "－", "＠"];

function text(value: Json, path: string): Text {
  const o = object(value, path);
  noExtraKeys(o, ["en", "ja"], path);
  const en = string(o.en, `${path}.en`);
  const ja = string(o.ja, `${path}.ja`);
  if (en.trim() === "") fail(`${path}.en`, "cannot be empty");
  if (ja.trim() === "") fail(`${path}.ja`, "cannot be empty");
  // Text that Excel would read as a formula (=, +, -, @ first) is refused in a template file,
  // though the writer would write it as text anyway: a label has no reason to look like one.
  for (const [language, value] of [
    ["en", en],
    ["ja", ja],
  ] as const) {
    const first = value.trimStart()[0];
    if (first && FORMULA_STARTS.includes(first)) {
      fail(
        `${path}.${language}`,
        `"${value.slice(0, 40)}" starts with "${first}", which Excel reads as a formula; begin the text another way`,
      );
    }
  }
  return { en, ja };
}

const optional = <T>(value: Json, read: (v: Json) => T): T | undefined =>
  value === undefined ? undefined : read(value);

function finite(value: Json, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(path, `expected a number, found ${describe(value)}`);
  return value;
}

function oneOf<T extends string>(value: Json, options: readonly T[], path: string): T {
  if (typeof value !== "string" || !options.includes(value as T)) {
    fail(path, `${describe(value)} is not one of ${options.map((o) => `"${o}"`).join(", ")}`);
  }
  return value as T;
}

/** Names defined so far, case-insensitive as in Excel; a second definition is refused. */
class NameRegistry {
  private readonly defined = new Map<string, string>();
  define(name: string, path: string): void {
    const problem = excelNameProblem(name);
    if (problem) fail(path, problem);
    const earlier = this.defined.get(name.toUpperCase());
    if (earlier) fail(path, `the name "${name}" is already defined at ${earlier}`);
    this.defined.set(name.toUpperCase(), path);
  }
  has(name: string): boolean {
    return this.defined.has(name.toUpperCase());
  }
}

function tableColumnInput(value: Json, path: string): TableColumnInput {
  const o = object(value, path);
  noExtraKeys(o, ["id", "kind", "label", "required"], path);
  return {
    id: matching(o.id, ID, `${path}.id`, "column id"),
    kind: oneOf(o.kind, COLUMN_KINDS, `${path}.kind`) as TableColumnInput["kind"],
    label: text(o.label, `${path}.label`),
    ...(o.required !== undefined && { required: boolean(o.required, `${path}.required`) }),
  };
}

function boolean(value: Json, path: string): boolean {
  if (typeof value !== "boolean") fail(path, `expected true or false, found ${describe(value)}`);
  return value;
}

function input(value: Json, path: string, names: NameRegistry): TemplateInput {
  const o = object(value, path);
  noExtraKeys(
    o,
    ["id", "kind", "label", "help", "name", "required", "min", "max", "options", "columns", "default", "note"],
    path,
  );
  const kind = oneOf(o.kind, INPUT_KINDS, `${path}.kind`);
  const result: TemplateInput = {
    id: matching(o.id, ID, `${path}.id`, "input id"),
    kind,
    label: text(o.label, `${path}.label`),
  };
  if (o.help !== undefined) result.help = text(o.help, `${path}.help`);
  if (o.note !== undefined) result.note = text(o.note, `${path}.note`);
  if (o.name !== undefined) {
    if (kind === "table") fail(`${path}.name`, "a table input is named by its columns (sections[].columns[].name)");
    result.name = string(o.name, `${path}.name`);
    names.define(result.name, `${path}.name`);
  }
  if (o.required !== undefined) result.required = boolean(o.required, `${path}.required`);
  if (o.min !== undefined) result.min = finite(o.min, `${path}.min`);
  if (o.max !== undefined) result.max = finite(o.max, `${path}.max`);
  if (result.min !== undefined && result.max !== undefined && result.min > result.max)
    fail(`${path}.max`, "is below min");
  if (kind === "choice") {
    const options = array(o.options, `${path}.options`, 50, 1).map((option, i) => {
      const p = `${path}.options[${i}]`;
      const oo = object(option, p);
      noExtraKeys(oo, ["value", "label"], p);
      return { value: string(oo.value, `${p}.value`, 100), label: text(oo.label, `${p}.label`) };
    });
    result.options = options;
  } else if (o.options !== undefined) fail(`${path}.options`, 'only a "choice" input has options');
  if (kind === "table") {
    const columns = array(o.columns, `${path}.columns`, LIMITS.tableColumns, 1).map((c, i) =>
      tableColumnInput(c, `${path}.columns[${i}]`),
    );
    unique(
      columns.map((c) => c.id),
      `${path}.columns`,
      "column id",
    );
    result.columns = columns;
  } else if (o.columns !== undefined) fail(`${path}.columns`, 'only a "table" input has columns');
  if (o.default !== undefined) {
    if (kind === "table") fail(`${path}.default`, "a table input has no default");
    const d = o.default;
    if (d !== null && typeof d !== "string" && typeof d !== "number" && typeof d !== "boolean") {
      fail(`${path}.default`, `expected text, a number or true/false, found ${describe(d)}`);
    }
    result.default = d;
  }
  return result;
}

function unique(ids: string[], path: string, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id.toLowerCase())) fail(`${path}[${i}]`, `the ${what} "${id}" is used twice`);
    seen.add(id.toLowerCase());
  });
}

/** What a formula may refer to, checked once every name is known. */
interface FormulaCheck {
  formula: string;
  path: string;
  /** Column ids a `[@id]` may name (per-row table formulas only). */
  rowColumns?: string[];
  /** Column ids a `[#id]` may name (spill and summary formulas of a table). */
  tableColumns?: string[];
}

function formula(
  value: Json,
  path: string,
  checks: FormulaCheck[],
  scope: Omit<FormulaCheck, "formula" | "path"> = {},
): string {
  const f = string(value, path, LIMITS.formulaChars);
  if (!f.startsWith("=")) fail(path, 'a formula starts with "="');
  const code = f.replace(STRING_LITERAL, '""');
  // A template is self-contained: a reference to another sheet would read the user's data.
  if (/!/.test(code)) fail(path, "a formula may not refer to another sheet");
  // Where a cell lands is the layout's business: a fixed address would point at the wrong cell,
  // and a whole-column range (A:A, 1:1) makes every recalculation slow.
  const address = formulaAddress(code);
  if (address)
    fail(
      path,
      `"${address}" refers to cells by address: refer to them by the template's names (inputs, named cells, [@column], [#column])`,
    );
  for (const match of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    if (!ALLOWED_FUNCTIONS.has(match[1]!.toUpperCase()))
      fail(path, `the function ${match[1]} is not allowed in a template`);
  }
  checks.push({ formula: f, path, ...scope });
  return f;
}

function style(value: Json, path: string): CellStyle {
  return oneOf(value, CELL_STYLES, path);
}

function cell(value: Json, path: string, ctx: Context): CellSpec {
  const o = object(value, path);
  const kinds = ["input", "formula", "text", "empty"].filter((k) => o[k] !== undefined);
  if (kinds.length !== 1) fail(path, 'a cell has exactly one of "input", "formula", "text" or "empty"');
  if (o.input !== undefined) {
    noExtraKeys(o, ["input", "format"], path);
    const id = string(o.input, `${path}.input`);
    const target = ctx.inputs.get(id);
    if (!target) fail(`${path}.input`, `no input has the id "${id}"`);
    if (target.kind === "table") fail(`${path}.input`, `"${id}" is a table input: show it with a "table" section`);
    const earlier = ctx.placed.get(id);
    if (earlier) fail(`${path}.input`, `the input "${id}" is already placed at ${earlier} (its cell carries its name)`);
    ctx.placed.set(id, path);
    return { input: id, ...(o.format !== undefined && { format: numberFormat(o.format, `${path}.format`) }) };
  }
  if (o.formula !== undefined) {
    noExtraKeys(o, ["formula", "name", "format", "style"], path);
    const spec: CellSpec = {
      formula: formula(
        o.formula,
        `${path}.formula`,
        ctx.formulas,
        ctx.summaryOf ? { tableColumns: ctx.summaryOf } : {},
      ),
    };
    if (o.name !== undefined) {
      spec.name = string(o.name, `${path}.name`);
      ctx.names.define(spec.name, `${path}.name`);
    }
    if (o.format !== undefined) spec.format = numberFormat(o.format, `${path}.format`);
    if (o.style !== undefined) spec.style = style(o.style, `${path}.style`);
    return spec;
  }
  if (o.text !== undefined) {
    noExtraKeys(o, ["text", "style"], path);
    return {
      text: text(o.text, `${path}.text`),
      ...(o.style !== undefined && { style: style(o.style, `${path}.style`) }),
    };
  }
  noExtraKeys(o, ["empty"], path);
  if (o.empty !== true) fail(`${path}.empty`, "must be true");
  return { empty: true };
}

function numberFormat(value: Json, path: string): string {
  return string(value, path, 100);
}

function row(value: Json, path: string, columns: number, ctx: Context): TemplateRow {
  const o = object(value, path);
  noExtraKeys(o, ["label", "cells", "note"], path);
  const cells = array(o.cells, `${path}.cells`, columns).map((c, i) => cell(c, `${path}.cells[${i}]`, ctx));
  return {
    label: text(o.label, `${path}.label`),
    cells,
    ...(o.note !== undefined && { note: text(o.note, `${path}.note`) }),
  };
}

interface Context {
  inputs: Map<string, TemplateInput>;
  placed: Map<string, string>;
  names: NameRegistry;
  formulas: FormulaCheck[];
  tables: Map<string, { columns: TableColumnSpec[] }>;
  tableNames: Set<string>;
  /** While reading a table's summary rows: its column ids, for `[#id]`. */
  summaryOf?: string[];
}

function tableColumn(value: Json, path: string, source: TemplateInput, ctx: Context, ids: string[]): TableColumnSpec {
  const o = object(value, path);
  noExtraKeys(o, ["id", "header", "field", "formula", "spill", "name", "format", "width"], path);
  const column: TableColumnSpec = {
    id: matching(o.id, ID, `${path}.id`, "column id"),
    header: text(o.header, `${path}.header`),
  };
  if ([o.field, o.formula, o.spill].filter((v) => v !== undefined).length !== 1) {
    fail(path, 'a table column has exactly one of "field", "formula" or "spill"');
  }
  if (o.field !== undefined) {
    column.field = string(o.field, `${path}.field`);
    if (!source.columns!.some((c) => c.id === column.field)) {
      fail(`${path}.field`, `the input "${source.id}" has no column "${column.field}"`);
    }
  } else if (o.formula !== undefined)
    column.formula = formula(o.formula, `${path}.formula`, ctx.formulas, { rowColumns: ids });
  else column.spill = formula(o.spill, `${path}.spill`, ctx.formulas, { tableColumns: ids });
  if (o.name !== undefined) {
    column.name = string(o.name, `${path}.name`);
    ctx.names.define(column.name, `${path}.name`);
  }
  if (o.format !== undefined) column.format = numberFormat(o.format, `${path}.format`);
  if (o.width !== undefined) {
    column.width = finite(o.width, `${path}.width`);
    if (column.width <= 0 || column.width > 500) fail(`${path}.width`, "must be between 0 and 500 points");
  }
  return column;
}

function section(value: Json, path: string, ctx: Context): Section {
  const o = object(value, path);
  const kind = oneOf(o.kind, ["rows", "table", "chart"] as const, `${path}.kind`);
  const id = matching(o.id, ID, `${path}.id`, "section id");
  const title = text(o.title, `${path}.title`);
  if (kind === "rows") {
    noExtraKeys(o, ["kind", "id", "title", "note", "columns", "rows"], path);
    const columns = optional(o.columns, (c) =>
      array(c, `${path}.columns`, LIMITS.valueColumns, 1).map((t, i) => text(t, `${path}.columns[${i}]`)),
    );
    const rows = array(o.rows, `${path}.rows`, LIMITS.rowsPerSection, 1).map((r, i) =>
      row(r, `${path}.rows[${i}]`, columns?.length ?? 1, ctx),
    );
    return {
      kind,
      id,
      title,
      ...(o.note !== undefined && { note: text(o.note, `${path}.note`) }),
      ...(columns && { columns }),
      rows,
    };
  }
  if (kind === "table") {
    noExtraKeys(
      o,
      ["kind", "id", "title", "note", "input", "tableName", "minRows", "optional", "columns", "summary"],
      path,
    );
    const inputId = string(o.input, `${path}.input`);
    const source = ctx.inputs.get(inputId);
    if (!source || source.kind !== "table") fail(`${path}.input`, `no table input has the id "${inputId}"`);
    if (ctx.placed.has(inputId))
      fail(`${path}.input`, `the input "${inputId}" is already shown at ${ctx.placed.get(inputId)}`);
    ctx.placed.set(inputId, path);
    const tableName = string(o.tableName, `${path}.tableName`);
    const nameProblem = excelNameProblem(tableName);
    if (nameProblem) fail(`${path}.tableName`, nameProblem);
    if (ctx.tableNames.has(tableName.toUpperCase()))
      fail(`${path}.tableName`, `the table name "${tableName}" is used twice`);
    ctx.tableNames.add(tableName.toUpperCase());
    const minRows = finite(o.minRows, `${path}.minRows`);
    if (!Number.isInteger(minRows) || minRows < 0 || minRows > LIMITS.tableMinRows) {
      fail(`${path}.minRows`, `must be a whole number from 0 to ${LIMITS.tableMinRows}`);
    }
    const rawColumns = array(o.columns, `${path}.columns`, LIMITS.tableColumns, 1);
    const ids = rawColumns.map((c, i) =>
      matching(object(c, `${path}.columns[${i}]`).id, ID, `${path}.columns[${i}].id`, "column id"),
    );
    unique(ids, `${path}.columns`, "column id");
    const columns = rawColumns.map((c, i) => tableColumn(c, `${path}.columns[${i}]`, source, ctx, ids));
    const firstSpill = columns.findIndex((c) => c.spill !== undefined);
    if (firstSpill === 0) fail(`${path}.columns[0]`, "a table needs a column of its own before spill columns");
    if (firstSpill > 0 && columns.slice(firstSpill).some((c) => c.spill === undefined)) {
      fail(
        `${path}.columns[${firstSpill}]`,
        "spill columns must come after all the other columns (Excel refuses a spill inside a table)",
      );
    }
    ctx.tables.set(id, { columns });
    ctx.summaryOf = ids;
    const summary = optional(o.summary, (s) =>
      array(s, `${path}.summary`, LIMITS.rowsPerSection).map((r, i) => row(r, `${path}.summary[${i}]`, 1, ctx)),
    );
    delete ctx.summaryOf;
    return {
      kind,
      id,
      title,
      ...(o.note !== undefined && { note: text(o.note, `${path}.note`) }),
      input: inputId,
      tableName,
      minRows,
      ...(o.optional !== undefined && { optional: boolean(o.optional, `${path}.optional`) }),
      columns,
      ...(summary && { summary }),
    };
  }
  noExtraKeys(o, ["kind", "id", "title", "table", "x", "y"], path);
  const tableId = string(o.table, `${path}.table`);
  const table = ctx.tables.get(tableId);
  if (!table) fail(`${path}.table`, `no table section before this chart has the id "${tableId}"`);
  const x = string(o.x, `${path}.x`);
  const y = string(o.y, `${path}.y`);
  const xAt = table.columns.findIndex((c) => c.id === x);
  const yAt = table.columns.findIndex((c) => c.id === y);
  if (xAt < 0) fail(`${path}.x`, `the table "${tableId}" has no column "${x}"`);
  if (yAt < 0) fail(`${path}.y`, `the table "${tableId}" has no column "${y}"`);
  if (yAt !== xAt + 1) fail(`${path}.y`, `the y column must sit right after the x column "${x}"`);
  return { kind, id, title, table: tableId, x, y };
}

/** The first cell address or whole-column/row range in a formula (strings removed), if any. */
function formulaAddress(code: string): string | undefined {
  const bare = code.replace(MESSAGE_PLACEHOLDER, '""').replace(ROW_REFERENCE, "").replace(COLUMN_REFERENCE, "");
  return (
    bare.match(CELL_REFERENCE)?.[0] ??
    /(?<![A-Za-z0-9_.$])\$?(?:[A-Za-z]{1,3}|[0-9]+):\$?(?:[A-Za-z]{1,3}|[0-9]+)(?![A-Za-z0-9_.])/.exec(bare)?.[0]
  );
}

/** Refuses prototype keys and absurd nesting anywhere in the file, before anything is read. */
function checkShape(value: Json, path: string, depth: number): void {
  if (depth > MAX_DEPTH) fail(path, `is nested more than ${MAX_DEPTH} levels deep`);
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkShape(item, `${path}[${i}]`, depth + 1));
    return;
  }
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key))
      fail(at, `"${key}" is not allowed as a key (it would reach JavaScript's object prototype)`);
    checkShape((value as Record<string, Json>)[key], at, depth + 1);
  }
}

/** Every name a formula uses must be defined by the template; `{{key}}` must be a message. */
function checkFormula(check: FormulaCheck, names: NameRegistry, messages: Record<string, Text>): void {
  const { formula: f, path, rowColumns, tableColumns } = check;
  for (const match of f.matchAll(MESSAGE_PLACEHOLDER)) {
    if (!Object.prototype.hasOwnProperty.call(messages, match[1]!))
      fail(path, `the message "{{${match[1]}}}" is not defined in "messages"`);
  }
  for (const match of f.matchAll(ROW_REFERENCE)) {
    if (!rowColumns) fail(path, `"[@${match[1]}]" can only be used in a table column's formula`);
    if (!rowColumns.includes(match[1]!)) fail(path, `the table has no column "${match[1]}" for "[@${match[1]}]"`);
  }
  for (const match of f.matchAll(COLUMN_REFERENCE)) {
    if (!tableColumns) fail(path, `"[#${match[1]}]" can only be used in a table's spill column or summary`);
    if (!tableColumns.includes(match[1]!)) fail(path, `the table has no column "${match[1]}" for "[#${match[1]}]"`);
  }
  for (const name of formulaNames(f)) {
    if (!names.has(name)) fail(path, `the name "${name}" is not defined by any input, cell or table column`);
  }
}

export function parseTemplate(json: unknown): Template {
  let size: number;
  try {
    size = JSON.stringify(json)?.length ?? 0;
  } catch {
    fail("", "the template is not JSON data");
  }
  if (size > LIMITS.templateChars)
    fail("", `the template is ${size} characters long; at most ${LIMITS.templateChars} are allowed`);
  checkShape(json, "", 0);
  const o = object(json, "(template)");
  noExtraKeys(
    o,
    [
      "format",
      "version",
      "id",
      "family",
      "title",
      "description",
      "sheetName",
      "inputs",
      "values",
      "messages",
      "sections",
    ],
    "(template)",
  );
  if (o.format !== "merger-template") fail("format", `expected "merger-template", found ${describe(o.format)}`);
  if (o.version !== 1) fail("version", `expected 1, found ${describe(o.version)}`);
  const id = matching(o.id, TEMPLATE_ID, "id", "template id (lower-case letters, digits and -)");
  const family = optional(o.family, (f) => oneOf(f, ["absorption-merger"] as const, "family"));
  const title = text(o.title, "title");
  const description = text(o.description, "description");
  const sheetName = text(o.sheetName, "sheetName");
  for (const language of ["en", "ja"] as const) {
    const problem = sheetNameProblem(sheetName[language]);
    if (problem) fail(`sheetName.${language}`, problem);
  }
  const names = new NameRegistry();
  const inputs = array(o.inputs, "inputs", LIMITS.inputs).map((v, i) => input(v, `inputs[${i}]`, names));
  unique(
    inputs.map((i) => i.id),
    "inputs",
    "input id",
  );
  const byId = new Map(inputs.map((i) => [i.id, i]));
  const messages: Record<string, Text> = Object.create(null) as Record<string, Text>;
  if (o.messages !== undefined) {
    for (const [key, value] of Object.entries(object(o.messages, "messages"))) {
      matching(key, ID, `messages.${key}`, "message key");
      messages[key] = text(value, `messages.${key}`);
    }
  }
  const ctx: Context = {
    inputs: byId,
    placed: new Map(),
    names,
    formulas: [],
    tables: new Map(),
    tableNames: new Set(),
  };
  const sections = array(o.sections, "sections", LIMITS.sections, 1).map((s, i) => section(s, `sections[${i}]`, ctx));
  unique(
    sections.map((s) => s.id),
    "sections",
    "section id",
  );
  inputs.forEach((inp, i) => {
    if (!ctx.placed.has(inp.id)) fail(`inputs[${i}]`, `the input "${inp.id}" is not shown by any section`);
  });
  for (const check of ctx.formulas) checkFormula(check, names, messages);
  const values = optional(o.values, (v) => {
    const given = object(v, "values");
    for (const key of Object.keys(given)) if (!byId.has(key)) fail(`values.${key}`, `no input has the id "${key}"`);
    return given as Template["values"];
  });
  return {
    format: "merger-template",
    version: 1,
    id,
    ...(family && { family }),
    title,
    description,
    sheetName,
    inputs,
    ...(values && { values }),
    ...(o.messages !== undefined && { messages: { ...messages } }),
    sections,
  };
}
