/**
 * A template built into the workbook double and computed by HyperFormula, with the MERGER.*
 * functions registered from the add-in's own modules; its cells found by the row label in column
 * A. Shared by the engine tests: each checks every computed cell against the core's own answer.
 */
import { dayFromSerial, parseDateText, serialFromDay } from "../../src/core/calendar/dayNumber";
import { allot } from "../../src/core/allotment/allot";
import { fractionCash } from "../../src/core/allotment/fractionCash";
import { holderFractionNumerators } from "../../src/core/allotment/holderFractions";
import { fromNumber, multiply, rational, subtract, toNumber, type Rational } from "../../src/core/exact/rational";
import { buyUpShares } from "../../src/core/odd-lot/buyUpShares";
import { oddLotShares } from "../../src/core/odd-lot/oddLotShares";
import { exercisePriceAfter, type PriceRounding } from "../../src/core/rights/exercisePrice";
import { sharesPerRightAfter } from "../../src/core/rights/sharesPerRight";
import { checkPlanned } from "../../src/core/schedule/checkPlanned";
import { drawSchedule } from "../../src/core/schedule/drawSchedule";
import { stepLabel } from "../../src/core/schedule/labels";
import { defaultOptions, type ScheduleOptions, type TransactionKind } from "../../src/core/schedule/transaction";
import { layout, type Template, type TemplateInputs } from "../../src/templates";
import type { Language } from "../../src/plan/plan";
import type { SheetGrid } from "../../src/preview/sheet";
import { buildWorksheet } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";

export type Value = string | number | boolean | null;

/** The built sheet, computed; its cells found by the row label in column A. */
export async function built(template: Template, inputs: TemplateInputs, language: Language = "en") {
  const book = new MemoryWorkbook({ engine: "hyperformula" });
  const { sheetName } = await buildWorksheet(book.run, layout(template, inputs, { language }));
  const grid = await book.grid(sheetName);
  const stored = book.sheetState(sheetName).cells;
  // Formula cells, and the cells their arrays spilled into (a value with nothing stored).
  const computed = grid.values.flatMap((row, r) =>
    row.flatMap((v, c) => {
      const cell = stored.get(`${r},${c}`);
      return cell?.formula !== undefined || (v !== null && (cell?.value ?? null) === null) ? [`${r},${c}`] : [];
    }),
  );
  const checked = new Set<string>();
  // The release tables, last on the sheet, say again in the release's words what the rows above
  // compute; labels are looked up above them, and their text is checked on its own (checkRelease).
  const firstRelease = grid.values.findIndex((row) => /^(Release: |開示資料：)/.test(String(row[0] ?? "")));
  const releaseTop = firstRelease < 0 ? grid.values.length : firstRelease;
  const rowOf = (label: string): number => {
    const rows = grid.values.slice(0, releaseTop).flatMap((row, r) => (row[0] === label ? [r] : []));
    if (rows.length !== 1) throw new Error(`${rows.length} rows labelled "${label}"`);
    return rows[0]!;
  };
  const at = (row: number, column: number): Value => {
    checked.add(`${row},${column}`);
    return grid.values[row]![column] ?? null;
  };
  return {
    grid,
    computed,
    checked,
    releaseTop,
    rowOf,
    at,
    cell: (label: string, column = 1) => at(rowOf(label), column),
  };
}

/**
 * The release tables' computed cells: each is text (or a figure an input part repeats), none an error or a float of many digits (the
 * 2013 example's figures themselves are checked against the release in test/sheet). Returns them.
 */
