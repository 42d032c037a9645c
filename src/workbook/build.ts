/**
 * The writer: applies a Plan to a new worksheet through the Excel JavaScript API, the one module
 * that calls Excel. It never touches what the user has: the sheet gets a fresh name, names are
 * scoped to it, tables get names the workbook does not use yet, so removing the sheet undoes all.
 *
 * Syncs: one reads the workbook (sheets and their ids, names, tables, the calculation mode); the
 * next adds the sheet and its names, before any formula could bind to a user's name of the same
 * text, then writes cells, styles, widths, tables and the chart, in as many requests as fit the
 * budget (Excel on the web refuses a request over 5 MB); the last recalculates the sheet (API
 * calculation was suspended: re-calculating is ours to do) and activates it.
 *
 * What the build made is known by the id Excel gave the sheet in the sync that added it: a failed
 * build removes that sheet and nothing else, whatever it or the user's sheets are called by then.
 * When the reply to that sync was lost (Excel applied it, the connection dropped), the sheet is
 * the one whose id was not among the sheets read first and that carries the planned name.
 *
 * Undo: where Excel merges an add-in's syncs into one undo step (ExcelApi 1.20), the build runs in
 * the `undoGroup` it is given, and the user undoes it with one Ctrl+Z. Every call the writer makes
 * is listed in ./undo.json with whether Excel can undo it: only Worksheet.delete cannot, and only
 * the removal of a failed build calls it, in a run of its own (inside the group Excel would refuse
 * it with UndoNotSupported).
 */
import { areaAddress, columnLetters, parseArea, parseCell, type Area } from "../plan/a1";
import type { CellStyle, ChartType, Plan, PlanBlock, PlanCell, PlanStyle } from "../plan/plan";
import { pastTheGrid, planAreas, sameSheetName, sheetNameProblem, uniqueSheetName } from "../plan/excel-limits";
import { requestCost } from "./request-cost";

/** Each chart type of a plan as Excel draws it. */
const CHART_TYPES: Record<ChartType, { excelType: `${Excel.ChartType}`; floating: boolean }> = {
  line: { excelType: "Line", floating: false },
  bar: { excelType: "BarClustered", floating: false },
  column: { excelType: "ColumnClustered", floating: false },
  floatingBar: { excelType: "BarStacked", floating: true },
  floatingColumn: { excelType: "ColumnStacked", floating: true },
  pie: { excelType: "Pie", floating: false },
};

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
  /**
   * Where Excel merges undo (ExcelApi 1.20): Excel.run({ mergeUndoGroup: true }, …), in which the
   * build writes, all its syncs one undo step. A failed build is removed in `run`, outside it.
   */
  undoGroup?: ExcelRun;
}

export interface BuildResult {
  sheetName: string;
  /** Excel's id of the new sheet, from the sync that added it. */
  sheetId: string;
  /** The tables' names as created (a number appended when the workbook had the name). */
  tableNames: string[];
  syncs: number;
  cellsWritten: number;
  /** Our estimate of the largest request sent, in the real client's serialized bytes. */
  largestRequestBytes: number;
  /** Our estimate of each writing request, in order (the read before and the recalculation after are small). */
  requestBytes: number[];
  /**
   * The workbook calculates manually: the new sheet was calculated once, but its values will not
   * follow later changes until the user recalculates (F9) or switches calculation to automatic.
   */
  manualCalculation: boolean;
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
/** Excel on the web's cap on one request. */
const REQUEST_LIMIT = 5 * 1024 * 1024;

/** Table names share the workbook's namespace with defined names: "MergerPrices", "MergerPrices2"… */
function uniqueTableName(base: string, used: Set<string>): string {
  let candidate = base;
  for (let n = 2; used.has(candidate.toUpperCase()); n++) candidate = `${base}${n}`;
  used.add(candidate.toUpperCase());
  return candidate;
}

const constant = (cell: PlanCell | null): string | number | boolean | null =>
  cell === null || "formula" in cell
    ? null
    : "text" in cell
      ? cell.text
      : "number" in cell
        ? cell.number
        : cell.boolean;

/**
 * Every text cell gets the text number format, whatever the plan (or the sheet a copy was read
 * from) gave it: written into a General cell, text starting with "=", "+", "-" or "@" (a DDE
 * `+cmd|…` too) is entered as a formula. "@" rather than a leading apostrophe: it keeps any text
 * literal ("1-2" no date, "0012" no number), reads back exactly as written, and cellWrite sets
 * it before the values in the same request.
 */
const textFormat = (cell: PlanCell | null, format: string): string => (cell && "text" in cell ? "@" : format);

const formulaOf = (cell: PlanCell | null): string | null => (cell && "formula" in cell ? cell.formula : null);

/** One part of a request: what it costs, the cells it writes, and the calls that make it. */
interface Piece {
  bytes: number;
  cells: number;
  apply(sheet: Excel.Worksheet): void;
}

/** Pieces packed in order into requests, a request closed when the next piece would pass the budget. */
class Requests {
  readonly list: Piece[][] = [[]];
  private bytes = 0;
  constructor(private readonly budget: number) {}

