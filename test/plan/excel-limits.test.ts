/**
 * Excel's own limits, refused before anything is written: the grid's last row and column, and
 * sheet names as Excel applies its rules (including how it folds case).
 */
import { absorptionMerger2013, layout } from "../../src/templates";
import type { Plan } from "../../src/plan/plan";
import { BuildError, buildWorksheet } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";
import { sameSheetName, sheetNameProblem, uniqueSheetName } from "../../src/plan/excel-limits";

const plan = layout(absorptionMerger2013, {}, { language: "en" });

/** A plan of one table of `rows` data rows whose header sits at row `headerRow` (1-based). */
function tableAt(headerRow: number, rows: number): Plan {
  const cells = Array.from({ length: rows + 1 }, (_, r) => [{ text: r === 0 ? "Holder" : `H${r}` }, { number: r }]);
  return {
    ...plan,
    blocks: [{ address: `A${headerRow}`, cells, numberFormats: cells.map(() => ["@", "General"]) }],
    formats: [],
    names: [],
    charts: [],
    tables: [{ name: "Register", address: `A${headerRow}:B${headerRow + rows}`, style: "TableStyleLight9" }],
  };
}

describe("the grid: row 1,048,576 and column XFD", () => {
  test("a plan that would pass the last row is refused before writing (the layout names a table input that grew)", async () => {
    const book = new MemoryWorkbook();
    const before = book.snapshot();
    const error = await buildWorksheet(book.run, tableAt(1_048_570, 10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).cleanedUp).toBe(true);
    expect((error as BuildError).message).toBe(
      "Nothing was written: cells A1048570:B1048580 would reach row 1,048,580, past the last row (1,048,576) or column (XFD) Excel has.",
    );
    expect(book.syncCount).toBe(0);
    expect(book.snapshot()).toEqual(before);
  });

  test("a table that ends on the last row is written", async () => {
    const book = new MemoryWorkbook();
    const result = await buildWorksheet(book.run, tableAt(1_048_570, 6));
    expect(book.sheetState(result.sheetName).cells.get("1048575,1")!.value).toBe(6);
  });

  test("a block past column XFD is refused", async () => {
    const wide: Plan = {
      ...tableAt(1, 1),
      tables: [],
      blocks: [{ address: "XFD1", cells: [[{ number: 1 }, { number: 2 }]], numberFormats: [["General", "General"]] }],
    };
    await expect(buildWorksheet(new MemoryWorkbook().run, wide)).rejects.toThrow(/would reach column XFE/);
  });
});

describe("sheet names as Excel applies its rules", () => {
  test.each([
    ["", /blank/],
    ["   ", /blank/],
    ["x".repeat(32), /longer than 31/],
    ["a[b", /\[ \] : \* \? \/ \\/],
    ["a:b", /\[ \] : \* \? \/ \\/],
    ["a/b", /\[ \] : \* \? \/ \\/],
    ["a\\b", /\[ \] : \* \? \/ \\/],
    ["a*b?", /\[ \] : \* \? \/ \\/],
    ["'quoted", /apostrophe/],
    ["quoted'", /apostrophe/],
    ["history", /reserved/],
  ])("%j is refused", (name, reason) => {
    expect(sheetNameProblem(name)).toMatch(reason);
  });

  test.each(["Merger", "x".repeat(31), "合併シート", "it's", "Ｍｅｒｇｅｒ"])("%j is accepted", (name) => {
    expect(sheetNameProblem(name)).toBeUndefined();
  });

  test("case folds as Unicode upper case, full-width letters included", () => {
    expect(sameSheetName("merger", "MERGER")).toBe(true);
    expect(sameSheetName("ｍｅｒｇｅｒ", "ＭＥＲＧＥＲ")).toBe(true);
    expect(uniqueSheetName("ｍｅｒｇｅｒ", ["ＭＥＲＧＥＲ"])).toBe("ｍｅｒｇｅｒ (2)");
  });

  test("the suffix never takes a name past 31 characters", () => {
    const base = "x".repeat(31);
    const second = uniqueSheetName(base, [base]);
    expect(second).toBe(`${"x".repeat(27)} (2)`);
    expect(second).toHaveLength(31);
    expect(sheetNameProblem(second)).toBeUndefined();
  });

  test("the writer builds beside a full-width name in another case, and refuses a name Excel would", async () => {
    const book = new MemoryWorkbook({ sheets: ["ＭＥＲＧＥＲ"] });
    const result = await buildWorksheet(book.run, { ...plan, sheetName: "ｍｅｒｇｅｒ" });
    expect(result.sheetName).toBe("ｍｅｒｇｅｒ (2)");
    await expect(buildWorksheet(book.run, { ...plan, sheetName: "a/b" })).rejects.toThrow(
      'Nothing was written: "a/b" contains one of',
    );
  });

  test("the double refuses what Excel refuses", async () => {
    const book = new MemoryWorkbook({ sheets: ["ＭＥＲＧＥＲ"] });
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.add("ｍｅｒｇｅｒ");
        await context.sync();
      }),
    ).rejects.toThrow(/already exists/);
  });
});
