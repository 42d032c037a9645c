/**
 * The plan: what the writer writes into a new worksheet, as plain data (no Office.js). Templates
 * produce it (src/templates/layout.ts); the writer (src/workbook) and the preview (src/preview)
 * read it. The lowest module with src/plan/a1.ts: it imports nothing of the add-in.
 */

export type Language = "en" | "ja";

/** The styles a template may give a cell; the plan says how each looks. */
export const CELL_STYLES = [
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
] as const;
export type CellStyle = (typeof CELL_STYLES)[number];

/** A cell of the plan: written as text, a number, a boolean or a formula. */
export type PlanCell = { text: string } | { number: number } | { boolean: boolean } | { formula: string };

/**
 * A rectangle of cells; a `null` cell is left untouched. `numberFormats` has the same shape
 * ("General" where nothing special): text cells are "@", so Excel keeps them as text.
 */
export interface PlanBlock {
  /** Top-left cell, A1 style ("B4"); the block spans cells.length rows × cells[0].length columns. */
  address: string;
  cells: (PlanCell | null)[][];
  numberFormats: string[][];
}

export interface PlanFormat {
  address: string;
  style: CellStyle;
}

export interface PlanName {
  name: string;
  /** A1 range on the new sheet, absolute ("$B$5", "$A$40:$A$169"). */
  address: string;
  comment?: string;
}

export interface PlanTable {
  /** Base name; the writer appends a number when the workbook already has it. */
  name: string;
  /** Header row included. */
  address: string;
  style: string;
}

/** The charts a template may draw; the writer maps each to Excel's chart type. */
export const CHART_TYPES = ["line", "bar", "column", "floatingBar", "floatingColumn", "pie"] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export interface PlanChart {
  type: ChartType;
  title: string;
  /** Categories in its first column, a series per further column, header row included. */
  source: string;
  /** Series (from 0) drawn as lines over the others; absent when none. */
  lines?: number[];
  /** Where it sits: top-left and bottom-right cells. */
  topLeft: string;
  bottomRight: string;
}

/** How each style looks; the writer maps these to range.format. */
export interface PlanStyle {
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
}

/** What to write into a new worksheet: pure data, no Office.js. */
export interface Plan {
  /** Base name of the sheet; the writer makes it unique ("Merger", "Merger (2)", …). */
  sheetName: string;
  language: Language;
  /** Column widths in points, from column A. */
  columnWidths: number[];
  /** In order; the writer splits a block too large for one request into row chunks. */
  blocks: PlanBlock[];
  formats: PlanFormat[];
  styles: Record<CellStyle, PlanStyle>;
  names: PlanName[];
  tables: PlanTable[];
  charts: PlanChart[];
  freeze: { rows: number; columns: number };
}
