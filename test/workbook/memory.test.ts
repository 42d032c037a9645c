/**
 * The workbook double models Excel where the writer's safety depends on it; if these fail, the
 * writer's tests prove nothing.
 */
import { MemoryWorkbook } from "../support/memory-workbook";

const run = (book: MemoryWorkbook, batch: (context: Excel.RequestContext) => Promise<void>) => book.run(batch);

describe("MemoryWorkbook models Excel", () => {
  test("a string starting with = written to values becomes a formula, unless the cell is text-formatted", async () => {
    const book = new MemoryWorkbook();
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [['=HYPERLINK("http://x","y")', "+cmd"]];
      const text = sheet.getRange("A2:D2");
      text.numberFormat = [["@", "@", "@", "@"]];
      text.values = [['=HYPERLINK("http://x","y")', "+cmd", "@SUM(A1)", "-1+2"]];
      sheet.getRange("A3:C3").values = [["-1+2", "2013-10-31", "12.5"]];
      await context.sync();
    });
    const cells = book.sheetState("Sheet1").cells;
    expect(cells.get("0,0")).toMatchObject({ formula: '=HYPERLINK("http://x","y")', value: null });
    expect(cells.get("0,1")).toMatchObject({ formula: "=+cmd" });
    expect([0, 1, 2, 3].map((c) => cells.get(`1,${c}`))).toEqual([
      { value: '=HYPERLINK("http://x","y")', numberFormat: "@" },
      { value: "+cmd", numberFormat: "@" },
      { value: "@SUM(A1)", numberFormat: "@" },
      { value: "-1+2", numberFormat: "@" },
    ]);
    expect(cells.get("2,0")).toMatchObject({ formula: "=-1+2" });
    expect(cells.get("2,1")!.value).toBe(41578); // Excel reads an ISO date typed into a cell as its serial
    expect(cells.get("2,2")!.value).toBe(12.5);
  });

  test("text led by blanks, a tab or a line break, or by a full-width ＝＋－＠, is taken as a formula too", async () => {
    const book = new MemoryWorkbook();
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:F1").values = [["\t=1+1", "\r=1+1", " +cmd", '＝WEBSERVICE("http://x")', "＠SUM(1)", " -1 "]];
      await context.sync();
    });
    const cells = book.sheetState("Sheet1").cells;
    expect([0, 1, 2, 3, 4].map((c) => cells.get(`0,${c}`)!.formula)).toEqual([
      "=1+1",
      "=1+1",
      "=+cmd",
      '=WEBSERVICE("http://x")',
      "=SUM(1)",
    ]);
    expect(cells.get("0,5")!.value).toBe(-1);
  });

  test("reading a property that was not loaded, or before the sync, throws", async () => {
    const book = new MemoryWorkbook({ sheets: ["Data"] });
    await run(book, async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/is not available/);
      sheets.load("items/name");
      expect(() => sheets.items).toThrow(/call the load method/);
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the read must throw
      expect(() => range.values).toThrow(/is not available/);
    });
  });

  test("queued operations apply at sync, in order; nothing before", async () => {
    const book = new MemoryWorkbook();
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.add("New");
      sheet.getRange("A1").values = [[1]];
      expect(book.sheetNames()).toEqual(["Sheet1"]);
      expect(book.syncCount).toBe(0);
      await context.sync();
      expect(book.sheetNames()).toEqual(["Sheet1", "New"]);
      expect(book.sheetState("New").cells.get("0,0")!.value).toBe(1);
      expect(book.syncCount).toBe(1);
    });
  });

  test("a failure injected at a sync applies the operations before it and none after", async () => {
    const book = new MemoryWorkbook({ failAtSync: { sync: 1, operation: 3 } });
    await expect(
      run(book, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        // Operations: getItem, A1, A2, A3 (fails).
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [[2]];
        sheet.getRange("A3").values = [[3]];
        await context.sync();
      }),
    ).rejects.toThrow("Injected failure at sync 1, operation 4");
    const cells = book.sheetState("Sheet1").cells;
    expect([cells.get("0,0")?.value, cells.get("1,0")?.value, cells.has("2,0")]).toEqual([1, 2, false]);
  });

  test("null in a written array leaves the cell as it was; a wrong-sized array is refused", async () => {
    const book = new MemoryWorkbook();
    book.setCell("Sheet1", "A1", "kept");
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [[null, "new"]];
      await context.sync();
    });
    expect(book.sheetState("Sheet1").cells.get("0,0")!.value).toBe("kept");
    await expect(
      run(book, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toThrow(/doesn't match the size/);
  });

  test("a request over 5 MB is refused, and its size is counted", async () => {
    const book = new MemoryWorkbook();
    const big = "x".repeat(1_000_000);
    await expect(
      run(book, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").values = [[big, big, big, big, big, big]];
        await context.sync();
      }),
    ).rejects.toThrow(/over the 5242880-byte limit/);
    expect(book.largestRequestBytes).toBeGreaterThan(6_000_000);
    expect(book.sheetState("Sheet1").cells.size).toBe(0);
  });

  test("clashes are refused as Excel refuses them: a sheet name, a table name taken by a name or a table", async () => {
    const book = new MemoryWorkbook({ sheets: ["Merger"] });
    book.addWorkbookName("Ratio", "Merger!$A$1");
    book.addUserTable("Merger", "Prices", "A5:B8");
    await expect(
      run(book, async (context) => {
        context.workbook.worksheets.add("MERGER");
        await context.sync();
      }),
    ).rejects.toThrow(/already exists/);
    for (const [name, address] of [
      ["ratio", "D1:E3"],
      ["PRICES", "G1:H3"],
    ] as const) {
      await expect(
        run(book, async (context) => {
          context.workbook.worksheets.getItem("Merger").tables.add(address, true).name = name;
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one batch per iteration, by design
          await context.sync();
        }),
      ).rejects.toThrow(/invalid or already in use/);
    }
  });
});
