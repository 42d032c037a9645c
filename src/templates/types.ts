/**
 * The shapes of a worksheet template, the user's inputs and the plan the layout produces.
 * A template is plain JSON-serialisable data: the built-in ones are TypeScript objects of the
 * same shape a user's JSON file has, checked by `parseTemplate`.
 */

export type Language = "en" | "ja";

/** A label in both languages the add-in speaks. */
export interface Text {
  en: string;
  ja: string;
}

/** What an input holds; decides its validation, its number format and how it is written. */
export type InputKind =
  | "text" // user text (company names): always written as text, never as a formula
  | "shares" // a whole number of shares, 0 or more
  | "ratio" // a number > 0, or text holding an exact decimal or fraction ("0.2019", "2/3")
  | "yen" // an amount in yen, may be negative (a net loss)
  | "price" // a price per share in yen, may be negative for per-share losses
  | "fraction" // a proportion between 0 and 1, a number or text such as "9/10"
  | "unit" // a share unit (単元株), 1 to 1,000
  | "date" // a calendar day, ISO "YYYY-MM-DD"; written as an Excel date serial
  | "boolean" // yes / no
  | "choice" // one of `options`
  | "table"; // rows of `columns` (a price history, a shareholder register)

export interface TableColumnInput {
  id: string;
  kind: Exclude<InputKind, "table" | "choice" | "boolean">;
  label: Text;
  required?: boolean;
}

export interface TemplateInput {
  /** Key in TemplateInputs, and in `{ input: id }` cells. */
  id: string;
  kind: InputKind;
  label: Text;
  help?: Text;
  /** The sheet-scoped workbook name of the input's cell, used by formulas (e.g. "Ratio"). */
  name?: string;
  required?: boolean;
  /** Bounds for number kinds (inclusive). */
  min?: number;
  max?: number;
  /** For "choice": the allowed values and their labels. */
  options?: { value: string; label: Text }[];
  /** For "table": its columns. */
  columns?: TableColumnInput[];
  /** Used when the user leaves the input blank. */
  default?: InputValue;
  /** Shown beside the input cell on the sheet (a source, a "verify" choice). */
  note?: Text;
}

export type TableRowValue = string | number | null;
export type TableRows = Record<string, TableRowValue>[];
export type InputValue = string | number | boolean | null | TableRows;
/** The user's values, by input id. Dates are ISO text; table inputs are arrays of row objects. */
export type TemplateInputs = Record<string, InputValue | undefined>;

/** One cell a template row writes. */
export type CellSpec =
  /** The value of an input (its cell gets the input's name). */
  | { input: string; format?: string }
  /** A formula in English with comma separators; `{{key}}` is the template's message `key`, quoted. */
  | { formula: string; name?: string; format?: string; style?: CellStyle }
  /** Fixed text in the sheet's language. */
  | { text: Text; style?: CellStyle }
  /** Nothing. */
  | { empty: true };

export interface TemplateRow {
  label: Text;
  /** One cell per value column of the section. */
  cells: CellSpec[];
  note?: Text;
}

export interface TableColumnSpec {
  /** Key of the column inside the template: other columns' formulas say `[@id]`. */
  id: string;
  header: Text;
  /** The row field of the table input this column shows, or … */
  field?: string;
  /** … a formula per row: `[@id]` is this row's cell of the column with that id, or … */
  formula?: string;
  /**
   * … one formula in the first row whose array result spills down the column (an exact
   * per-holder split). Excel refuses a spill inside a table, so these columns come last and sit
   * just outside it. `[#id]` is the whole data range of a column.
   */
  spill?: string;
  /** Names the column's data range, sheet-scoped (e.g. "PriceCloses"). */
  name?: string;
  format?: string;
  width?: number;
}

export type Section =
  | {
      kind: "rows";
      id: string;
      title: Text;
      note?: Text;
      /** Headers of the value columns (one column when omitted). */
      columns?: Text[];
      rows: TemplateRow[];
    }
  | {
      kind: "table";
      id: string;
      title: Text;
      note?: Text;
      /** The table input (kind "table") whose rows fill it. */
      input: string;
      /** Base name of the Excel table; the writer makes it unique in the workbook. */
      tableName: string;
      /** Blank rows kept for pasting when the input has fewer rows. */
      minRows: number;
      /** Leave the whole section out when the input has no rows. */
      optional?: boolean;
      columns: TableColumnSpec[];
      /** Rows under the table (totals, the pool), laid out like a "rows" section; `[#id]` allowed. */
      summary?: TemplateRow[];
    }
  | {
      kind: "chart";
      id: string;
      title: Text;
      /** The table section it plots, and the ids of its x and y columns (adjacent, x first). */
      table: string;
      x: string;
      y: string;
    };

export interface Template {
  format: "merger-template";
  version: 1;
  id: string;
  /** Which core computes `keyResults` for it ("absorption-merger"), if any. */
  family?: string;
  title: Text;
  description: Text;
  sheetName: Text;
  inputs: TemplateInput[];
  /** Prefilled values (an example), merged under the user's. */
  values?: TemplateInputs;
  /** Texts used inside formulas as `{{key}}`. */
  messages?: Record<string, Text>;
  sections: Section[];
}

export type CellStyle =
  "title" | "subtitle" | "section" | "header" | "label" | "input" | "computed" | "result" | "note" | "warning";

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
  type: "line";
  title: string;
  /** The x and y columns, header row included (two adjacent columns). */
  source: string;
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

/** A key figure for the task pane's preview, computed by the core (not by the sheet). */
export interface KeyResult {
  id:
    | "sharesToProvide"
    | "fromTreasury"
    | "newShares"
    | "shortForm"
    | "simplified"
    | "simplifiedArticle"
    | "registerCheck";
  label: string;
  /** The figure, or undefined when the inputs don't allow it (see `error`). */
  value?: number | boolean | string;
  /** The figure as the pane shows it ("104", "Yes — CA 784(1)"). */
  display: string;
  error?: string;
  /** A figure that was computed but disagrees with another (the register against the shares to provide). */
  warning?: string;
}