  /** Whether `bytes` more fit the open request; an empty one takes any piece (alone it may pass). */
  fits(bytes: number, alone = this.current.length === 0): boolean {
    return this.bytes + bytes <= this.budget || alone;
  }
  next(): void {
    if (this.current.length > 0) this.list.push([]);
    this.bytes = 0;
  }
  add(piece: Piece): void {
    if (!this.fits(piece.bytes)) this.next();
    this.current.push(piece);
    this.bytes += piece.bytes;
  }
  get current(): Piece[] {
    return this.list[this.list.length - 1]!;
  }
}

/** A range write: numberFormat, then values and formulas when it has any ("@" first keeps text as text). */
function cellWrite(top: number, left: number, rows: number[], block: Grids): Piece {
  const numberFormat = rows.map((r) => block.numberFormats[r]!);
  const values = rows.map((r) => block.values[r]!);
  const formulas = rows.map((r) => block.formulas[r]!);
  const hasValues = values.some((row) => row.some((v) => v !== null));
  const hasFormulas = formulas.some((row) => row.some((f) => f !== null));
  const address = areaAddress({
    top: top + rows[0]!,
    left,
    bottom: top + rows[rows.length - 1]!,
    right: left + numberFormat[0]!.length - 1,
  });
  return {
    bytes: 0,
    cells: rows.reduce((n, r) => n + block.cells[r]!.filter((c) => c !== null).length, 0),
    apply(sheet) {
      const range = sheet.getRange(address);
      range.numberFormat = numberFormat;
      if (hasValues) range.values = values;
      if (hasFormulas) range.formulas = formulas;
    },
  };
}

interface Grids {
  cells: (PlanCell | null)[][];
  numberFormats: string[][];
  values: (string | number | boolean | null)[][];
  formulas: (string | null)[][];
}

/** A block's rows as range writes: rows packed while they fit, each request's rows one write. */
function packBlock(block: PlanBlock, requests: Requests): void {
  const { column: left, row: top } = parseCell(block.address)!;
  const grids: Grids = {
    cells: block.cells,
    numberFormats: block.numberFormats.map((formats, r) => formats.map((f, c) => textFormat(block.cells[r]![c]!, f))),
    values: block.cells.map((r) => r.map(constant)),
    formulas: block.cells.map((r) => r.map(formulaOf)),
  };
  let rows: number[] = [];
  let bytes = 0;
  // A write sends formulas only once one of its rows has one (cellWrite), then for all its rows:
  // a register's rows below a spilled formula send none.
  let withFormulas = false;
  let formulasHeld = 0;
  const flush = () => {
    if (rows.length === 0) return;
    requests.add({ ...cellWrite(top, left, rows, grids), bytes });
    rows = [];
    bytes = 0;
    withFormulas = false;
    formulasHeld = 0;
  };
  block.cells.forEach((_, i) => {
    const formulaBytes = requestCost(0, 0, grids.formulas[i]);
    const hasFormula = grids.formulas[i]!.some((f) => f !== null);
    // What the row adds as sent: its formats, values and formulas (and a byte a cell for the
    // row slices the client cuts a large array into); a new write adds its range.
    const rowCost = () =>
      requestCost(0, 0, grids.numberFormats[i], grids.values[i]) +
      grids.numberFormats[i]!.length +
      (withFormulas ? formulaBytes : hasFormula ? formulaBytes + formulasHeld : 0);
    let rowBytes = rowCost();
    if (rows.length > 0 && !requests.fits(bytes + rowBytes, false)) {
      flush();
      requests.next();
      rowBytes = rowCost();
    }
    if (rows.length === 0) {
      bytes = requestCost(1, 3, block.address);
      if (!requests.fits(bytes + rowBytes)) requests.next();
    }
    bytes += rowBytes;
    rows.push(i);
    if (withFormulas || hasFormula) {
      withFormulas = true;
      formulasHeld = 0;
    } else formulasHeld += formulaBytes;
  });
  flush();
}

/**
 * Style runs merged: runs of one style over the same columns in consecutive rows become one
 * range, so a sheet of alternating row styles costs one range per run of rows, not per cell.
 */
export function mergedStyleRuns(formats: Plan["formats"]): { area: Area; style: CellStyle }[] {
  const runs = formats
    .map((format) => ({ area: parseArea(format.address)!, style: format.style }))
    .sort(
      (a, b) =>
        (a.style < b.style ? -1 : a.style > b.style ? 1 : 0) ||
        a.area.left - b.area.left ||
        a.area.right - b.area.right ||
        a.area.top - b.area.top,
    );
  const merged: { area: Area; style: CellStyle }[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.style === run.style &&
      last.area.left === run.area.left &&
      last.area.right === run.area.right &&
      run.area.top <= last.area.bottom + 1
    ) {
      last.area = { ...last.area, bottom: Math.max(last.area.bottom, run.area.bottom) };
    } else merged.push({ area: { ...run.area }, style: run.style });
  }
  return merged;
}

