/**
 * "Copy as values": a new sheet, laid out as the built one (same plan: formats, widths, names,
 * tables), with every MERGER.* result written as its value, so counsel, auditors or a bank who
 * open the workbook without the add-in see figures instead of #NAME?. Other formulas stay live
 * (Excel computes them anywhere); the inputs are the sheet's current values, as the user may have
 * changed them since the build. The copy is stamped with the date and the add-in's version.
 *
 * The original sheet is only read (and, when Excel calculates manually, calculated), by the id
 * Excel gave it, in slices of rows whose replies stay under Excel on the web's 5 MB. The copy is written by buildWorksheet,
 * so it gets a fresh name, never touches what the user has, and a failure removes it by its id.
 */
import { areaAddress, cellAddress, parseArea, parseCell, type Area } from "../plan/a1";
import type { Plan, PlanBlock, PlanCell } from "../plan/plan";
import { buildWorksheet, BuildError, type BuildOptions, type BuildResult, type ExcelRun } from "./build";
import { utf8Length } from "./request-cost";

export type ShownValue = string | number | boolean | null;

export interface ValuesStamp {
  /** The calendar day of the copy, ISO ("2026-11-25"). */
  date: string;
  /** The add-in's version ("1.0.0"). */
  version: string;
}

const MERGER_CALL = /(?<![A-Za-z0-9_.])MERGER\./i;

const SHEET_SUFFIX = { en: " (values)", ja: "（値）" } as const;
const stampText = (plan: Plan, { date, version }: ValuesStamp): string =>
  plan.language === "ja"
    ? `${date} 時点の値（合併ワークシート アドイン ${version}）：MERGER 関数の結果は値で書かれています。`
    : `Values as of ${date} (merger worksheet add-in ${version}): MERGER.* results are written as values.`;

/** The rectangle of the sheet the plan writes: the area to read back. */
export function planArea(plan: Plan): string {
  let bottom = 0;
  let right = 0;
  for (const block of plan.blocks) {
    const at = parseCell(block.address)!;
    bottom = Math.max(bottom, at.row + block.cells.length - 1);
    right = Math.max(right, at.column + (block.cells[0]?.length ?? 1) - 1);
  }
  for (const format of plan.formats) {
    const area = parseArea(format.address)!;
    bottom = Math.max(bottom, area.bottom);
    right = Math.max(right, area.right);
  }
  return areaAddress({ top: 0, left: 0, bottom, right });
}

const asPlanCell = (value: ShownValue | undefined): PlanCell | null =>
  value === null || value === undefined || value === ""
    ? null
    : typeof value === "number"
      ? { number: value }
      : typeof value === "boolean"
        ? { boolean: value }
        : { text: value };

/**
 * The plan of the copy: `shown` is the built sheet's values from A1 (as Excel shows them, errors
 * as their text). A MERGER.* formula becomes its value, with the cells its array spilled into
 * (the cells right of and below it that the plan left empty and that show a value).
 */
export function valuesPlan(plan: Plan, shown: readonly (readonly ShownValue[])[], stamp: ValuesStamp): Plan {
  const at = (row: number, column: number): ShownValue => shown[row]?.[column] ?? null;
  // Every cell the plan writes, by position, to find what a spill covered.
  const written = new Set<string>();
  for (const block of plan.blocks) {
    const origin = parseCell(block.address)!;
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell !== null) written.add(`${origin.row + r},${origin.column + c}`);
      }),
    );
  }
  const spilled = new Map<string, ShownValue>();
  const free = (row: number, column: number) =>
    !written.has(`${row},${column}`) && at(row, column) !== null && at(row, column) !== "";
  const blocks: PlanBlock[] = plan.blocks.map((block) => {
    const origin = parseCell(block.address)!;
    const cells = block.cells.map((row, r) =>
      row.map((cell, c): PlanCell | null => {
        const [sheetRow, sheetColumn] = [origin.row + r, origin.column + c];
        if (cell === null) return null;
        if (!("formula" in cell)) return asPlanCell(at(sheetRow, sheetColumn));
        if (!MERGER_CALL.test(cell.formula)) return cell;
        let width = 1;
        while (free(sheetRow, sheetColumn + width)) width++;
        let height = 1;
        while (free(sheetRow + height, sheetColumn)) height++;
        for (let dr = 0; dr < height; dr++) {
          for (let dc = 0; dc < width; dc++) {
            if (dr + dc > 0) spilled.set(`${sheetRow + dr},${sheetColumn + dc}`, at(sheetRow + dr, sheetColumn + dc));
          }
        }
        return asPlanCell(at(sheetRow, sheetColumn));
      }),
    );
    return { ...block, cells, numberFormats: block.numberFormats.map((formats) => [...formats]) };
  });
  // Spilled cells inside a block fill its empty places; others get a block of their own.
  const extra: PlanBlock[] = [];
  for (const [key, value] of spilled) {
    const [row, column] = key.split(",").map(Number) as [number, number];
    const host = blocks.find((block) => {
      const origin = parseCell(block.address)!;
      const [r, c] = [row - origin.row, column - origin.column];
      return r >= 0 && r < block.cells.length && c >= 0 && c < (block.cells[0]?.length ?? 0);
    });
    if (host) {
      const origin = parseCell(host.address)!;
      host.cells[row - origin.row]![column - origin.column] = asPlanCell(value);
    } else
      extra.push({ address: cellAddress(row, column), cells: [[asPlanCell(value)]], numberFormats: [["General"]] });
  }
  const stamped = stampPlace(blocks);
  stamped.block.cells[stamped.row]![0] = { text: stampText(plan, stamp) };
  stamped.block.numberFormats[stamped.row]![0] = "@";
  return {
    ...plan,
    sheetName: `${plan.sheetName}${SHEET_SUFFIX[plan.language]}`,
    blocks: [...blocks, ...extra],
  };
}

