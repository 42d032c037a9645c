/**
 * Layout: a template and its inputs → a Plan (what to write where). Pure and deterministic, so
 * golden files pin it down; it knows nothing of Office.js. Labels in column A, values from
 * column B, notes after the widest value column; tables start in column A.
 */
import { serialFromDay } from "../core/calendar/dayNumber";
import { cellAddress } from "../plan/a1";
import { EXCEL_ROWS, lowestRow } from "../plan/excel-limits";
import { fillColumnReferences, fillMessages, fillRowReferences } from "./formula";
import { resolveInputs, type Resolved } from "./inputs";
import { TemplateError } from "./errors";
import type {
  CellSpec,
  CellStyle,
  InputKind,
  Language,
  Plan,
  PlanBlock,
  PlanCell,
  PlanChart,
  PlanFormat,
  PlanName,
  PlanStyle,
  PlanTable,
  Section,
  Template,
  TemplateInputs,
  TemplateRow,
} from "./types";

/** Number formats by input kind. Text is "@" so Excel never reads user text as a formula. */
const KIND_FORMATS: Record<Exclude<InputKind, "table">, string> = {
  text: "@",
  choice: "@",
  shares: "#,##0",
  unit: "#,##0",
  yen: "#,##0",
  price: "#,##0.00",
  ratio: "General",
  fraction: "0.0%",
  date: "yyyy-mm-dd",
  boolean: "General",
};

const STYLES: Record<CellStyle, PlanStyle> = {
  title: { bold: true, fontSize: 14 },
  subtitle: { italic: true, fontColor: "#595959" },
  section: { bold: true, fill: "#DDEBF7", fontSize: 12 },
  header: { bold: true, fill: "#F2F2F2" },
  label: {},
  input: { fill: "#FFF2CC" },
  computed: {},
  result: { bold: true, fill: "#E2EFDA" },
  note: { italic: true, fontColor: "#595959", wrap: false },
  warning: { bold: true, fontColor: "#C00000" },
};

const WIDTH = { label: 270, value: 130, note: 380, other: 80 };
const CHART_ROWS = 20;
const CHART_COLUMNS = 8;

interface DraftCell {
  cell: PlanCell | null;
  format: string;
  style?: CellStyle;
}

/** The sheet being laid out: rows of cells, grouped into blocks as each part is finished. */
class Draft {
  readonly blocks: PlanBlock[] = [];
  readonly formats: PlanFormat[] = [];
  readonly names: PlanName[] = [];
  readonly tables: PlanTable[] = [];
  readonly charts: PlanChart[] = [];
  readonly widths: number[] = [];
  private pending = new Map<number, Map<number, DraftCell>>();

  put(row: number, column: number, cell: DraftCell): void {
    if (!this.pending.has(row)) this.pending.set(row, new Map());
    this.pending.get(row)!.set(column, cell);
  }

  width(column: number, points: number): void {
    while (this.widths.length <= column) this.widths.push(WIDTH.other);
    this.widths[column] = Math.max(this.widths[column]!, points);
  }

  /** Turns what was put since the last flush into one rectangular block and its style runs. */
  flush(): void {
    if (this.pending.size === 0) return;
    const rows = [...this.pending.keys()].sort((a, b) => a - b);
    const top = rows[0]!;
    const bottom = rows[rows.length - 1]!;
    // A loop, not Math.max(...): a register of 100,000 holders has too many cells to spread.
    let right = 0;
    for (const line of this.pending.values()) for (const column of line.keys()) right = Math.max(right, column);
    const cells: (PlanCell | null)[][] = [];
    const numberFormats: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line = this.pending.get(r);
      const drafts = Array.from({ length: right + 1 }, (_, c) => line?.get(c));
      cells.push(drafts.map((d) => d?.cell ?? null));
      numberFormats.push(drafts.map((d) => d?.format ?? "General"));
      this.styleRuns(r, drafts);
    }
    this.blocks.push({ address: cellAddress(top, 0), cells, numberFormats });
    this.pending = new Map();
  }

  private styleRuns(row: number, drafts: (DraftCell | undefined)[]): void {
    let start = 0;
    for (let c = 1; c <= drafts.length; c++) {
      const style = drafts[start]?.style;
      if (c < drafts.length && drafts[c]?.style === style) continue;
      if (style) {
        const from = cellAddress(row, start);
        this.formats.push({ address: c - 1 > start ? `${from}:${cellAddress(row, c - 1)}` : from, style });
      }
      start = c;
    }
  }
}

