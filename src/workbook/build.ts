/**
 * The writer: applies a Plan to a new worksheet through the Excel JavaScript API, the one module
 * that calls Excel. It never touches what the user has: the sheet gets a fresh name, names are
 * scoped to it, tables get names the workbook does not use yet, so removing the sheet undoes all.
 *
 * Syncs: one to read the names in use, one to write everything, plus one more per chunk when the
 * cells would not fit one request (Excel on the web refuses a request over 5 MB).
 */
import { areaAddress, columnLetters, parseCell } from "../templates/a1";
import type { Plan, PlanBlock, PlanCell, PlanStyle } from "../templates/types";

/** The shape of Excel.run (and of MemoryWorkbook.run). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface BuildProgress {
  phase: "checking" | "writing" | "done";
  /** Cells written so far, of `total`. */
  written: number;
  total: number;
}

export interface BuildOptions {
  onProgress?: (progress: BuildProgress) => void;
  /** The most one request may carry; Excel on the web allows 5 MB, and some room is kept. */
  requestBudgetBytes?: number;
}

export interface BuildResult {
  sheetName: string;
  /** The tables' names as created (a number appended when the workbook had the name). */
  tableNames: string[];
  syncs: number;
  cellsWritten: number;
  /** Our estimate of the largest request sent: the UTF-8 JSON of what was written in it. */
  largestRequestBytes: number;
}

export class BuildError extends Error {
  constructor(
    message: string,
    /** True when the half-built sheet was removed (or never made): the workbook is as it was. */
    readonly cleanedUp: boolean,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "BuildError";
  }
}

const DEFAULT_BUDGET = 4_000_000;

/** Bytes of a string in UTF-8 (Japanese text takes 3 per character), without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}

/** "Merger", then "Merger (2)", "Merger (3)"…: sheet names compare without regard to case. */
function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toUpperCase()));
  if (!used.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
}

/** Table names share the workbook's namespace with defined names: "MergerPrices", "MergerPrices2"… */
function uniqueTableName(base: string, used: Set<string>): string {
  let candidate = base;
  for (let n = 2; used.has(candidate.toUpperCase()); n++) candidate = `${base}${n}`;
  used.add(candidate.toUpperCase());
  return candidate;
}

/** One range write: the range it covers and the three arrays sent (null = leave the cell alone). */
interface Write {
  address: string;
  numberFormat: string[][];
  values?: (string | number | boolean | null)[][];
  formulas?: (string | null)[][];
  cells: number;
  bytes: number;
}

const constant = (cell: PlanCell | null): string | number | boolean | null =>
  cell === null || "formula" in cell
    ? null
    : "text" in cell
      ? cell.text
      : "number" in cell
        ? cell.number
        : cell.boolean;

const formulaOf = (cell: PlanCell | null): string | null => (cell && "formula" in cell ? cell.formula : null);

/**
 * The blocks as requests: writes of whole rows, packed in order, a request closed when the next
 * row would take it over the budget (a large register thus spans as few requests as fit).
 */
function requestsOf(blocks: PlanBlock[], budget: number): Write[][] {
  const requests: Write[][] = [[]];
  let requestBytes = 0;
  for (const block of blocks) {
    const { column, row: top } = parseCell(block.address)!;
    const right = column + block.numberFormats[0]!.length - 1;
    // Each row once as sent: measured for the budget, then sliced into its write.
    const values = block.cells.map((r) => r.map(constant));
    const formulas = block.cells.map((r) => r.map(formulaOf));
    let start = 0;
    let bytes = 0;
    const flush = (end: number) => {
      if (end <= start) return;
      const slice = block.cells.slice(start, end);
      const sliceValues = values.slice(start, end);
      const sliceFormulas = formulas.slice(start, end);
      requests[requests.length - 1]!.push({
        address: areaAddress({ top: top + start, left: column, bottom: top + end - 1, right }),
        numberFormat: block.numberFormats.slice(start, end),
        ...(sliceValues.some((r) => r.some((v) => v !== null)) && { values: sliceValues }),
        ...(sliceFormulas.some((r) => r.some((f) => f !== null)) && { formulas: sliceFormulas }),
        cells: slice.reduce((n, r) => n + r.filter((c) => c !== null).length, 0),
        bytes,
      });
      start = end;
      bytes = 0;
    };
    block.cells.forEach((_, i) => {
      // What this row adds to the request: its formats, values and formulas as JSON.
      const rowBytes = utf8Length(JSON.stringify([block.numberFormats[i], values[i], formulas[i]]));
      if (requestBytes > 0 && requestBytes + rowBytes > budget) {
        flush(i);
        requests.push([]);
        requestBytes = 0;
      }
      bytes += rowBytes;
      requestBytes += rowBytes;
    });
    flush(block.cells.length);
  }
  return requests;
}