/**
 * Where the stamp goes: the first empty cell of column A in the first block (below the title);
 * a new row after the first block when it has none.
 */
function stampPlace(blocks: PlanBlock[]): { block: PlanBlock; row: number } {
  const first = blocks[0];
  if (first && parseCell(first.address)?.column === 0) {
    const row = first.cells.findIndex((cells, r) => r > 0 && cells.every((cell) => cell === null));
    if (row > 0) return { block: first, row };
  }
  const end = blocks.reduce((bottom, block) => Math.max(bottom, parseCell(block.address)!.row + block.cells.length), 0);
  const block: PlanBlock = { address: cellAddress(end + 1, 0), cells: [[null]], numberFormats: [["@"]] };
  blocks.push(block);
  return { block, row: 0 };
}

/**
 * The most one read's reply may carry. Excel on the web fails a reply over 5 MB as it refuses a
 * request over 5 MB: a register of 100,000 holders read in one query came to 6.5 MB.
 */
const REPLY_BUDGET = 4_000_000;
/**
 * What a shown cell can take in the reply, at least: the longest number JSON writes
 * ("-2.2250738585072014e-308") and a comma. A formula's result is not known before it is read;
 * text results longer than this are few (checks and notes, not one per holder).
 */
const CELL_REPLY_BYTES = 25;

/**
 * The plan's area cut into row slices whose replies each stay under `budget` bytes: every cell
 * counted at least as a number, a constant the plan writes at its own length.
 */
export function readSlices(plan: Plan, budget = REPLY_BUDGET): Area[] {
  const area = parseArea(planArea(plan))!;
  const columns = area.right - area.left + 1;
  const rowBytes = new Array<number>(area.bottom + 1).fill(columns * CELL_REPLY_BYTES + 2);
  for (const block of plan.blocks) {
    const origin = parseCell(block.address)!;
    block.cells.forEach((cells, r) => {
      for (const cell of cells) {
        const value = cell === null || "formula" in cell ? null : "text" in cell ? cell.text : undefined;
        if (typeof value === "string")
          rowBytes[origin.row + r]! += Math.max(0, utf8Length(JSON.stringify(value)) - CELL_REPLY_BYTES + 1);
      }
    });
  }
  const slices: Area[] = [];
  let top = 0;
  let bytes = 0;
  rowBytes.forEach((row, r) => {
    if (r > top && bytes + row > budget) {
      slices.push({ ...area, top, bottom: r - 1 });
      top = r;
      bytes = 0;
    }
    bytes += row;
  });
  slices.push({ ...area, top, bottom: area.bottom });
  return slices;
}

/**
 * The built sheet's values over the plan's area, read by the sheet's id (the user may rename it),
 * in slices that keep each reply under Excel on the web's cap. In a workbook that calculates
 * manually, the sheet is calculated first: its values may predate inputs edited since the build.
 */
export async function shownValues(run: ExcelRun, sheetId: string, plan: Plan): Promise<ShownValue[][]> {
  return run(async (context) => {
    const failed = (error: unknown) =>
      new BuildError(
        `Nothing was written: the built sheet could not be read (${(error as Error).message}).`,
        true,
        error,
      );
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
    sheet.load("name");
    const application = context.workbook.application;
    application.load("calculationMode");
    try {
      await context.sync();
    } catch (error) {
      throw failed(error);
    }
    if (sheet.isNullObject)
      throw new BuildError("Nothing was written: the built sheet is no longer in the workbook.", true);
    // In the request of the first slice, so the values read are the recalculated ones.
    if (application.calculationMode === "Manual") sheet.calculate(true);
    const shown: ShownValue[][] = [];
    for (const slice of readSlices(plan)) {
      const range = sheet.getRange(areaAddress(slice));
      range.load("values");
      try {
        // One reply per slice: the cap applies to each sync's reply.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per slice, by design
        await context.sync();
      } catch (error) {
        throw failed(error);
      }
      for (const row of range.values as ShownValue[][]) shown.push(row);
    }
    return shown;
  });
}

/**
 * Copies the built sheet (by id) as values into a new sheet: reads it, then builds the copy's
 * plan. `shown` may be given instead of read (the preview has the computed values already).
 */
export async function copyAsValues(
  run: ExcelRun,
  plan: Plan,
  source: { sheetId: string } | { shown: readonly (readonly ShownValue[])[] },
  stamp: ValuesStamp,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const shown = "shown" in source ? source.shown : await shownValues(run, source.sheetId, plan);
  return buildWorksheet(run, valuesPlan(plan, shown, stamp), options);
}
