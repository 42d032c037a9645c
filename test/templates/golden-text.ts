/**
 * A plan as text a reviewer can read: one line per written cell (address, formula or value,
 * number format, style, the names it carries), split by the section that wrote it, with every
 * address counted from that section's first row (row 1), so a section reads the same wherever a
 * template puts it. What is not any section's (the title rows, column widths, where each section
 * starts and its blocks) is the template's placement. Nothing of the plan is left out: a part of
 * it this file does not know fails the rendering rather than going unchecked.
 */
import { cellAddress, parseArea, parseCell } from "../../src/plan/a1";
import { expandSections } from "../../src/templates/expand";
import { CELL_REFERENCE, STRING_LITERAL } from "../../src/templates/formula";
import {
  layout,
  type Language,
  type Plan,
  type PlanCell,
  type PlanName,
  type Section,
  type Template,
  type TemplateInputs,
} from "../../src/templates";

/** A section of the template file as the goldens group it: a built-in section used by name, or its own. */
export interface FileSection {
  /** The built-in section's name, or undefined for a section the template writes itself. */
  use?: string;
  /** The section id of its first part. */
  id: string;
  /** Its first row on the sheet (from 0), and the row after its last. */
  start: number;
  end: number;
  /** How many charts the sections before it draw: its own follow. */
  chartsBefore: number;
}

/** The plan's own parts, in order: a new one must be rendered before a golden can pass. */
const PLAN_KEYS = [
  "sheetName",
  "language",
  "columnWidths",
  "blocks",
  "formats",
  "styles",
  "names",
  "tables",
  "charts",
  "freeze",
];

/** A marker section laid out after a prefix of the template: its title row is where the next section starts. */
const MARKER = "\u0001next section";

/** Where each section of the template file starts: lays out the sections before it, then a marker. */
export function placeSections(template: Template, file: unknown, inputs: TemplateInputs, language: Language) {
  const { origins } = expandSections(file);
  const groups: { use?: string; first: number }[] = [];
  origins.forEach((origin, i) => {
    const at = /^sections\[(\d+)\](?: \("([^"]+)"(?:, part (\d+))?\))?$/.exec(origin)!;
    if (at[3] === undefined || at[3] === "1") groups.push({ use: at[2], first: i });
  });
  const marker: Section = {
    kind: "rows",
    id: "nextSectionMarker",
    title: { en: MARKER, ja: MARKER },
    rows: [{ label: { en: MARKER, ja: MARKER }, cells: [] }],
  };
  const before = (first: number) => {
    const plan = layout({ ...template, sections: [...template.sections.slice(0, first), marker] }, inputs, {
      language,
    });
    for (const block of plan.blocks) {
      const top = parseCell(block.address)!.row;
      const r = block.cells.findIndex((row) => {
        const first = row[0];
        return first != null && "text" in first && first.text === MARKER;
      });
      if (r >= 0) return { start: top + r, charts: plan.charts.length };
    }
    throw new Error("the marker section was not laid out");
  };
  const found = groups.map((g) => before(g.first));
  return groups.map((g, k): FileSection => ({
    use: g.use,
    id: template.sections[g.first]!.id,
    start: found[k]!.start,
    end: found[k + 1]?.start ?? Number.MAX_SAFE_INTEGER,
    chartsBefore: found[k]!.charts,
  }));
}

const cellText = (cell: PlanCell | null): string => {
  if (cell === null) return "-";
  if ("formula" in cell) return cell.formula;
  if ("text" in cell) return JSON.stringify(cell.text);
  if ("number" in cell) return String(cell.number);
  return cell.boolean ? "TRUE" : "FALSE";
};

/** A1 references of a formula, outside its quoted text, moved up by `rows` (only the relative ones when not `all`). */
function shiftFormula(formula: string, rows: number, all = true): string {
  let out = "";
  let last = 0;
  const shift = (part: string) =>
    part.replace(CELL_REFERENCE, (ref) =>
      ref.replace(/(\$?)(\d+)$/, (whole, dollar: string, row: string) =>
        dollar && !all ? whole : `${dollar}${Number(row) - rows}`,
      ),
    );
  for (const literal of formula.matchAll(STRING_LITERAL)) {
    out += shift(formula.slice(last, literal.index)) + literal[0];
    last = literal.index + literal[0].length;
  }
  return out + shift(formula.slice(last));
}

