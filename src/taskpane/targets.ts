/**
 * Where Build writes: Excel itself (Excel.run), or, outside Excel, an in-memory workbook backed
 * by HyperFormula whose computed cells the pane shows. The preview is in development builds only
 * (the dev server, the tests): HyperFormula is GPLv3, and a production build, which firms host,
 * leaves it out: webpack drops the branch below when NODE_ENV is "production", and its chunk
 * with it. In development it is imported on first use only.
 */
import type { Plan } from "../plan/plan";
import { parseCell } from "../plan/a1";
import {
  buildWorksheet,
  copyAsValues,
  type BuildProgress,
  type BuildResult,
  type ExcelRun,
  type ValuesStamp,
} from "../workbook";
import type { SheetGrid } from "../preview/sheet";
import type { PreviewWorkbook } from "../preview/workbook";
import { displayValue } from "../preview/displayValue";

export interface BuiltSheet {
  /** The id Excel gave the new sheet: what the pane reads back by, as the user may rename it. */
  readonly sheetId: string;
  readonly sheetName: string;
  readonly cellsWritten: number;
  /** Excel calculates manually: the sheet was calculated once and the user must be told. */
  readonly manualCalculation: boolean;
  /** The computed sheet, in preview mode only. */
  readonly grid?: SheetGrid;
}

export interface BuildTarget {
  readonly kind: "excel" | "preview";
  build(plan: Plan, onProgress: (progress: BuildProgress) => void): Promise<BuiltSheet>;
  /** The cells of a built sheet as they are shown (formatted text), e.g. its key results. */
  displayed(sheet: BuiltSheet, addresses: readonly string[]): Promise<string[]>;
  /** A new sheet laid out by `plan` with the built sheet's MERGER.* results as values. */
  copyAsValues(sheet: BuiltSheet, plan: Plan, stamp: ValuesStamp): Promise<BuiltSheet>;
}

const builtSheet = (result: BuildResult): BuiltSheet => ({
  sheetId: result.sheetId,
  sheetName: result.sheetName,
  cellsWritten: result.cellsWritten,
  manualCalculation: result.manualCalculation,
});

/**
 * Where Excel reports ExcelApi 1.20, a run whose syncs are one undo step: the user undoes a build
 * or a Copy as values with one Ctrl+Z. Older Excel: none, and the writer runs as before (there an
 * add-in's writes clear the user's undo stack; the built sheet is removed by deleting it).
 */
function undoGroup(): ExcelRun | undefined {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.20")) return undefined;
  return (batch) => Excel.run({ mergeUndoGroup: true }, batch);
}

export const excelTarget: BuildTarget = {
  kind: "excel",
  async build(plan, onProgress) {
    const result = await buildWorksheet(Excel.run, plan, { onProgress, undoGroup: undoGroup() });
    return builtSheet(result);
  },
  async displayed(sheet, addresses) {
    if (addresses.length === 0) return [];
    return Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet.sheetId);
      const ranges = addresses.map((address) => worksheet.getRange(address).load("text"));
      await context.sync();
      return ranges.map((range) => range.text[0]?.[0] ?? "");
    });
  },
  async copyAsValues(sheet, plan, stamp) {
    const result = await copyAsValues(Excel.run, plan, { sheetId: sheet.sheetId }, stamp, { undoGroup: undoGroup() });
    return builtSheet(result);
  },
};

/**
 * One in-memory workbook per page, so building again adds a sheet, as it would in Excel;
 * undefined in a production build.
 */
export function previewTarget(): BuildTarget | undefined {
  // Inside the branch, so webpack neither follows the import() nor emits its chunk in production.
  if (process.env.NODE_ENV !== "production") {
    let workbook: Promise<PreviewWorkbook> | undefined;
    return {
      kind: "preview",
      async build(plan, onProgress) {
        workbook ??= import(/* webpackChunkName: "preview" */ "../preview/workbook").then(
          ({ PreviewWorkbook }) => new PreviewWorkbook({ engine: "hyperformula" }),
          (error: unknown) => {
            workbook = undefined; // let the next Build try the download again
            throw error;
          },
        );
        const memory = await workbook;
        const result = await buildWorksheet(memory.run, plan, { onProgress });
        return { ...builtSheet(result), grid: await memory.grid(result.sheetName) };
      },
      async displayed(sheet, addresses) {
        const grid = sheet.grid;
        if (!grid) throw new Error(`The preview has no sheet "${sheet.sheetName}".`);
        return addresses.map((address) => {
          const at = parseCell(address);
          if (!at) throw new Error(`"${address}" is not a cell address.`);
          return displayValue(grid.values[at.row]?.[at.column] ?? null, grid.numberFormats[at.row]?.[at.column]);
        });
      },
      async copyAsValues(sheet, plan, stamp) {
        const memory = await workbook;
        if (!memory || !sheet.grid) throw new Error(`The preview has no sheet "${sheet.sheetName}".`);
        const result = await copyAsValues(memory.run, plan, { shown: sheet.grid.values }, stamp);
        return { ...builtSheet(result), grid: await memory.grid(result.sheetName) };
      },
    };
  }
  return undefined;
}
