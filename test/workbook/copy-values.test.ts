/**
 * "Copy as values" on the in-memory workbook with the preview's engine: a new sheet laid out as
 * the built one, every MERGER.* result a value equal to what the built sheet shows, the other
 * formulas still live, the names kept, a stamp with the date and version; the original sheet
 * untouched; a failure leaves the workbook as it was.
 */
import { absorptionMerger2013, layout } from "../../src/templates";
import type { Plan } from "../../src/plan/plan";
import { BuildError, buildWorksheet, copyAsValues, valuesPlan } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";
import { REGISTER_INPUTS } from "../templates/examples";

const STAMP = { date: "2026-11-25", version: "1.2.3" };
const MERGER = /MERGER\./i;

async function builtBook(plan: Plan) {
  const book = new MemoryWorkbook({ engine: "hyperformula", sheets: ["Mine"] });
  book.setCell("Mine", "A1", "the user's own");
  const built = await buildWorksheet(book.run, plan);
  const grid = await book.grid(built.sheetName);
  return { book, built, grid };
}

describe.each(["en", "ja"] as const)("copy as values, %s", (language) => {
  const plan = layout(absorptionMerger2013, REGISTER_INPUTS, { language });

  test("every MERGER.* result is its value, the rest as built; names and layout kept; the original untouched", async () => {
    const { book, built, grid } = await builtBook(plan);
    const original = JSON.stringify((book.snapshot() as { sheets: unknown[] }).sheets.slice(0, 2));
    const copy = await copyAsValues(book.run, plan, { shown: grid.values }, STAMP);

    expect(copy.sheetName).toBe(language === "ja" ? `${plan.sheetName}（値）` : `${plan.sheetName} (values)`);
    expect(book.sheetNames()).toEqual(["Mine", built.sheetName, copy.sheetName]);
    expect(JSON.stringify((book.snapshot() as { sheets: unknown[] }).sheets.slice(0, 2))).toBe(original);

    const copied = await book.grid(copy.sheetName);
    const formulas = copied.formulas.flat().filter((f): f is string => typeof f === "string" && f.startsWith("="));
    expect(formulas.filter((f) => MERGER.test(f))).toEqual([]);
    // Some formulas without MERGER stay live (SUM over the register, the checks).
    expect(formulas.length).toBeGreaterThan(0);
    const mergerCells = grid.formulas.flatMap((row, r) =>
      row.flatMap((f, c) => (typeof f === "string" && MERGER.test(f) ? [[r, c] as const] : [])),
    );
    expect(mergerCells.length).toBeGreaterThan(10);
    // Every cell shows what the built sheet showed, but the stamp's.
    const stamps: [number, number][] = [];
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const now = copied.values[r]?.[c] ?? null;
        if (typeof now === "string" && now.includes(STAMP.date) && now.includes(STAMP.version)) stamps.push([r, c]);
        else expect([r, c, now]).toEqual([r, c, value === "" ? now : value]);
      }),
    );
    expect(stamps).toHaveLength(1);
    expect(copied.errors).toEqual([]);
    // The same number formats, but text: every text the copy writes is written as text ("@"),
    // what a MERGER.* formula showed as much as the stamp.
    const isText = (r: number, c: number) => {
      const [value, formula] = [copied.values[r]?.[c], copied.formulas[r]?.[c]];
      return typeof value === "string" && value !== "" && !String(formula).startsWith("=");
    };
    const formats = grid.numberFormats.map((row, r) => row.map((f, c) => (isText(r, c) ? "@" : f)));
    expect(copied.numberFormats.slice(0, formats.length).map((row) => row.slice(0, formats[0]!.length))).toEqual(
      formats,
    );
    const names = (sheet: string) => [...book.sheetState(sheet).names.keys()].sort();
    expect(names(copy.sheetName)).toEqual(names(built.sheetName));
  }, 60_000);
});

test("the copy's plan is the built plan with MERGER.* formulas as values, and the built plan is not changed", () => {
  const plan = layout(absorptionMerger2013, {}, { language: "en" });
  const before = JSON.stringify(plan);
  const shown = [[]];
  const copy = valuesPlan(plan, shown, STAMP);
  expect(JSON.stringify(plan)).toBe(before);
  const cells = copy.blocks.flatMap((b) => b.cells.flat());
  expect(cells.filter((c) => c !== null && "formula" in c && MERGER.test(c.formula))).toEqual([]);
  expect(copy.names).toEqual(plan.names);
  expect(copy.formats).toEqual(plan.formats);
});

test("a failure while writing the copy leaves the workbook as it was", async () => {
  const plan = layout(absorptionMerger2013, REGISTER_INPUTS, { language: "en" });
  const { book, grid } = await builtBook(plan);
  const before = book.snapshot();
  book.failAtSync = { sync: book.syncCount + 2 }; // the copy's first writing request
  const failure = await copyAsValues(book.run, plan, { shown: grid.values }, STAMP).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(BuildError);
  expect((failure as BuildError).cleanedUp).toBe(true);
  expect(book.snapshot()).toEqual(before);
});

test("read from Excel by the sheet's id: a sheet deleted meanwhile is reported and nothing is written", async () => {
  const plan = layout(absorptionMerger2013, {}, { language: "en" });
  const { book, built } = await builtBook(plan);
  await book.run(async (context) => {
    context.workbook.worksheets.getItem(built.sheetId).delete();
    await context.sync();
  });
  const before = book.snapshot();
  await expect(copyAsValues(book.run, plan, { sheetId: built.sheetId }, STAMP)).rejects.toThrow(
    "the built sheet is no longer in the workbook",
  );
  expect(book.snapshot()).toEqual(before);
});

test("read from Excel by the sheet's id after the user renamed it: the copy is made", async () => {
  const plan = layout(absorptionMerger2013, {}, { language: "en" });
  const { book, built } = await builtBook(plan);
  book.renameSheet(built.sheetName, "Renamed by the user");
  const copy = await copyAsValues(book.run, plan, { sheetId: built.sheetId }, STAMP);
  expect(book.sheetNames()).toEqual(["Mine", "Renamed by the user", copy.sheetName]);
});