/** An address or range moved up by `rows`, kept absolute where it was. */
const shiftAddress = (address: string, rows: number): string =>
  address
    .split(":")
    .map((part) => part.replace(/(\$?)(\d+)$/, (_, dollar: string, row: string) => `${dollar}${Number(row) - rows}`))
    .join(":");

const rowOf = (address: string): number => parseArea(address)!.top;

interface WrittenCell {
  row: number;
  column: number;
  /** The formula, or the value as text: "Company", 42461, TRUE, - for none. */
  content: string;
  formula: boolean;
  /** Number format, style and names, as the line ends. */
  rest: string;
}

/** A formula filled down `rows` rows, as Excel fills it: relative rows move, $-rows stay. */
const filledDown = (formula: string, rows: number): string => shiftFormula(formula, -rows, false);

/**
 * One line per cell, except that a column's run of cells that a fill-down would make (the same
 * value, or the first row's formula filled down, and the same format and style) is one line for
 * its range, `B4:B133  =IF(A4="","",…)`, as a pre-sized table's rows are.
 */
function cellLines(cells: WrittenCell[]): string[] {
  const byColumn = new Map<number, WrittenCell[]>();
  for (const cell of cells) byColumn.set(cell.column, [...(byColumn.get(cell.column) ?? []), cell]);
  const runs: { first: WrittenCell; last: WrittenCell }[] = [];
  for (const column of byColumn.values()) {
    let run: { first: WrittenCell; last: WrittenCell } | undefined;
    for (const cell of column) {
      const follows =
        run &&
        !cell.rest.includes("name=") &&
        cell.row === run.last.row + 1 &&
        cell.rest === run.first.rest &&
        cell.formula === run.first.formula &&
        cell.content === (cell.formula ? filledDown(run.first.content, cell.row - run.first.row) : run.first.content);
      if (run && follows) run.last = cell;
      else runs.push((run = { first: cell, last: cell }));
    }
  }
  runs.sort((a, b) => a.first.row - b.first.row || a.first.column - b.first.column);
  return runs.map(({ first, last }) => {
    const at = cellAddress(first.row, first.column);
    const range = last === first ? at : `${at}:${cellAddress(last.row, last.column)}`;
    return [range, first.content, first.rest].filter(Boolean).join("  ");
  });
}

export interface RenderedPlan {
  /** Lines of each section of the file, by its index there. */
  sections: string[][];
  /** The placement: the sheet's own parts and where each section sits. */
  placement: string[];
}

