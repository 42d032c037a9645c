/**
 * The workbook: the one place that calls Excel.
 *
 * API (for the task pane):
 * - `buildWorksheet(run, plan, { onProgress? }) → Promise<BuildResult>`: writes `plan` (from
 *   `layout` in src/templates) into a NEW worksheet with a unique name ("Merger", "Merger (2)"…)
 *   and activates it. `run` is `Excel.run` or a `PreviewWorkbook`'s `run`. 3 syncs (read, write,
 *   recalculate), plus one per further request when cells or formats do not fit one (every
 *   request kept under 5 MB in the real client's serialized bytes). Refused before anything is
 *   written: a sheet name Excel refuses, a plan past row 1,048,576 or column XFD. On failure the
 *   sheet the build added is removed by its id (when the reply that gave the id was lost: the
 *   sheet new since the build began, by id, that carries the planned name) and a `BuildError` is
 *   thrown (message says what failed and what is left; `cleanedUp` says whether the workbook is
 *   back as it was).
 *   `onProgress({ written, total, phase })` reports cells written. BuildResult: `{ sheetName,
 *   sheetId, tableNames, syncs, cellsWritten, largestRequestBytes, requestBytes,
 *   manualCalculation }` (manualCalculation: Excel calculates manually; tell the user).
 *   `undoGroup`: where ExcelApi 1.20 is reported, Excel.run({ mergeUndoGroup: true }, …), in which
 *   the build writes as one undo step; a failed build is removed in `run`, outside it (undo.json).
 * - `copyAsValues(run, plan, { sheetId } | { shown }, { date, version }, options?) → Promise<BuildResult>`:
 *   reads the built sheet by id (1 sync, then 1 per slice of rows, each reply kept under 5 MB;
 *   calculated first when Excel calculates manually; or takes the values shown, in the preview) and builds
 *   `valuesPlan(plan, shown, stamp)`: the same plan with every MERGER.* formula (and the cells its
 *   array spilled into) as its value, the inputs as shown, a stamp line; as buildWorksheet for the rest.
 * The preview (src/preview) is a workbook model the writer builds into outside Excel.
 */
export { buildWorksheet, BuildError } from "./build";
export type { BuildOptions, BuildProgress, BuildResult, ExcelRun } from "./build";
export { copyAsValues, valuesPlan } from "./copy-values";
export type { ShownValue, ValuesStamp } from "./copy-values";