/** An input's value is "@" when written as text, so Excel never reads it as a formula. */
const valueFormat = (cell: PlanCell | null, kind: InputKind, format?: string): string =>
  cell && "text" in cell ? "@" : (format ?? KIND_FORMATS[kind as Exclude<InputKind, "table">]);

function planCell(value: Resolved): PlanCell | null {
  switch (value.kind) {
    case "blank":
    case "rows":
      return null;
    case "text":
    case "exact":
      return { text: value.text };
    case "number":
      return { number: value.number };
    case "date":
      return { number: serialFromDay(value.day) };
    case "boolean":
      return { boolean: value.value };
  }
}

/** Where a laid-out table sits, for the chart that plots it. */
interface PlacedTable {
  headerRow: number;
  lastRow: number;
  columns: string[];
}

export function layout(template: Template, inputs: TemplateInputs, options: { language: Language }): Plan {
  const { language } = options;
  const { values, problems } = resolveInputs(template, inputs, language);
  const firstProblem = Object.entries(problems)[0];
  if (firstProblem) throw new TemplateError(firstProblem[0], firstProblem[1]);
  // The longest table is the one that can pass the last row: refused before it is laid out, with
  // the rows that fit (the other tables counted as given, so the whole sheet then fits).
  const longest = template.inputs
    .filter((input) => input.kind === "table")
    .map((input) => ({ input, rows: rowsOf(values.get(input.id)) }))
    .sort((a, b) => b.rows - a.rows)[0];
  if (longest && longest.rows > PROBE_ROWS) {
    const fit = tableRowsThatFit(template, inputs, longest.input.id, language);
    if (longest.rows > fit)
      throw new TemplateError(
        longest.input.id,
        TOO_MANY_ROWS[language](longest.input.label[language], longest.rows, fit),
      );
  }
  return arrange(template, values, language);
}

const rowsOf = (value: Resolved | undefined) => (value?.kind === "rows" ? value.rows.length : 0);
const figure = (n: number) => n.toLocaleString("en-US");
const TOO_MANY_ROWS: Record<Language, (label: string, rows: number, fit: number) => string> = {
  en: (label, rows, fit) =>
    `${label}: ${figure(rows)} rows, but at most ${figure(Math.max(0, fit))} fit on the sheet above Excel's last row (1,048,576).`,
  ja: (label, rows, fit) =>
    `${label}：${figure(rows)}行ありますが、Excelの最終行（1,048,576行）までにシートに収まるのは${figure(Math.max(0, fit))}行までです。`,
};

/** Rows a table is laid out with to count what fits: more than a chart beside it spans, so each further row adds one row below. */
const PROBE_ROWS = CHART_ROWS + 10;

/**
 * How many rows the table input `inputId` can have with the sheet still above Excel's last row,
 * the other inputs as given: the layout with that table at a probe length, and one more row for
 * each row left below the sheet. The layout refuses a longer table with this count, and the CSV
 * import refuses a file of more rows with it, before anything is built.
 */
export function tableRowsThatFit(
  template: Template,
  inputs: TemplateInputs,
  inputId: string,
  language: Language,
): number {
  // Only the lengths of tables place anything: values the form still refuses count as blank.
  const { values } = resolveInputs(template, { ...inputs, [inputId]: [] }, language);
  const minRows = template.sections.flatMap((s) => (s.kind === "table" && s.input === inputId ? [s.minRows] : []));
  const rows = Math.max(PROBE_ROWS, ...minRows);
  const probe = arrange(template, values, language, { input: inputId, rows });
  return rows + (EXCEL_ROWS - 1 - lowestRow(probe));
}

