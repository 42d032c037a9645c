/**
 * The checks that need the whole template, run once its structure has passed the schema: names
 * (defined once, valid in Excel, none Excel reserves), formulas (names defined, no cell address,
 * no other sheet, only allowed functions, ASCII outside text), inputs shown once, spill order,
 * charts, key results, and the characters of every label. Each refusal names the path.
 */
import { customFunctionNames } from "../functions/registry";
import { sheetNameProblem as excelSheetNameProblem } from "../plan/excel-limits";
import { fail } from "./errors";
import { definedNameProblem } from "./excel-names";
import {
  CELL_REFERENCE,
  COLUMN_REFERENCE,
  formulaNames,
  LANGUAGE_PLACEHOLDER,
  MESSAGE_PLACEHOLDER,
  ROW_REFERENCE,
  STRING_LITERAL,
} from "./formula";
import type { CellSpec, Section, TableColumnSpec, Template, TemplateInput, TemplateRow, Text } from "./types";

/**
 * Excel's functions a template formula may call, beside the add-in's MERGER.*: what a worksheet of
 * figures needs. Nothing that reaches outside the workbook (WEBSERVICE, HYPERLINK, CALL) or reads
 * cells by computed address (INDIRECT, OFFSET).
 */
const EXCEL_FUNCTIONS_ALLOWED = [
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
  "SUBSTITUTE",
  "SUM",
  "SUMIF",
  "SUMPRODUCT",
  "TEXT",
  "TRUNC",
  "VALUE",
  "XOR",
  "YEAR",
];
const ALLOWED_FUNCTIONS = new Set([...EXCEL_FUNCTIONS_ALLOWED, ...customFunctionNames()]);
/**
 * Excel's volatile functions: recalculated at every change in the workbook, and with them every
 * cell that depends on them. A MERGER.* call reading one (directly or through a name) would be
 * invoked again at each edit and never answered from the add-in's recalculation cache.
 */
const VOLATILE_FUNCTIONS = new Set([
  "TODAY",
  "NOW",
  "RAND",
  "RANDBETWEEN",
  "RANDARRAY",
  "OFFSET",
  "INDIRECT",
  "CELL",
  "INFO",
]);

/** Text Excel would read as a formula when typed: =, +, -, @ first (and their full-width forms). */
const FORMULA_STARTS = ["=", "+", "-", "@", "＝", "＋", "－", "＠"];
/**
 * Control characters, zero-width characters and bidirectional controls: they make a label or a
 * sheet name read differently from what it is (a name that looks like another, text reversed).
 */
