import { HyperFormulaEngine } from "../../src/preview/hyperformula";
import type { CellValue, SheetState } from "../../src/preview/sheet";

/**
 * One sheet of the given cells ("row,column" from 0 → a value, or a formula as text starting
 * with "="), evaluated by the preview's engine; returns the value at a cell.
 */
export function evaluateSheet(cells: Record<string, CellValue>): (row: number, column: number) => unknown {
  const stored: SheetState["cells"] = new Map();
  for (const [key, value] of Object.entries(cells)) {
    if (value === null) continue;
    const formula = typeof value === "string" && value.startsWith("=") ? value : undefined;
    stored.set(key, formula ? { value: null, formula, numberFormat: "General" } : { value, numberFormat: "General" });
  }
  const sheet: SheetState = {
    id: "s1",
    name: "Sheet1",
    cells: stored,
    columnWidths: new Map(),
    names: new Map(),
    charts: [],
    freezeRows: 0,
    calculations: 0,
  };
  const result = new HyperFormulaEngine().evaluate([sheet], "s1");
  return (row, column) => result.value(row, column);
}

/** Rows of cells as evaluateSheet's cells. */
export const cellsOfRows = (rows: CellValue[][]): Record<string, CellValue> =>
  Object.fromEntries(rows.flatMap((row, r) => row.map((cell, c) => [`${r},${c}`, cell])));
