/**
 * The workbook: the one place that calls Excel, and an in-memory double of it.
 *
 * API (for the task pane):
 * - `buildWorksheet(run, plan, { onProgress? }) → Promise<BuildResult>`: writes `plan` (from
 *   `layout` in src/templates) into a NEW worksheet with a unique name ("Merger", "Merger (2)"…)
 *   and activates it. `run` is `Excel.run` or `memoryWorkbook.run`. At most 3 syncs, plus one per
 *   chunk of a large register (every request kept under 5 MB). On failure the half-built sheet is
 *   removed and a `BuildError` is thrown (message says what failed; `cleanedUp` says whether the
 *   workbook is back as it was). `onProgress({ written, total, phase })` reports cells written.
 *   BuildResult: `{ sheetName, tableNames, syncs, cellsWritten, largestRequestBytes }`.
 * - `MemoryWorkbook`: `new MemoryWorkbook({ engine?: "hyperformula", sheets?: ["Sheet1"],
 *   failAtSync?: { sync: n, operation?: k }, maxRequestBytes? })`.
 *   `.run` works in place of Excel.run; `.syncCount`, `.largestRequestBytes`, `.syncs` (per sync: bytes,
 *   operations, what it suspended), `.snapshot()` (a
 *   JSON-comparable picture of the whole workbook), `.sheetNames()`,
 *   `await .grid(sheetName) → { values: (string|number|boolean|null)[][], formulas, numberFormats }`
 *   (computed values when the engine is "hyperformula"; it is loaded on demand, so the task pane
 *   downloads HyperFormula only for the preview).
 */
export { buildWorksheet, BuildError } from "./build";
export type { BuildOptions, BuildProgress, BuildResult, ExcelRun } from "./build";
export { MemoryWorkbook } from "./memory";
export type { MemoryWorkbookOptions, SheetGrid, SyncRecord } from "./memory";
