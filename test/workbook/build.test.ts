/**
 * The writer against the workbook double: syncs and request sizes, a new uniquely named sheet
 * that never touches what the user has, a failure at any point undone, user text kept as text.
 */
import { absorptionMerger, absorptionMerger2013, layout } from "../../src/templates";
import type { Plan } from "../../src/plan/plan";
import { BuildError, buildWorksheet } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";
import { BLANK_INPUTS, REGISTER_INPUTS } from "../templates/examples";

const FIVE_MB = 5 * 1024 * 1024;
const plan2013 = layout(absorptionMerger2013, {}, { language: "en" });

describe("syncs and request sizes", () => {
  const plans: [string, Plan][] = [
    ["blank, en", layout(absorptionMerger, BLANK_INPUTS, { language: "en" })],
    ["2013, en", plan2013],
    ["2013, ja", layout(absorptionMerger2013, {}, { language: "ja" })],
    ["register, en", layout(absorptionMerger2013, REGISTER_INPUTS, { language: "en" })],
  ];

  test.each(plans)(
    "%s: 3 syncs (read, write, recalculate), calculation and screen updating suspended while writing",
    async (_, plan) => {
      const book = new MemoryWorkbook();
      const result = await buildWorksheet(book.run, plan);
      expect(result.syncs).toBe(book.syncCount);
      expect(book.syncCount).toBe(3);
      expect(book.syncs[1]!.suspended).toEqual(["calculation", "screenUpdating"]);
      // Names right after the sheet, before any cell; recalculation after the last write, then activation.
      // Just before the add, a read whose answer tells whether Excel's reply to this request came.
      const steps = book.syncs[1]!.steps.filter((s) => s !== "load");
      const names = steps.filter((s) => s === "names.add").length;
      expect(steps.slice(2, 5 + names)).toEqual([
        "worksheets.getActiveWorksheet",
        "worksheets.add",
        ...Array(names).fill("names.add"),
        "numberFormat",
      ]);
      expect(book.syncs[2]!.steps).toEqual(["calculate", "activate"]);
      expect(book.sheetState(result.sheetName).calculations).toBe(1);
      expect(book.largestRequestBytes).toBeLessThan(FIVE_MB);
      expect(book.activeSheetName()).toBe(result.sheetName);
    },
  );
});