const HIDDEN_CHARACTERS = /[\p{Cc}\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** Excel's rules for a sheet name, with room kept within its 31 characters for " (99)". */
function sheetNameProblem(name: string): string | undefined {
  if (name.length > 26) return `"${name}" is longer than 26 characters (Excel allows 31, and " (2)" may be added)`;
  return excelSheetNameProblem(name);
}

function checkText(value: Text, path: string): void {
  for (const language of ["en", "ja"] as const) {
    const at = `${path}.${language}`;
    const words = value[language];
    if (words.trim() === "") fail(at, "cannot be empty");
    const hidden = HIDDEN_CHARACTERS.exec(words);
    if (hidden) {
      const code = hidden[0].codePointAt(0) ?? 0;
      fail(at, `contains the invisible character U+${code.toString(16).toUpperCase().padStart(4, "0")}`);
    }
    // The writer writes labels as text anyway; a label has no reason to look like a formula.
    const first = words.trimStart()[0];
    if (first && FORMULA_STARTS.includes(first)) {
      fail(
        at,
        `"${words.slice(0, 40)}" starts with "${first}", which Excel reads as a formula; begin the text another way`,
      );
    }
  }
}

/** Names defined so far, case-insensitive as in Excel; a second definition is refused. */
class Names {
  private readonly defined = new Map<string, string>();
  define(name: string, path: string): void {
    const problem = definedNameProblem(name);
    if (problem) fail(path, problem);
    const earlier = this.defined.get(name.toUpperCase());
    if (earlier) fail(path, `the name "${name}" is already defined at ${earlier}`);
    this.defined.set(name.toUpperCase(), path);
  }
  has(name: string): boolean {
    return this.defined.has(name.toUpperCase());
  }
}

/** A formula and what it may refer to, checked once every name is known. */
interface FormulaUse {
  formula: string;
  path: string;
  /** Column ids a `[@id]` may name (per-row table formulas only). */
  rowColumns?: readonly string[];
  /** Column ids a `[#id]` may name (spill and summary formulas of a table). */
  tableColumns?: readonly string[];
}

/** The first cell address or whole-column/row range in a formula (strings removed), if any. */
function formulaAddress(code: string): string | undefined {
  const bare = code.replace(MESSAGE_PLACEHOLDER, '""').replace(ROW_REFERENCE, "").replace(COLUMN_REFERENCE, "");
  return (
    bare.match(CELL_REFERENCE)?.[0] ??
    /(?<![A-Za-z0-9_.$])\$?(?:[A-Za-z]{1,3}|[0-9]+):\$?(?:[A-Za-z]{1,3}|[0-9]+)(?![A-Za-z0-9_.])/.exec(bare)?.[0]
  );
}

/** A DDE link, program|topic!item (`cmd|' /C calc'!A0`): Excel runs it once it takes the text for a formula. */
const DDE_LINK = /[^|]\|[^|]*!/;

function checkNoDdeLink(shown: string, path: string): void {
  if (DDE_LINK.test(shown)) {
    fail(
      path,
      `the text "${shown.slice(0, 40)}" is a DDE link (program|topic!item), which Excel runs once it reads the text as a formula`,
    );
  }
}

/**
 * The text of each string of a formula, as Excel shows it: the writer writes a copy's text as text,
 * but the file may be opened elsewhere, or its cells retyped, so no string may read as a formula.
 */
function checkFormulaStrings(formula: string, path: string): void {
  for (const [literal] of formula.matchAll(STRING_LITERAL)) {
    const shown = literal.slice(1, -1).replace(/""/g, '"');
    const first = shown.trimStart()[0];
    if (first && FORMULA_STARTS.includes(first)) {
      fail(
        path,
        `the text "${shown.slice(0, 40)}" starts with "${first}", which Excel reads as a formula when it is shown; begin the text another way`,
      );
    }
    checkNoDdeLink(shown, path);
  }
}

/** What a formula is made of, judged alone: no name is looked up yet. */
function checkFormulaText(formula: string, path: string): void {
  if (!formula.startsWith("=")) fail(path, 'a formula starts with "="');
  checkFormulaStrings(formula, path);
  const code = formula.replace(STRING_LITERAL, '""');
  // Full-width letters or look-alikes could spell an allowed name and call another function:
  // outside its text, a formula is plain ASCII.
  const foreign = /[^\x20-\x7E]/.exec(code);
  if (foreign) fail(path, `"${foreign[0]}" outside quotes: a formula is written in ASCII, text in "…"`);
  // A template is self-contained: a reference to another sheet would read the user's data.
  if (code.includes("!")) fail(path, "a formula may not refer to another sheet");
  // Where a cell lands is the layout's business: a fixed address would point at the wrong cell,
  // and a whole-column range (A:A, 1:1) makes every recalculation slow.
  const address = formulaAddress(code);
  if (address)
    fail(
      path,
      `"${address}" refers to cells by address: refer to them by the template's names (inputs, named cells, [@column], [#column])`,
    );
  for (const match of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    const called = match[1] ?? "";
    if (VOLATILE_FUNCTIONS.has(called.toUpperCase())) {
      fail(
        path,
        `${called} is volatile: Excel would recalculate it, and every MERGER function depending on it, at each change; give the date or the range as an input`,
      );
    }
    if (!ALLOWED_FUNCTIONS.has(called.toUpperCase())) fail(path, `the function ${called} is not allowed in a template`);
  }
}

/** Every name a formula uses must be defined by the template; `{{key}}` must be a message. */
function checkFormulaReferences(use: FormulaUse, names: Names, messages: Template["messages"]): void {
  const { formula, path, rowColumns, tableColumns } = use;
  for (const [, key = ""] of formula.matchAll(MESSAGE_PLACEHOLDER)) {
    if (key === LANGUAGE_PLACEHOLDER) continue;
    if (!messages || !Object.prototype.hasOwnProperty.call(messages, key))
      fail(path, `the message "{{${key}}}" is not defined in "messages"`);
  }
  for (const [, id = ""] of formula.matchAll(ROW_REFERENCE)) {
    if (!rowColumns) fail(path, `"[@${id}]" can only be used in a table column's formula`);
    if (!rowColumns.includes(id)) fail(path, `the table has no column "${id}" for "[@${id}]"`);
  }
  for (const [, id = ""] of formula.matchAll(COLUMN_REFERENCE)) {
    if (!tableColumns) fail(path, `"[#${id}]" can only be used in a table's spill column or summary`);
    if (!tableColumns.includes(id)) fail(path, `the table has no column "${id}" for "[#${id}]"`);
  }
  for (const name of formulaNames(formula)) {
    if (!names.has(name)) fail(path, `the name "${name}" is not defined by any input, cell or table column`);
  }
}

function unique(ids: readonly string[], path: string, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id.toLowerCase())) fail(`${path}[${i}]`, `the ${what} "${id}" is used twice`);
    seen.add(id.toLowerCase());
  });
}

