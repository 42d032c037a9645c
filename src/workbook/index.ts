/**
 * The workbook: the one place that calls Excel, and an in-memory double of it.
 *
 * API (for the task pane):
 * - `buildWorksheet(run, plan, { onProgress? }) → Promise<BuildResult>`: writes `plan` (from
 *   `layout` in src/templates) into a NEW worksheet with a unique name ("Merger", "Merger (2)"…)
 *   and activates it. `run` is `Excel.run` or `memoryWorkbook.run`. 3 syncs (read, write,
 *   recalculate), plus one per further request when cells or formats do not fit one (every
 *   request kept under 5 MB in the real client's serialized bytes). Refused before anything is
 *   written: a sheet name Excel refuses, a plan past row 1,048,576 or column XFD. On failure the
 *   sheet the build added is removed by its id and a `BuildError` is thrown (message says what
 *   failed and what is left; `cleanedUp` says whether the workbook is back as it was).
 *   `onProgress({ written, total, phase })` reports cells written. BuildResult: `{ sheetName,
 *   sheetId, tableNames, syncs, cellsWritten, largestRequestBytes, requestBytes,
 *   manualCalculation }` (manualCalculation: Excel calculates manually; tell the user).
 * - `copyAsValues(run, plan, { sheetId } | { shown }, { date, version }, options?) → Promise<BuildResult>`:
 *   reads the built sheet by id (2 syncs; or takes the values shown, in the preview) and builds
 *   `valuesPlan(plan, shown, stamp)`: the same plan with every MERGER.* formula (and the cells its
 *   array spilled into) as its value, the inputs as shown, a stamp line; as buildWorksheet for the rest.
 * - `MemoryWorkbook`: `new MemoryWorkbook({ engine?: "hyperformula", sheets?: ["Sheet1"],
 *   failAtSync?: { sync: n, operation?: k }, maxRequestBytes?, calculationMode?, betweenSyncs? })`
 *   (betweenSyncs(sync, book): what a co-author does before sync n; `renameSheet`, `addSheet`).
 *   `.run` works in place of Excel.run; `.syncCount`, `.largestRequestBytes`, `.syncs` (per sync: bytes,
 *   operations, steps in order, what it suspended), `.snapshot()` (a
 *   JSON-comparable picture of the whole workbook), `.sheetNames()`,
 *   `await .grid(sheetName) → { values: (string|number|boolean|null)[][], formulas, numberFormats }`
 *   (computed values when the engine is "hyperformula"; it is loaded on demand, so the task pane
 *   downloads HyperFormula only for the preview).
 */
export { buildWorksheet, BuildError } from "./build";
export type { BuildOptions, BuildProgress, BuildResult, ExcelRun } from "./build";
export { MemoryWorkbook } from "./memory";
export type { MemoryWorkbookOptions, SheetGrid, SyncRecord } from "./memory";
export { copyAsValues, valuesPlan } from "./copy-values";
export type { ShownValue, ValuesStamp } from "./copy-values";
