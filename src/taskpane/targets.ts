/**
 * Where Build writes: Excel itself (Excel.run), or, outside Excel, an in-memory workbook backed
 * by HyperFormula whose computed cells the pane shows. The memory workbook is imported on
 * first use only, so Excel never downloads it or the formula engine.
 */
import type { Plan } from "../templates";
// From build.ts, not the index: the index also exports the memory workbook, which only the
// preview needs and which is imported below on demand.
import { buildWorksheet, type BuildProgress } from "../workbook/build";
import type { MemoryWorkbook, SheetGrid } from "../workbook/memory";

export interface BuiltSheet {
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
}

export const excelTarget: BuildTarget = {
  kind: "excel",
  async build(plan, onProgress) {
    const result = await buildWorksheet(Excel.run, plan, { onProgress });
    return {
      sheetName: result.sheetName,
      cellsWritten: result.cellsWritten,
      manualCalculation: result.manualCalculation,
    };
  },
};

/** One in-memory workbook per page, so building again adds a sheet, as it would in Excel. */
export function previewTarget(): BuildTarget {
  let workbook: Promise<MemoryWorkbook> | undefined;
  return {
    kind: "preview",
    async build(plan, onProgress) {
      workbook ??= import(/* webpackChunkName: "preview" */ "../workbook/memory").then(
        ({ MemoryWorkbook }) => new MemoryWorkbook({ engine: "hyperformula" }),
        (error: unknown) => {
          workbook = undefined; // let the next Build try the download again
          throw error;
        },
      );
      const memory = await workbook;
      const result = await buildWorksheet(memory.run, plan, { onProgress });
      return {
        sheetName: result.sheetName,
        cellsWritten: result.cellsWritten,
        manualCalculation: result.manualCalculation,
        grid: await memory.grid(result.sheetName),
      };
    },
  };
}