function checkInput(input: TemplateInput, path: string, names: Names): void {
  checkText(input.label, `${path}.label`);
  if (input.help) checkText(input.help, `${path}.help`);
  if (input.note) checkText(input.note, `${path}.note`);
  if (input.name !== undefined) {
    if (input.kind === "table")
      fail(`${path}.name`, "a table input is named by its columns (sections[].columns[].name)");
    names.define(input.name, `${path}.name`);
  }
  if (input.min !== undefined && input.max !== undefined && input.min > input.max) fail(`${path}.max`, "is below min");
  if (input.kind === "choice") {
    if (!input.options) fail(`${path}.options`, 'a "choice" input lists its options');
    input.options.forEach((option, i) => checkText(option.label, `${path}.options[${i}].label`));
  } else if (input.options !== undefined) fail(`${path}.options`, 'only a "choice" input has options');
  if (input.kind === "table") {
    if (!input.columns) fail(`${path}.columns`, 'a "table" input lists its columns');
    input.columns.forEach((column, i) => checkText(column.label, `${path}.columns[${i}].label`));
    unique(
      input.columns.map((c) => c.id),
      `${path}.columns`,
      "column id",
    );
    if (input.default !== undefined) fail(`${path}.default`, "a table input has no default");
  } else if (input.columns !== undefined) fail(`${path}.columns`, 'only a "table" input has columns');
}

/** The state of the walk through the sections. */
class Walk {
  readonly names = new Names();
  readonly formulas: FormulaUse[] = [];
  /** Where each input is shown. */
  readonly placed = new Map<string, string>();
  readonly tables = new Map<string, readonly TableColumnSpec[]>();
  readonly tableNames = new Set<string>();
  constructor(readonly inputs: ReadonlyMap<string, TemplateInput>) {}

  formula(formula: string, path: string, scope: Omit<FormulaUse, "formula" | "path"> = {}): void {
    checkFormulaText(formula, path);
    this.formulas.push({ formula, path, ...scope });
  }

  cell(
    spec: CellSpec,
    path: string,
    near: { above?: CellSpec; left?: CellSpec },
    tableColumns?: readonly string[],
  ): void {
    if ("input" in spec) {
      const target = this.inputs.get(spec.input);
      if (!target) fail(`${path}.input`, `no input has the id "${spec.input}"`);
      if (target.kind === "table")
        fail(`${path}.input`, `"${spec.input}" is a table input: show it with a "table" section`);
      const earlier = this.placed.get(spec.input);
      if (earlier)
        fail(`${path}.input`, `the input "${spec.input}" is already placed at ${earlier} (its cell carries its name)`);
      this.placed.set(spec.input, path);
    } else if ("formula" in spec) {
      this.formula(spec.formula, `${path}.formula`, tableColumns ? { tableColumns } : {});
      if (spec.name !== undefined) this.names.define(spec.name, `${path}.name`);
    } else if ("spilled" in spec) {
      // The array of the formula above (or to the left) reaches this cell only if nothing else sits between.
      const fed = (cell?: CellSpec) => cell !== undefined && ("formula" in cell || "spilled" in cell);
      if (!fed(near.above) && !fed(near.left))
        fail(
          path,
          "a spilled cell sits right below (or right of) a formula cell, or another spilled cell, of the same column (row)",
        );
      if (spec.name !== undefined) this.names.define(spec.name, `${path}.name`);
    } else if ("text" in spec) checkText(spec.text, `${path}.text`);
  }