/** The calls that give a range a style; the font and fill objects each cost a path of their own. */
function stylePiece(address: string, style: PlanStyle): Piece | undefined {
  const font = [style.bold, style.italic, style.fontColor, style.fontSize].filter((v) => v !== undefined);
  const fill = style.fill === undefined ? [] : [style.fill];
  const own = style.wrap === undefined ? [] : [style.wrap];
  const properties = font.length + fill.length + own.length;
  if (properties === 0) return undefined;
  const paths = 2 + (font.length > 0 ? 1 : 0) + (fill.length > 0 ? 1 : 0);
  return {
    bytes: requestCost(paths, properties, address, ...font, ...fill, ...own),
    cells: 0,
    apply(sheet) {
      const range = sheet.getRange(address);
      if (style.bold !== undefined) range.format.font.bold = style.bold;
      if (style.italic !== undefined) range.format.font.italic = style.italic;
      if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
      if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
      if (style.fill !== undefined) range.format.fill.color = style.fill;
      if (style.wrap !== undefined) range.format.wrapText = style.wrap;
    },
  };
}

/**
 * Where the plan reaches past Excel's grid. A template's table too long for the sheet is refused
 * by the layout, which knows which input grew and how many of its rows fit (tableRowsThatFit).
 */
function gridProblem(plan: Plan): string | undefined {
  for (const { area, what } of planAreas(plan)) {
    const past = pastTheGrid(area);
    if (past) return `${what} would reach ${past}, past the last row (1,048,576) or column (XFD) Excel has.`;
  }
  return undefined;
}