export function checkRelease(s: { grid: SheetGrid; computed: string[]; releaseTop: number; at: BuiltSheet["at"] }) {
  const cells = s.computed
    .map((key) => key.split(",").map(Number) as [number, number])
    .filter(([row]) => row >= s.releaseTop)
    .map(([row, column]) => s.at(row, column));
  expect(cells.length).toBeGreaterThan(30);
  for (const cell of cells) {
    // Text, or a figure repeated beside the inputs (the parent's net assets in the share exchange).
    expect(typeof cell === "string" || typeof cell === "number").toBe(true);
    expect(String(cell)).not.toMatch(/\d\.\d{5,}|^#[A-Z/0!?]+$/);
  }
  return cells;
}

export type BuiltSheet = Awaited<ReturnType<typeof built>>;

/** Every formula cell, and every cell a formula spilled into, must have been checked. */
export function expectAllChecked({
  grid,
  computed,
  checked,
}: {
  grid: SheetGrid;
  computed: string[];
  checked: Set<string>;
}): void {
  expect(grid.errors).toEqual([]);
  expect(computed.length).toBeGreaterThan(20);
  expect(computed.filter((k) => !checked.has(k))).toEqual([]);
}

/** The Excel serial of an ISO date. */
export const serialOf = (iso: string) => serialFromDay(parseDateText(iso)!);
const blankOr = (value: Value) => value ?? "";

/**
 * The schedule table below its header (`header`, the "Step id" column's header) checked row by
 * row against the core's schedule for the same options; rows without a step stay empty.
 */
export function checkScheduleTable(
  s: BuiltSheet,
  header: string,
  effective: string,
  kind: TransactionKind,
  options: Partial<ScheduleOptions>,
  language: Language,
  rows: number,
): string[] {
  const steps = drawSchedule(parseDateText(effective)!, kind, { ...defaultOptions(kind), ...options });
  const top = s.rowOf(header) + 1;
  const seen: string[] = [];
  // The Gantt chart's columns: first day, step, day it starts on (from the table's first day), days.
  const firstDay = (m: (typeof steps)[number]) => m.earliest ?? m.latest;
  const listed = new Set(s.grid.values.slice(top, top + rows).map((row) => row[0]));
  const dayZero = Math.min(...steps.filter((m) => listed.has(m.step)).map((m) => serialFromDay(firstDay(m)!)));
  for (let r = top; r < top + rows; r++) {
    const id = s.grid.values[r]![0];
    const computed = [2, 3, 4, 5, 6, 7].map((c) => blankOr(s.at(r, c)));
    const gantt = [8, 9, 10, 11].map((c) => blankOr(s.at(r, c)));
    if (id === null || id === undefined) {
      expect(computed).toEqual(["", "", "", "", "", ""]);
      expect(gantt).toEqual(["", "", "", ""]);
      continue;
    }
    const step = steps.find((m) => m.step === id);
    if (!step) throw new Error(`no step ${String(id)} in the core's schedule`);
    seen.push(step.step);
    const first = serialFromDay(firstDay(step)!);
    const last = serialFromDay((step.latest ?? step.earliest)!);
    expect(gantt).toEqual([first, stepLabel(step, language), first - dayZero, last - first + 1]);
    const planned = s.grid.values[r]![1];
    const limits = [step.earliest, step.latest].map((d) => (d === undefined ? "" : serialFromDay(d)));
    const check = typeof planned === "number" ? checkPlanned(step, dayFromSerial(planned, "test"), "test") : undefined;
    expect(computed).toEqual([
      stepLabel(step, language),
      ...limits,
      check?.meets ?? "",
      // A date on its exact day spares -0 days; the sheet shows 0.
      check === undefined ? "" : check.spare + 0,
      check?.note?.[language] ?? "",
    ]);
  }
  return seen;
}

/** A rights row: shares per right × ratio (cut) and price ÷ ratio (rounded), from the core. */
export function checkRightsRow(s: BuiltSheet, row: number, ratio: Rational, rounding: PriceRounding): void {
  const sharesPerRight = s.grid.values[row]![2] as number;
  const price = s.grid.values[row]![3] as number;
  expect(s.at(row, 4)).toBe(Number(sharesPerRightAfter(rational(BigInt(sharesPerRight)), ratio)));
  expect(s.at(row, 5)).toBe(toNumber(exercisePriceAfter(fromNumber(price), ratio, rounding)));
}

/** A computed figure: a number within 1e-9 of the core's. */
export function close(actual: Value, expected: number): void {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, 9);
}

/**
 * The register's spilled columns beside the table (whole shares, fraction, shares after, odd lot,
 * buy-up, cash) for each holder, and the totals below it, each against the core. Returns the
 * core's allotment and cash for the caller's own checks.
 */
export function checkRegister(
  s: BuiltSheet,
  register: { holdings: number[]; heldBefore: number[]; ratio: Rational; proceeds: Rational },
) {
  const { holdings, heldBefore, ratio, proceeds } = register;
  const allotment = allot(holdings, ratio);
  const cash = fractionCash(holderFractionNumerators(holdings, allotment.whole, ratio), ratio.den, proceeds, "down");
  const header = s.rowOf("Holder");
  holdings.forEach((h, i) => {
    const row = header + 1 + i;
    const whole = allotment.whole[i]!;
    const after = heldBefore[i]! + whole;
    expect(s.at(row, 3)).toBe(whole);
    close(s.at(row, 4), toNumber(subtract(multiply(rational(BigInt(h)), ratio), rational(BigInt(whole)))));
    expect(s.at(row, 5)).toBe(after);
    expect(s.at(row, 6)).toBe(oddLotShares(after, 100));
    expect(s.at(row, 7)).toBe(buyUpShares(after, 100));
    expect(s.at(row, 8)).toBe(cash.cash[i]);
  });
  expect(s.cell("Whole shares allotted")).toBe(Number(allotment.wholeShares));
  expect(s.cell("Fraction pool F")).toBe(toNumber(allotment.fractionPool));
  expect(s.cell("Shares sold for the fractions K = ⌊F⌋")).toBe(Number(allotment.sharesSold));
  expect(s.cell("Check against the allotment")).toBe("Matches the shares to provide above");
  expect(s.cell("Odd-lot shares after, all holders")).toBe(
    holdings.reduce((sum, _, i) => sum + oddLotShares(heldBefore[i]! + allotment.whole[i]!, 100), 0),
  );
  expect(s.cell("Sale proceeds, paid pro rata to the fractions")).toBe(toNumber(proceeds));
  expect(s.cell("Cash paid to holders")).toBe(toNumber(cash.paid));
  expect(s.cell("Left undistributed by the rounding")).toBe(toNumber(cash.residual));
  return { allotment, cash };
}
