/**
 * Excel's own limits: the grid's size and the rules Excel applies to a sheet's name. The writer
 * applies them before anything is written, the template checks to a template's sheet name.
 */
import { areaAddress, columnLetters, parseArea, parseCell, type Area } from "./a1";
import type { Plan } from "./plan";

/** Rows and columns of a worksheet (Excel 2007 on): row 1,048,576 and column XFD. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

const SHEET_NAME_MAX = 31;

/** Why Excel refuses `name` as a sheet name, or undefined when it accepts it. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > SHEET_NAME_MAX) return `"${name}" is longer than ${SHEET_NAME_MAX} characters`;
  if (/[[\]:*?/\\]/.test(name)) return `"${name}" contains one of [ ] : * ? / \\, which Excel refuses in a sheet name`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" starts or ends with an apostrophe`;
  // Excel keeps "History" for its change-tracking sheet.
  if (sameSheetName(name, "History")) return `"History" is reserved by Excel`;
  return undefined;
}

/**
 * Excel compares sheet names without regard to case, folding with Unicode upper case: "merger",
 * "MERGER" and the full-width "ｍｅｒｇｅｒ" / "ＭＥＲＧＥＲ" pairs are each one name.
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * "Merger", then "Merger (2)", "Merger (3)"…, the base shortened when the suffix would take the
 * name past 31 characters.
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toUpperCase()));
  if (!used.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
}

/** "row 1,048,577" / "column XFE": the first place past the grid an area reaches, if any. */
export function pastTheGrid(area: { bottom: number; right: number }): string | undefined {
  if (area.bottom >= EXCEL_ROWS) return `row ${(area.bottom + 1).toLocaleString("en-US")}`;
  if (area.right >= EXCEL_COLUMNS) return `column ${columnLetters(area.right)}`;
  return undefined;
}

/** Every area the plan writes to, with what writes it: blocks, styles, names, tables and charts. */
export function planAreas(plan: Plan): { area: Area; what: string }[] {
  return [
    ...plan.blocks.map((b) => {
      const { row, column } = parseCell(b.address)!;
      const area = {
        top: row,
        left: column,
        bottom: row + b.cells.length - 1,
        right: column + (b.numberFormats[0]?.length ?? 1) - 1,
      };
      return { area, what: `cells ${areaAddress(area)}` };
    }),
    ...plan.formats.map((f) => ({ area: parseArea(f.address)!, what: `the style of ${f.address}` })),
    ...plan.names.map((n) => ({ area: parseArea(n.address)!, what: `the name ${n.name}` })),
    ...plan.tables.map((t) => ({ area: parseArea(t.address)!, what: `the table ${t.name}` })),
    ...plan.charts.map((c) => ({ area: parseArea(`${c.topLeft}:${c.bottomRight}`)!, what: "the chart" })),
  ];
}

/** The lowest row (from 0) the plan reaches. */
export function lowestRow(plan: Plan): number {
  return planAreas(plan).reduce((lowest, a) => Math.max(lowest, a.area.bottom), 0);
}