function applyStyle(range: Excel.Range, style: PlanStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
}

export async function buildWorksheet(run: ExcelRun, plan: Plan, options: BuildOptions = {}): Promise<BuildResult> {
  const budget = options.requestBudgetBytes ?? DEFAULT_BUDGET;
  const requests = requestsOf(plan.blocks, budget);
  const total = requests.flat().reduce((n, w) => n + w.cells, 0);
  const report = (phase: BuildProgress["phase"], written: number) => options.onProgress?.({ phase, written, total });

  return run(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    report("checking", 0);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const active = worksheets.getActiveWorksheet();
    active.load("name");
    const existingTables = context.workbook.tables;
    existingTables.load("items/name");
    const existingNames = context.workbook.names;
    existingNames.load("items/name");
    try {
      // context.sync() itself, not sync(): the office-addins lint rule must see the load synced.
      syncs++;
      await context.sync();
    } catch (error) {
      throw new BuildError(`Could not read the workbook's sheets and names: ${message(error)}`, true, error);
    }
    const activeName = active.name;
    const sheetName = uniqueSheetName(
      plan.sheetName,
      worksheets.items.map((s) => s.name),
    );
    const earlierSheetIds = new Set(worksheets.items.map((s) => s.id));
    const usedNames = new Set([...existingTables.items, ...existingNames.items].map((i) => i.name.toUpperCase()));
    for (const name of plan.names) usedNames.add(name.name.toUpperCase());
    const tableNames = plan.tables.map((t) => uniqueTableName(t.name, usedNames));

    let written = 0;
    let largest = 0;
    try {
      const sheet = worksheets.add(sheetName);
      for (let i = 0; i < requests.length; i++) {
        context.application.suspendApiCalculationUntilNextSync();
        context.application.suspendScreenUpdatingUntilNextSync();
        for (const write of requests[i]!) {
          const range = sheet.getRange(write.address);
          // Formats first: a "@" cell keeps whatever text is then written as text, never a formula.
          range.numberFormat = write.numberFormat;
          if (write.values) range.values = write.values;
          if (write.formulas) range.formulas = write.formulas;
          written += write.cells;
        }
        largest = Math.max(
          largest,
          requests[i]!.reduce((n, w) => n + w.bytes, 0),
        );
        // The last request also carries the widths, styles, names, tables, chart and freeze panes.
        if (i === requests.length - 1) finish(sheet);
        await sync();
        report("writing", written);
      }
    } catch (error) {
      const cleanedUp = await removeHalfBuilt(context, sheetName, earlierSheetIds, activeName);
      const state = cleanedUp
        ? "the half-built sheet was removed and the workbook is as it was"
        : `the half-built sheet "${sheetName}" could not be removed; delete it by hand`;
      throw new BuildError(
        `Building "${sheetName}" failed after ${written} of ${total} cells (${message(error)}); ${state}.`,
        cleanedUp,
        error,
      );
    }
    report("done", written);
    return { sheetName, tableNames, syncs, cellsWritten: written, largestRequestBytes: largest };

    function finish(sheet: Excel.Worksheet): void {
      plan.columnWidths.forEach((width, c) => {
        sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = width;
      });
      for (const format of plan.formats) applyStyle(sheet.getRange(format.address), plan.styles[format.style]);
      // Scoped to the new sheet: they cannot clash with the user's names, and go with the sheet.
      for (const name of plan.names) sheet.names.add(name.name, sheet.getRange(name.address));
      plan.tables.forEach((table, i) => {
        const created = sheet.tables.add(table.address, true);
        created.name = tableNames[i]!;
        created.style = table.style;
      });
      for (const chart of plan.charts) {
        const created = sheet.charts.add("Line", sheet.getRange(chart.source), "Columns");
        created.title.text = chart.title;
        created.setPosition(chart.topLeft, chart.bottomRight);
      }
      if (plan.freeze.rows > 0) sheet.freezePanes.freezeRows(plan.freeze.rows);
      sheet.activate();
    }
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Removes the sheet this build added, if it got that far, and re-activates the sheet that was
 * active. A sheet that existed before the build is never removed, even under our name.
 */
async function removeHalfBuilt(
  context: Excel.RequestContext,
  sheetName: string,
  earlierSheetIds: Set<string>,
  activeName: string,
): Promise<boolean> {
  try {
    const half = context.workbook.worksheets.getItemOrNullObject(sheetName);
    half.load("id");
    await context.sync();
    if (half.isNullObject || earlierSheetIds.has(half.id)) return true;
    context.workbook.worksheets.getItem(activeName).activate();
    half.delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
