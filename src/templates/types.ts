/**
 * The shapes of a worksheet template (inferred from its schema, ./schema), the user's inputs and
 * the plan the layout produces.
 */
import type { z } from "zod";
import type { CELL_STYLES, CHART_TYPES, INPUT_KINDS, templateSchema } from "./schema";

export type Language = "en" | "ja";

export type Template = z.infer<typeof templateSchema>;
/** A label in both languages the add-in speaks. */
export type Text = Template["title"];
/** What an input holds; decides its validation, its number format and how it is written. */
export type InputKind = (typeof INPUT_KINDS)[number];
export type TemplateInput = Template["inputs"][number];
export type TableColumnInput = NonNullable<TemplateInput["columns"]>[number];
export type Section = Template["sections"][number];
export type TemplateRow = Extract<Section, { kind: "rows" }>["rows"][number];
export type CellSpec = TemplateRow["cells"][number];
export type TableColumnSpec = Extract<Section, { kind: "table" }>["columns"][number];
export type CellStyle = (typeof CELL_STYLES)[number];
export type ChartType = (typeof CHART_TYPES)[number];
export type KeyResultSpec = NonNullable<Template["keyResults"]>[number];

export type TableRowValue = string | number | null;
export type TableRows = Record<string, TableRowValue>[];
export type InputValue = string | number | boolean | null | TableRows;
/** The user's values, by input id. Dates are ISO text; table inputs are arrays of row objects. */
export type TemplateInputs = Record<string, InputValue | undefined>;

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