  rows(rows: readonly TemplateRow[], path: string, columns: number, tableColumns?: readonly string[]): void {
    rows.forEach((row, r) => {
      const at = `${path}[${r}]`;
      checkText(row.label, `${at}.label`);
      if (row.note) checkText(row.note, `${at}.note`);
      if (row.cells.length > columns)
        fail(`${at}.cells`, `has ${row.cells.length} items; at most ${columns} are allowed`);
      row.cells.forEach((cell, c) =>
        this.cell(cell, `${at}.cells[${c}]`, { above: rows[r - 1]?.cells[c], left: row.cells[c - 1] }, tableColumns),
      );
    });
  }

  section(section: Section, path: string, previous?: Section): void {
    checkText(section.title, `${path}.title`);
    if (section.kind !== "chart" && section.note) checkText(section.note, `${path}.note`);
    if (section.kind === "rows") {
      section.columns?.forEach((header, i) => checkText(header, `${path}.columns[${i}]`));
      this.rows(section.rows, `${path}.rows`, section.columns?.length ?? 1);
    } else if (section.kind === "table") this.table(section, path);
    else this.chart(section, path, previous);
  }

  table(section: Extract<Section, { kind: "table" }>, path: string): void {
    const source = this.inputs.get(section.input);
    if (!source || source.kind !== "table" || !source.columns)
      fail(`${path}.input`, `no table input has the id "${section.input}"`);
    const earlier = this.placed.get(section.input);
    if (earlier) fail(`${path}.input`, `the input "${section.input}" is already shown at ${earlier}`);
    this.placed.set(section.input, path);
    const nameProblem = definedNameProblem(section.tableName);
    if (nameProblem) fail(`${path}.tableName`, nameProblem);
    if (this.tableNames.has(section.tableName.toUpperCase()))
      fail(`${path}.tableName`, `the table name "${section.tableName}" is used twice`);
    this.tableNames.add(section.tableName.toUpperCase());
    const ids = section.columns.map((c) => c.id);
    unique(ids, `${path}.columns`, "column id");
    const fields = source.columns.map((c) => c.id);
    section.columns.forEach((column, i) => {
      const at = `${path}.columns[${i}]`;
      checkText(column.header, `${at}.header`);
      const kinds = [column.field, column.formula, column.spill].filter((v) => v !== undefined);
      if (kinds.length !== 1) fail(at, 'a table column has exactly one of "field", "formula" or "spill"');
      if (column.field !== undefined && !fields.includes(column.field))
        fail(`${at}.field`, `the input "${source.id}" has no column "${column.field}"`);
      if (column.formula !== undefined) this.formula(column.formula, `${at}.formula`, { rowColumns: ids });
      if (column.spill !== undefined) this.formula(column.spill, `${at}.spill`, { tableColumns: ids });
      if (column.name !== undefined) this.names.define(column.name, `${at}.name`);
    });
    const firstSpill = section.columns.findIndex((c) => c.spill !== undefined);
    if (firstSpill === 0) fail(`${path}.columns[0]`, "a table needs a column of its own before spill columns");
    if (firstSpill > 0 && section.columns.slice(firstSpill).some((c) => c.spill === undefined)) {
      fail(
        `${path}.columns[${firstSpill}]`,
        "spill columns must come after all the other columns (Excel refuses a spill inside a table)",
      );
    }
    section.blocks?.forEach((block, i) => {
      const at = `${path}.blocks[${i}]`;
      const [from, to] = [ids.indexOf(block.from), ids.indexOf(block.to)];
      if (from < 0) fail(`${at}.from`, `the table has no column "${block.from}"`);
      if (to < from) fail(`${at}.to`, `"${block.to}" is not a column at or after "${block.from}"`);
      if (section.columns.slice(from, to + 1).some((c) => c.spill !== undefined))
        fail(`${at}.to`, "a block names columns of the table, not spill columns");
      this.names.define(block.name, `${at}.name`);
    });
    this.tables.set(section.id, section.columns);
    if (section.summary) this.rows(section.summary, `${path}.summary`, 1, ids);
  }