describe("never touches what the user has", () => {
  function usersWorkbook(failAtSync?: { sync: number; operation?: number }): MemoryWorkbook {
    const book = new MemoryWorkbook({ sheets: ["Merger", "Data"], failAtSync });
    book.setCell("Merger", "B15", "the user's own ratio");
    book.setCell("Merger", "B16", "=B15*2");
    book.setCell("Data", "A1", 0.2019, "0.0000");
    book.addWorkbookName("Ratio", "Data!$A$1");
    book.addWorkbookName("SharesToProvide", "Data!$A$2");
    book.addUserTable("Data", "MergerPrices", "C1:D5");
    return book;
  }

  test("a sheet named Merger, a workbook name Ratio and a table MergerPrices stay as they were", async () => {
    const book = usersWorkbook();
    const before = book.snapshot() as { sheets: unknown[]; names: unknown; tables: unknown[] };
    const result = await buildWorksheet(book.run, plan2013);
    const after = book.snapshot() as typeof before;
    expect(result.sheetName).toBe("Merger (2)");
    expect(result.tableNames).toEqual([
      "MergerRights",
      "MergerSchedule",
      "MergerPrices2",
      "MergerDissolvingPrices",
      "MergerSplits",
    ]);
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    expect(after.names).toEqual(before.names);
    expect(after.tables[0]).toEqual(before.tables[0]);
    expect(book.sheetState("Merger (2)").names.get("Ratio")).toEqual({ address: "B15", comment: "" });
  });

  test("building again makes another sheet", async () => {
    const book = new MemoryWorkbook();
    const names = [];
    for (let i = 0; i < 3; i++) names.push((await buildWorksheet(book.run, plan2013)).sheetName);
    expect(names).toEqual(["Merger", "Merger (2)", "Merger (3)"]);
    expect(book.tableNames()).toEqual(
      ["", "2", "3"].flatMap((n) =>
        ["MergerRights", "MergerSchedule", "MergerPrices", "MergerDissolvingPrices", "MergerSplits"].map(
          (t) => `${t}${n}`,
        ),
      ),
    );
  });

  test("a failure at every sync, and at every operation of it, leaves the workbook as it was", async () => {
    const plan = layout(absorptionMerger2013, REGISTER_INPUTS, { language: "en" });
    const clean = usersWorkbook();
    await buildWorksheet(clean.run, plan, { requestBudgetBytes: 5_000 });
    expect(clean.syncs.length).toBeGreaterThan(3);
    let failures = 0;
    for (let sync = 1; sync <= clean.syncs.length; sync++) {
      for (let operation = 0; operation < clean.syncs[sync - 1]!.operations; operation++) {
        const book = usersWorkbook({ sync, operation });
        const before = book.snapshot();
        const error = await buildWorksheet(book.run, plan, { requestBudgetBytes: 5_000 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BuildError);
        expect((error as BuildError).cleanedUp).toBe(true);
        expect((error as BuildError).message).toMatch(
          sync === 1
            ? /^Could not read the workbook's sheets and names: Injected failure/
            : /^Building "Merger \(2\)" failed after \d+ of \d+ cells \(Injected failure.*the workbook is as it was\.$/,
        );
        expect(book.snapshot()).toEqual(before);
        failures++;
      }
    }
    // Every operation of every sync: the names, tables, chart and styles of the last request too.
    expect(failures).toBeGreaterThan(200);
  }, 120_000);

  test("a request the host refuses as too large is undone too, with the reason", async () => {
    const book = new MemoryWorkbook({ maxRequestBytes: 10_000 });
    const before = book.snapshot();
    await expect(buildWorksheet(book.run, plan2013)).rejects.toThrow(
      /RequestPayloadSizeLimitExceeded|over the 10000-byte limit/,
    );
    expect(book.snapshot()).toEqual(before);
  });
});

describe("user text stays text", () => {
  const attempts = ['=HYPERLINK("http://x","y")', "+cmd", "@SUM(A1)", "-1+2"];

  test.each(attempts)("%s as a company name and a holder name", async (attempt) => {
    const plan = layout(
      absorptionMerger2013,
      {
        ...REGISTER_INPUTS,
        survivingName: attempt,
        dissolvingName: attempt,
        register: [{ holder: attempt, shares: 80, held: 0 }],
      },
      { language: "en" },
    );
    const book = new MemoryWorkbook({ engine: "hyperformula" });
    const { sheetName } = await buildWorksheet(book.run, plan);
    const cells = [...book.sheetState(sheetName).cells.values()].filter((c) => c.value === attempt);
    expect(cells).toHaveLength(3);
    for (const cell of cells) {
      expect(cell).toMatchObject({ value: attempt, numberFormat: "@" });
      expect(cell.formula).toBeUndefined();
    }
    // Computed, the text shows in those cells and in the release tables' cells that show a name.
    const echoes = [...book.sheetState(sheetName).cells.values()].filter((c) =>
      /^=(SurvivingName|DissolvingName)$/.test(c.formula ?? ""),
    );
    expect(echoes.length).toBeGreaterThan(0);
    const grid = await book.grid(sheetName);
    expect(grid.values.flat().filter((v) => v === attempt)).toHaveLength(3 + echoes.length);
    expect(grid.values.flat()).not.toContain("y");
  });

  test("formulas are written through range.formulas, English names and comma separators", async () => {
    const book = new MemoryWorkbook();
    const { sheetName } = await buildWorksheet(book.run, plan2013);
    const formulas = [...book.sheetState(sheetName).cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas).toContain("=MERGER.ALLOTMENT_SHARES(DissolvingIssued,Ratio,DissolvingTreasury+HeldBySurviving)");
    expect(formulas).toContain("=MAX(0,SharesToProvide-TreasuryAvailable)");
    // A ";" inside a string is text (a number format's sections), not a separator.
    expect(formulas.some((f) => f.replace(/"(?:[^"]|"")*"/g, '""').includes(";"))).toBe(false);
    expect(formulas.some((f) => f.includes(";"))).toBe(true);
  });
});
