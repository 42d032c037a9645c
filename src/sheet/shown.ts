/**
 * What each cell of a built sheet shows (its value under its number format, as Excel displays
 * it), by sheet and row: as TSV for reading and grep, or as JSON with each cell's value and
 * formula beside its text.
 */
import { displayValue } from "../preview/displayValue";
import { cellAddress, parseCell } from "../plan/a1";
import type { SheetGrid } from "../preview/sheet";

export interface ShownCell {
  address: string;
  /** The text Excel would display. */
  shows: string;
  value: string | number | boolean | null;
  /** The cell's formula, when it has one. */
  formula?: string;
  numberFormat: string;
}

export interface ShownRow {
  /** The sheet's row number, from 1. */
  row: number;
  cells: ShownCell[];
}

/** The non-empty rows of the sheet, each with its non-empty cells. */
export function shownRows(grid: SheetGrid): ShownRow[] {
  const rows: ShownRow[] = [];
  grid.values.forEach((values, r) => {
    const cells: ShownCell[] = [];
    values.forEach((value, c) => {
      const numberFormat = grid.numberFormats[r]?.[c] ?? "General";
      const shows = displayValue(value, numberFormat);
      const written = grid.formulas[r]?.[c];
      const formula = typeof written === "string" && written.startsWith("=") ? written : undefined;
      if (shows === "" && formula === undefined) return;
      cells.push({ address: cellAddress(r, c), shows, value, ...(formula ? { formula } : {}), numberFormat });
    });
    if (cells.length > 0) rows.push({ row: r + 1, cells });
  });
  return rows;
}

// A field holds no tab or line break: they are written as the escapes \t, \n and \r (and a
// backslash as \\), the usual way TSV keeps one record a line.
const field = (text: string) =>
  text.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);

/**
 * One line per row that shows anything: sheet name, row number, then the cells from column A
 * (a cell that shows nothing as an empty field, trailing ones left out). Plain text, never a formula: a field
 * is what the cell shows.
 */
export function toTsv(sheets: readonly SheetGrid[]): string {
  const lines: string[] = [];
  for (const grid of sheets) {
    for (const { row, cells } of shownRows(grid)) {
      const shown = cells.filter((cell) => cell.shows !== "");
      if (shown.length === 0) continue;
      const columns = shown.map((cell) => parseCell(cell.address)!.column);
      const fields = Array.from({ length: Math.max(...columns) + 1 }, () => "");
      shown.forEach((cell, i) => (fields[columns[i]!] = field(cell.shows)));
      lines.push([field(grid.sheetName), String(row), ...fields].join("\t"));
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

export function toJson(sheets: readonly SheetGrid[], about: Record<string, string>): string {
  return `${JSON.stringify(
    {
      ...about,
      sheets: sheets.map((grid) => ({
        name: grid.sheetName,
        rows: shownRows(grid),
        errors: grid.errors,
      })),
    },
    null,
    2,
  )}\n`;
}