export async function buildWorksheet(run: ExcelRun, plan: Plan, options: BuildOptions = {}): Promise<BuildResult> {
  const budget = options.requestBudgetBytes ?? DEFAULT_BUDGET;
  // Refused before anything is written: a name Excel would refuse, a sheet past its grid.
  const nameProblem = sheetNameProblem(plan.sheetName);
  if (nameProblem) throw new BuildError(`Nothing was written: ${nameProblem}.`, true);
  const outside = gridProblem(plan);
  if (outside) throw new BuildError(`Nothing was written: ${outside}`, true);

  const write = options.undoGroup ?? run;
  return write(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    options.onProgress?.({ phase: "checking", written: 0, total: 0 });
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const active = worksheets.getActiveWorksheet();
    active.load("id");
    const existingTables = context.workbook.tables;
    existingTables.load("items/name");
    const existingNames = context.workbook.names;
    existingNames.load("items/name");
    const application = context.workbook.application;
    application.load("calculationMode");
    try {
      // context.sync() itself, not sync(): the office-addins lint rule must see the load synced.
      syncs++;
      await context.sync();
    } catch (error) {
      throw new BuildError(`Could not read the workbook's sheets and names: ${message(error)}`, true, error);
    }
    const activeId = active.id;
    // The sheets there before the build, by id: a sheet the build added is new among them, even
    // when the reply that would have given its id was lost.
    const sheetsBefore = new Set(worksheets.items.map((s) => s.id));
    const sheetName = uniqueSheetName(
      plan.sheetName,
      worksheets.items.map((s) => s.name),
    );
    const usedNames = new Set([...existingTables.items, ...existingNames.items].map((i) => i.name.toUpperCase()));
    for (const name of plan.names) usedNames.add(name.name.toUpperCase());
    const tableNames = plan.tables.map((t) => uniqueTableName(t.name, usedNames));
    const manualCalculation = application.calculationMode === "Manual";

    const requests = new Requests(budget);
    // First: the sheet's names, before any formula that uses them is entered.
    requests.add({
      bytes: requestCost(
        2 + plan.names.length * 3,
        3 + plan.names.length,
        sheetName,
        ...plan.names.map((n) => n.address),
      ),
      cells: 0,
      apply(sheet) {
        for (const name of plan.names) sheet.names.add(name.name, sheet.getRange(name.address), name.comment);
      },
    });
    for (const block of plan.blocks) packBlock(block, requests);
    for (const { area, style } of mergedStyleRuns(plan.formats)) {
      const piece = stylePiece(areaAddress(area), plan.styles[style]);
      if (piece) requests.add(piece);
    }
    plan.columnWidths.forEach((width, c) => {
      const column = `${columnLetters(c)}:${columnLetters(c)}`;
      requests.add({
        bytes: requestCost(2, 1, column, width),
        cells: 0,
        apply: (sheet) => (sheet.getRange(column).format.columnWidth = width),
      });
    });
    plan.tables.forEach((table, i) => {
      requests.add({
        bytes: requestCost(2, 3, table.address, tableNames[i], table.style),
        cells: 0,
        apply(sheet) {
          const created = sheet.tables.add(table.address, true);
          created.name = tableNames[i]!;
          created.style = table.style;
        },
      });
    });
    for (const chart of plan.charts) {
      const { excelType, floating } = CHART_TYPES[chart.type];
      const lines = chart.lines ?? [];
      requests.add({
        // The series collection, then per series touched its item (and, floating, format and fill).
        bytes:
          requestCost(5 + (floating ? 4 : 0) + lines.length * 2, 3 + (floating ? 1 : 0) + lines.length) +
          requestCost(0, 0, chart.source, chart.title, chart.topLeft, chart.bottomRight, excelType, ...lines),
        cells: 0,
        apply(sheet) {
          const created = sheet.charts.add(excelType, sheet.getRange(chart.source), "Columns");
          created.title.text = chart.title;
          // The first series of a floating chart is the offset the visible bars start from.
          if (floating) created.series.getItemAt(0).format.fill.clear();
          for (const series of lines) created.series.getItemAt(series).chartType = "Line";
          created.setPosition(chart.topLeft, chart.bottomRight);
        },
      });
    }
    if (plan.freeze.rows > 0) {
      requests.add({
        bytes: requestCost(1, 1, plan.freeze.rows),
        cells: 0,
        apply: (sheet) => sheet.freezePanes.freezeRows(plan.freeze.rows),
      });
    }
    const requestBytes = requests.list.map((r) => r.reduce((n, p) => n + p.bytes, 0));
    const largest = Math.max(...requestBytes);
    if (largest > REQUEST_LIMIT) {
      throw new BuildError(
        `Nothing was written: one part of the sheet needs a request of ${largest.toLocaleString("en-US")} bytes, over Excel's 5 MB.`,
        true,
      );
    }
    const total = requests.list.flat().reduce((n, p) => n + p.cells, 0);
    const report = (phase: BuildProgress["phase"], written: number) => options.onProgress?.({ phase, written, total });

    let written = 0;
    let sheet: Excel.Worksheet | undefined;
    /** A read just before the add: answered only if Excel's reply to the request that adds the sheet came. */
    let receipt: Excel.Worksheet | undefined;
    try {
      for (let i = 0; i < requests.list.length; i++) {
        context.workbook.application.suspendApiCalculationUntilNextSync();
        if (i === 0) {
          // Once per build: Microsoft's docs warn that calling it repeatedly makes Excel flicker.
          context.workbook.application.suspendScreenUpdatingUntilNextSync();
          receipt = worksheets.getActiveWorksheet();
          receipt.load("id");
          sheet = worksheets.add(sheetName);
          sheet.load("id");
        }
        for (const piece of requests.list[i]!) piece.apply(sheet!);
        await sync();
        written += requests.list[i]!.reduce((n, p) => n + p.cells, 0);
        report("writing", written);
      }
      // API calculation was suspended while writing: Excel leaves re-calculating to the add-in.
      sheet!.calculate(true);
      sheet!.activate();
      await sync();
    } catch (error) {
      const sheetId = loadedId(sheet);
      const halfBuilt: HalfBuilt = {
        sheetId,
        // Excel answers every action before a failing one: with the read before the add answered
        // and no id, the add was not applied. With no answer at all, it may have been.
        mayHaveAdded: sheetId === undefined && receipt !== undefined && loadedId(receipt) === undefined,
        sheetName,
        sheetsBefore,
        activeId,
      };
      // Worksheet.delete cannot be undone: inside the undo group Excel would refuse it.
      const outcome = options.undoGroup
        ? await run((ungrouped) => removeHalfBuilt(ungrouped, halfBuilt))
        : await removeHalfBuilt(context, halfBuilt);
      throw new BuildError(
        `Building "${sheetName}" failed after ${written} of ${total} cells (${message(error)}); ${outcome.state}.`,
        outcome.cleanedUp,
        error,
      );
    }
    report("done", written);
    return {
      sheetName,
      sheetId: sheet!.id,
      tableNames,
      syncs,
      cellsWritten: written,
      largestRequestBytes: largest,
      requestBytes,
      manualCalculation,
    };
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The id Excel answered for `sheet`, if its answer came. Excel answers the actions before a
 * failing one, so a sheet that was added has its id even when a later action of the same request
 * failed; only a lost reply leaves an added sheet without one.
 */
function loadedId(sheet: Excel.Worksheet | undefined): string | undefined {
  try {
    return sheet?.id;
  } catch {
    return undefined;
  }
}

/** What a failed build knows of the sheet it may have added. */
interface HalfBuilt {
  /** The id Excel gave the sheet, when its reply came. */
  sheetId: string | undefined;
  /** No id, and the reply to the request that adds the sheet was lost: Excel may have added it. */
  mayHaveAdded: boolean;
  sheetName: string;
  sheetsBefore: ReadonlySet<string>;
  activeId: string;
}

/**
 * Removes the sheet this build added, found by its id (never by a name alone, which the user or a
 * co-author may have given to another sheet meanwhile), after re-activating the sheet that was
 * active, also by id, if it still exists. When the reply that would have given the id was lost,
 * the build's sheet is the one new since the build began (by id) that carries the planned name.
 */
async function removeHalfBuilt(
  context: Excel.RequestContext,
  built: HalfBuilt,
): Promise<{ cleanedUp: boolean; state: string }> {
  const removed = { cleanedUp: true, state: "the half-built sheet was removed and the workbook is as it was" };
  const nothing = { cleanedUp: true, state: "no sheet was added and the workbook is as it was" };
  if (built.sheetId === undefined && !built.mayHaveAdded) return nothing;
  const worksheets = context.workbook.worksheets;
  let byId: Excel.Worksheet | undefined;
  try {
    const earlier = worksheets.getItemOrNullObject(built.activeId);
    earlier.load("id");
    if (built.sheetId !== undefined) {
      byId = worksheets.getItemOrNullObject(built.sheetId);
      byId.load("name");
    } else worksheets.load("items/id,items/name");
    await context.sync();
    let half: Excel.Worksheet;
    if (built.sheetId === undefined) {
      const added = worksheets.items.find(
        (s) => !built.sheetsBefore.has(s.id) && sameSheetName(s.name, built.sheetName),
      );
      if (!added) return nothing;
      half = worksheets.getItem(added.id);
    } else if (byId!.isNullObject) {
      return { cleanedUp: true, state: "the half-built sheet was deleted meanwhile; the workbook is as it was" };
    } else half = byId!;
    if (!earlier.isNullObject) earlier.activate();
    half.delete();
    await context.sync();
    return removed;
  } catch {
    if (built.sheetId === undefined) {
      return {
        cleanedUp: false,
        state: `Excel may have added the sheet "${built.sheetName}" before the connection was lost; if it is in the workbook, delete it by hand, nothing else was changed`,
      };
    }
    let name: string | undefined;
    try {
      name = byId?.name;
    } catch {
      name = undefined;
    }
    return {
      cleanedUp: false,
      state: `the half-built sheet${name ? ` (now named "${name}")` : ""} could not be removed; delete it by hand, nothing else was changed`,
    };
  }
}
