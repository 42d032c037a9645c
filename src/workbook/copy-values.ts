/**
 * "Copy as values": a new sheet, laid out as the built one (same plan: formats, widths, names,
 * tables), with every MERGER.* result written as its value, so counsel, auditors or a bank who
 * open the workbook without the add-in see figures instead of #NAME?. Other formulas stay live
 * (Excel computes them anywhere); the inputs are the sheet's current values, as the user may have
 * changed them since the build. The copy is stamped with the date and the add-in's version.
 *
 * The original sheet is only read, by the id Excel gave it. The copy is written by buildWorksheet,
 * so it gets a fresh name, never touches what the user has, and a failure removes it by its id.
 */
import { areaAddress, cellAddress, parseArea, parseCell } from "../plan/a1";
import type { Plan, PlanBlock, PlanCell } from "../plan/plan";
import { buildWorksheet, BuildError, type BuildOptions, type BuildResult, type ExcelRun } from "./build";

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

/** The built sheet's values over the plan's area, read by the sheet's id (the user may rename it). */
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
    try {
      await context.sync();
    } catch (error) {
      throw failed(error);
    }
    if (sheet.isNullObject)
      throw new BuildError("Nothing was written: the built sheet is no longer in the workbook.", true);
    const range = sheet.getRange(planArea(plan));
    range.load("values");
    try {
      await context.sync();
    } catch (error) {
      throw failed(error);
    }
    return range.values as ShownValue[][];
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