  chart(section: Extract<Section, { kind: "chart" }>, path: string, previous: Section | undefined): void {
    const series = section.lines ?? [];
    unique(series.map(String), `${path}.lines`, "series");
    if (section.rows !== undefined) {
      if (section.table !== undefined || section.x !== undefined || section.y !== undefined || section.to !== undefined)
        fail(path, 'a chart plots either a "rows" section or a "table" (with "x" and "y"), not both');
      if (previous?.kind !== "rows" || previous.id !== section.rows)
        fail(`${path}.rows`, `the chart must come right after the "rows" section "${section.rows}" it plots`);
      const count = previous.columns?.length ?? 1;
      const beyond = series.find((s) => s >= count);
      if (beyond !== undefined) fail(`${path}.lines`, `series ${beyond} is not one of the ${count} value columns`);
      return;
    }
    if (section.table === undefined || section.x === undefined || section.y === undefined)
      fail(path, 'a chart plots a "rows" section, or a "table" with its "x" and "y" columns');
    const columns = this.tables.get(section.table);
    if (!columns) fail(`${path}.table`, `no table section before this chart has the id "${section.table}"`);
    const xAt = columns.findIndex((c) => c.id === section.x);
    const yAt = columns.findIndex((c) => c.id === section.y);
    if (xAt < 0) fail(`${path}.x`, `the table "${section.table}" has no column "${section.x}"`);
    if (yAt < 0) fail(`${path}.y`, `the table "${section.table}" has no column "${section.y}"`);
    if (yAt !== xAt + 1) fail(`${path}.y`, `the y column must sit right after the x column "${section.x}"`);
    const toAt = section.to === undefined ? yAt : columns.findIndex((c) => c.id === section.to);
    if (toAt < 0) fail(`${path}.to`, `the table "${section.table}" has no column "${section.to}"`);
    if (toAt < yAt) fail(`${path}.to`, `the last series column must sit at or after the y column "${section.y}"`);
    const beyond = series.find((s) => s > toAt - yAt);
    if (beyond !== undefined)
      fail(`${path}.lines`, `series ${beyond} is not one of the ${toAt - yAt + 1} series columns`);
  }
}

/** Throws a TemplateError at the first problem; a template that passes can be laid out. */
export function checkTemplate(template: Template): void {
  for (const key of ["title", "description", "sheetName"] as const) checkText(template[key], key);
  for (const language of ["en", "ja"] as const) {
    const problem = sheetNameProblem(template.sheetName[language]);
    if (problem) fail(`sheetName.${language}`, problem);
  }
  const inputs = new Map(template.inputs.map((input) => [input.id, input]));
  const walk = new Walk(inputs);
  template.inputs.forEach((input, i) => checkInput(input, `inputs[${i}]`, walk.names));
  unique(
    template.inputs.map((i) => i.id),
    "inputs",
    "input id",
  );
  for (const [key, text] of Object.entries(template.messages ?? {})) {
    checkText(text, `messages.${key}`);
    // A message goes into formulas as a string ({{key}}): the rule of their strings holds for it.
    for (const language of ["en", "ja"] as const) checkNoDdeLink(text[language], `messages.${key}.${language}`);
  }
  template.sections.forEach((section, i) => walk.section(section, `sections[${i}]`, template.sections[i - 1]));
  unique(
    template.sections.map((s) => s.id),
    "sections",
    "section id",
  );
  template.inputs.forEach((input, i) => {
    if (!walk.placed.has(input.id)) fail(`inputs[${i}]`, `the input "${input.id}" is not shown by any section`);
  });
  for (const use of walk.formulas) checkFormulaReferences(use, walk.names, template.messages);
  for (const key of Object.keys(template.values ?? {}))
    if (!inputs.has(key)) fail(`values.${key}`, `no input has the id "${key}"`);
  template.keyResults?.forEach((result, i) => {
    checkText(result.label, `keyResults[${i}].label`);
    if (!walk.names.has(result.name))
      fail(`keyResults[${i}].name`, `the name "${result.name}" is not defined by any input, cell or table column`);
    if (
      result.warnUnless !== undefined &&
      !Object.prototype.hasOwnProperty.call(template.messages ?? {}, result.warnUnless)
    )
      fail(`keyResults[${i}].warnUnless`, `the message "${result.warnUnless}" is not defined in "messages"`);
  });
}