/** The plan of resolved inputs; `stretch` lays out the table of one input at a given length, its cells blank. */
function arrange(
  template: Template,
  values: Map<string, Resolved>,
  language: Language,
  stretch?: { input: string; rows: number },
): Plan {
  const inputsById = new Map(template.inputs.map((i) => [i.id, i]));
  const messages = template.messages ?? {};
  const valueColumns = Math.max(1, ...template.sections.map((s) => (s.kind === "rows" ? (s.columns?.length ?? 1) : 1)));
  const noteColumn = 1 + valueColumns;
  const draft = new Draft();
  draft.width(0, WIDTH.label);
  for (let c = 1; c <= valueColumns; c++) draft.width(c, WIDTH.value);
  draft.width(noteColumn, WIDTH.note);
  const tables = new Map<string, PlacedTable>();
  /** Where each rows section sits (title row, last row, value columns), for a chart of it. */
  const placedRows = new Map<string, { headerRow: number; lastRow: number; columns: number }>();

  const text = (t: { en: string; ja: string }): PlanCell => ({ text: t[language] });
  const label = (row: number, column: number, t: { en: string; ja: string }, style: CellStyle) =>
    draft.put(row, column, { cell: text(t), format: "@", style });

  /** A template formula with its messages put in, and `[#id]` when a table's columns are known. */
  const filled = (formula: string, columnRange?: (id: string) => string): string => {
    const withMessages = fillMessages(formula, messages, language);
    return columnRange ? fillColumnReferences(withMessages, columnRange) : withMessages;
  };

  function specCell(
    spec: CellSpec,
    row: number,
    column: number,
    columnRange?: (id: string) => string,
  ): string | undefined {
    if ("input" in spec) {
      const input = inputsById.get(spec.input)!;
      const value = values.get(spec.input)!;
      const cell = planCell(value);
      draft.put(row, column, { cell, format: valueFormat(cell, input.kind, spec.format), style: "input" });
      if (input.name) draft.names.push({ name: input.name, address: cellAddress(row, column, true) });
      return input.note?.[language];
    }
    if ("formula" in spec) {
      const formula = filled(spec.formula, columnRange);
      draft.put(row, column, { cell: { formula }, format: spec.format ?? "General", style: spec.style ?? "computed" });
      if (spec.name) draft.names.push({ name: spec.name, address: cellAddress(row, column, true) });
      return undefined;
    }
    if ("spilled" in spec) {
      // Nothing is written: the array of the formula above fills it.
      draft.put(row, column, { cell: null, format: spec.format ?? "General", style: spec.style ?? "computed" });
      if (spec.name) draft.names.push({ name: spec.name, address: cellAddress(row, column, true) });
      return undefined;
    }
    if ("text" in spec) {
      draft.put(row, column, { cell: text(spec.text), format: "@", style: spec.style ?? "computed" });
    }
    return undefined;
  }

  function rows(list: TemplateRow[], start: number, columnRange?: (id: string) => string): number {
    let r = start;
    for (const templateRow of list) {
      label(r, 0, templateRow.label, "label");
      const notes = templateRow.cells.map((spec, i) => specCell(spec, r, 1 + i, columnRange)).filter(Boolean);
      const note = templateRow.note?.[language] ?? notes.join(" ");
      if (note) draft.put(r, noteColumn, { cell: { text: note }, format: "@", style: "note" });
      r++;
    }
    return r;
  }

  function tableSection(section: Extract<Section, { kind: "table" }>, start: number): number {
    const data = values.get(section.input)!;
    const given = data.kind === "rows" ? data.rows : [];
    const stretched = stretch?.input === section.input ? stretch.rows : undefined;
    if (section.optional && given.length === 0 && stretched === undefined) return start;
    const source = inputsById.get(section.input)!;
    const fieldIndex = new Map(source.columns!.map((c, i) => [c.id, i]));
    let r = start;
    label(r++, 0, section.title, "section");
    if (section.note) label(r++, 0, section.note, "note");
    draft.flush();
    const headerRow = r;
    section.columns.forEach((column, c) => {
      label(headerRow, c, column.header, "header");
      if (column.width) draft.width(c, column.width);
    });
    const count = stretched ?? Math.max(given.length, section.minRows, 1);
    const lastRow = headerRow + count;
    const columnAt = new Map(section.columns.map((column, c) => [column.id, c]));
    const columnRange = (id: string) => {
      const c = columnAt.get(id)!;
      return `${cellAddress(headerRow + 1, c, true)}:${cellAddress(lastRow, c, true)}`;
    };
    // Messages filled once per column, not once per holder of a long register.
    const formulas = section.columns.map((column) =>
      column.formula !== undefined
        ? filled(column.formula)
        : column.spill !== undefined
          ? filled(column.spill, columnRange)
          : undefined,
    );
    for (let i = 0; i < count; i++) {
      const row = headerRow + 1 + i;
      section.columns.forEach((column, c) => {
        if (column.field !== undefined) {
          const at = fieldIndex.get(column.field)!;
          const cell = planCell(given[i]?.[at] ?? { kind: "blank" });
          draft.put(row, c, { cell, format: valueFormat(cell, source.columns![at]!.kind, column.format) });
        } else if (column.formula !== undefined) {
          const formula = fillRowReferences(formulas[c]!, (id) => cellAddress(row, columnAt.get(id)!));
          draft.put(row, c, { cell: { formula }, format: column.format ?? "General" });
        } else {
          // The spill fills the rows below; they are only formatted here.
          draft.put(row, c, { cell: i === 0 ? { formula: formulas[c]! } : null, format: column.format ?? "General" });
        }
      });
    }
    draft.flush();
    section.columns.forEach((column) => {
      if (column.name) draft.names.push({ name: column.name, address: columnRange(column.id) });
    });
    for (const block of section.blocks ?? []) {
      const [from, to] = [columnRange(block.from), columnRange(block.to)];
      draft.names.push({ name: block.name, address: `${from.split(":")[0]!}:${to.split(":")[1]!}` });
    }
    const tableColumns = section.columns.filter((c) => c.spill === undefined).length;
    draft.tables.push({
      name: section.tableName,
      address: `${cellAddress(headerRow, 0)}:${cellAddress(lastRow, tableColumns - 1)}`,
      style: "TableStyleLight9",
    });
    tables.set(section.id, { headerRow, lastRow, columns: section.columns.map((c) => c.id) });
    r = lastRow + 2;
    if (section.summary) r = rows(section.summary, r, columnRange) + 1;
    return r;
  }

  function chartSection(section: Extract<Section, { kind: "chart" }>, start: number): number {
    const common = {
      type: section.type ?? "line",
      title: section.title[language],
      ...(section.lines?.length ? { lines: section.lines } : {}),
    };
    if (section.rows !== undefined) {
      // Below the rows it plots (the section just laid out), as wide as the sheet's first columns.
      const plotted = placedRows.get(section.rows)!;
      draft.charts.push({
        ...common,
        source: `${cellAddress(plotted.headerRow, 0)}:${cellAddress(plotted.lastRow, plotted.columns)}`,
        topLeft: cellAddress(start, 0),
        bottomRight: cellAddress(start + CHART_ROWS, 1 + valueColumns),
      });
      return start + CHART_ROWS + 2;
    }
    const table = tables.get(section.table!);
    if (!table) return start; // its table was optional and left out
    const x = table.columns.indexOf(section.x!);
    const last = section.to === undefined ? x + 1 : table.columns.indexOf(section.to);
    const left = table.columns.length + 1;
    draft.charts.push({
      ...common,
      source: `${cellAddress(table.headerRow, x)}:${cellAddress(table.lastRow, last)}`,
      topLeft: cellAddress(table.headerRow, left),
      bottomRight: cellAddress(table.headerRow + CHART_ROWS, left + CHART_COLUMNS),
    });
    return Math.max(start, table.headerRow + CHART_ROWS + 2);
  }

  label(0, 0, template.title, "title");
  label(1, 0, template.description, "subtitle");
  let r = 3;
  for (const section of template.sections) {
    if (section.kind === "rows") {
      label(r, 0, section.title, "section");
      section.columns?.forEach((header, i) => label(r, 1 + i, header, "header"));
      const headerRow = r;
      r = rows(section.rows, r + 1);
      placedRows.set(section.id, { headerRow, lastRow: r - 1, columns: section.columns?.length ?? 1 });
      if (section.note) label(r++, 0, section.note, "note");
      r++;
    } else if (section.kind === "table") r = tableSection(section, r);
    else r = chartSection(section, r);
    draft.flush();
  }
  return {
    sheetName: template.sheetName[language],
    language,
    columnWidths: draft.widths,
    blocks: draft.blocks,
    formats: draft.formats,
    styles: STYLES,
    names: draft.names,
    tables: draft.tables,
    charts: draft.charts,
    freeze: { rows: 2, columns: 0 },
  };
}
