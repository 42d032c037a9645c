/**
 * The preview's cell store: what a sheet holds (constants, formulas, number formats, names,
 * charts) and the grid the pane shows of it. Plain data, so the formula engine and the workbook
 * that fills the store both read it without importing each other.
 */

export type CellValue = string | number | boolean | null;

/** Evaluates every sheet's formulas; HyperFormula in practice (./hyperformula). */
export interface FormulaEngine {
  evaluate(
    sheets: SheetState[],
    sheetId: string,
  ): {
    rows: number;
    columns: number;
    value(row: number, column: number): CellValue | { error: string; message: string } | undefined;
  };
}

export interface SheetGrid {
  sheetName: string;
  /** Computed values (with an engine) or constants; errors as their text ("#VALUE!"). */
  values: CellValue[][];
  /** The formula of each cell, or its constant as Excel's `formulas` shows it. */
  formulas: CellValue[][];
  numberFormats: string[][];
  /** Cells whose value is an error, with the engine's message. */
  errors: { address: string; error: string; message: string }[];
}

export interface StoredCell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  format?: Record<string, string | number | boolean>;
}

export interface SheetState {
  id: string;
  name: string;
  /** By `cellKey(row, column)`. */
  cells: Map<string, StoredCell>;
  columnWidths: Map<number, number>;
  names: Map<string, { address: string; comment: string }>;
  charts: {
    type: string;
    source: string;
    seriesBy: string;
    title: string;
    position: [string, string] | null;
    /** One per column after the first (series by columns): its fill and, in a combination, its type. */
    series: { filled: boolean; chartType: string }[];
  }[];
  freezeRows: number;
  /** How many times the sheet was calculated through the API. */
  calculations: number;
}

export interface TableState {
  name: string;
  sheetId: string;
  address: string;
  style: string;
}

export const cellKey = (row: number, column: number) => `${row},${column}`;