/** A plan's lines, split by section; throws when a part of the plan would go unrendered. */
export function renderPlan(plan: Plan, placed: readonly FileSection[]): RenderedPlan {
  const keys = Object.keys(plan);
  if (keys.join() !== PLAN_KEYS.join()) throw new Error(`the plan has parts the goldens do not render: ${keys}`);
  const sectionAt = (row: number): number => placed.findIndex((s) => row >= s.start && row < s.end);
  const sections: string[][] = placed.map(() => []);
  const own: string[] = [];
  const linesAt = (row: number): [string[], number] => {
    const k = sectionAt(row);
    return k < 0 ? [own, 0] : [sections[k]!, placed[k]!.start];
  };

  const styleAt = new Map<string, string>();
  for (const format of plan.formats) {
    const area = parseArea(format.address)!;
    for (let c = area.left; c <= area.right; c++) styleAt.set(cellAddress(area.top, c), format.style);
  }
  const cellNames = new Map<string, PlanName[]>();
  const rangeNames: PlanName[] = [];
  for (const name of plan.names) {
    const cell = parseCell(name.address);
    if (!cell || name.comment) rangeNames.push(name);
    else {
      const at = cellAddress(cell.row, cell.column);
      cellNames.set(at, [...(cellNames.get(at) ?? []), name]);
    }
  }

  const blocksOf = new Map<number, string[]>();
  const cellsOf = new Map<string[], WrittenCell[]>();
  let styled = 0;
  for (const block of plan.blocks) {
    const top = parseCell(block.address)!.row;
    const bottom = top + block.cells.length - 1;
    // The title rows are written with the first section, in one block.
    const k = sectionAt(bottom);
    if (sectionAt(top) !== k && sectionAt(top) >= 0)
      throw new Error(`the block at ${block.address} spans two sections`);
    const range = `${block.address}:${cellAddress(bottom, block.cells[0]!.length - 1)}`;
    blocksOf.set(k, [...(blocksOf.get(k) ?? []), range]);
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const at = cellAddress(top + r, c);
        const format = block.numberFormats[r]![c]!;
        const style = styleAt.get(at);
        const names = cellNames.get(at);
        if (cell === null && format === "General" && !style && !names) return;
        const [lines, start] = linesAt(top + r);
        const rest = [format === "General" ? "" : format, style ?? "", ...(names ?? []).map((n) => `name=${n.name}`)];
        const formula = cell !== null && "formula" in cell;
        const content = formula ? shiftFormula(cell.formula, start) : cellText(cell);
        const list = cellsOf.get(lines) ?? [];
        list.push({ row: top + r - start, column: c, content, formula, rest: rest.filter(Boolean).join("  ") });
        cellsOf.set(lines, list);
        if (style) styled++;
        cellNames.delete(at);
      }),
    );
  }
  if (styled !== styleAt.size) throw new Error("a style falls outside every block");
  for (const [lines, cells] of cellsOf) lines.push(...cellLines(cells));
  // A name on a cell no block writes still has its line.
  rangeNames.push(...[...cellNames.values()].flat());
  for (const name of rangeNames) {
    const [lines, start] = linesAt(rowOf(name.address));
    lines.push(
      `name ${name.name} ${shiftAddress(name.address, start)}${name.comment ? `  ${JSON.stringify(name.comment)}` : ""}`,
    );
  }
  for (const table of plan.tables) {
    const [lines, start] = linesAt(rowOf(table.address));
    lines.push(`table ${table.name} ${shiftAddress(table.address, start)} ${table.style}`);
  }
  plan.charts.forEach((chart, i) => {
    // A chart is its section's, wherever it sits: beside the table it plots, in another section.
    const owner = placed.reduce((found, s, k) => (s.chartsBefore <= i ? k : found), -1);
    const k = sectionAt(rowOf(chart.topLeft));
    const start = k < 0 ? 0 : placed[k]!.start;
    const where = k === owner ? "" : `(in ${placed[k]!.use ?? placed[k]!.id}) `;
    sections[owner]!.push(
      [
        `chart ${chart.type} ${JSON.stringify(chart.title)}`,
        `source ${where}${shiftAddress(chart.source, start)}`,
        `at ${where}${shiftAddress(chart.topLeft, start)}:${shiftAddress(chart.bottomRight, start)}`,
        ...(chart.lines ? [`lines ${chart.lines.join(",")}`] : []),
      ].join("  "),
    );
  });

  const placement = [
    `sheet ${JSON.stringify(plan.sheetName)}  ${plan.language}  freeze ${plan.freeze.rows} rows ${plan.freeze.columns} columns`,
    `widths ${plan.columnWidths.join(" ")}`,
    ...Object.entries(plan.styles).map(([style, look]) => `style ${style} ${JSON.stringify(look)}`),
    ...(blocksOf.get(-1) ?? []).map((b) => `block ${b}`),
    ...own,
    ...placed.map((s, k) =>
      [`row ${s.start + 1}`, s.use ?? `its own "${s.id}"`, ...(blocksOf.get(k) ?? []).map((b) => `block ${b}`)].join(
        "  ",
      ),
    ),
  ];
  return { sections, placement };
}
