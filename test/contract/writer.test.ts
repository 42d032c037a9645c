/**
 * The writer through Microsoft's own Excel client (test/contract/real-excel.ts): real request
 * bytes under Excel on the web's 5 MB for every build, the order of the calls, the double's and
 * the writer's byte counts against the client's, the races of a co-authored workbook, failures
 * at chosen actions, and the calculation mode.
 */
import requirementSets from "../../src/workbook/requirement-sets.json";
import { layout, type Plan } from "../../src/templates";
import { BuildError, buildWorksheet, type ExcelRun } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";
import { builtInPlans, manyStylesTemplate, REGISTER_SIZES, registerPlan } from "./builds";
import { RealExcel, REQUEST_LIMIT, type RecordedRequest } from "./real-excel";

const manyStyles = layout(manyStylesTemplate(), {}, { language: "en" });

const builds: [string, () => Plan][] = [
  ...builtInPlans().map(([id, plan]): [string, () => Plan] => [id, () => plan]),
  ["a user's template of 50 × 110 rows in alternating styles", () => manyStyles],
  ...REGISTER_SIZES.map((count): [string, () => Plan] => [`a register of ${count} holders`, () => registerPlan(count)]),
];

/**
 * Tolerances, stated: for every writing request of 1 MB or more (where the budget matters), the
 * writer's estimate is within 10% of the client's real bytes; the double counts every writing
 * request within 10% of them, or within 1 KB for a request of a few KB (a register's last rows
 * and the release tables after it), where the client's per-call framing, which the double
 * approximates, is most of the request.
 */
const ESTIMATE_TOLERANCE = 0.1;
const DOUBLE_TOLERANCE = 0.1;
const DOUBLE_SLACK_BYTES = 1_024;

const callIndex = (calls: string[], call: string) => calls.indexOf(call);

describe.each(builds)("%s through Microsoft's client", (_, plan) => {
  let excel: RealExcel;
  let result: Awaited<ReturnType<typeof buildWorksheet>>;
  let double: MemoryWorkbook;

  beforeAll(async () => {
    excel = new RealExcel({ sheets: ["Data"] });
    result = await buildWorksheet(excel.run, plan());
    double = new MemoryWorkbook({ sheets: ["Data"] });
    await buildWorksheet(double.run, plan());
  }, 120_000);

  const writing = (): RecordedRequest[] => excel.requests.slice(1, -1);

  test("every request is under 5 MB in the client's serialized bytes, and each was answered", () => {
    expect(excel.requests.length).toBe(result.syncs);
    for (const request of excel.requests) {
      expect(request.outcome).toBe("ok");
      expect(request.bytes).toBeLessThan(REQUEST_LIMIT);
    }
  });

  test("the sheet and its names come first, before any formula; the last request recalculates, then activates", () => {
    const first = writing()[0]!.calls;
    const add = callIndex(first, "WorksheetCollection.add");
    expect(add).toBeGreaterThanOrEqual(0);
    const names = first.flatMap((call, i) => (call === "NamedItemCollection.add" ? [i] : []));
    expect(names).toHaveLength(plan().names.length);
    const firstCellWrite = Math.min(
      ...["Range.numberFormat", "Range.values", "Range.formulas"].map((c) => callIndex(first, c)).filter((i) => i >= 0),
    );
    expect(Math.min(...names)).toBeGreaterThan(add);
    expect(Math.max(...names)).toBeLessThan(firstCellWrite);
    const last = excel.requests.at(-1)!.calls;
    expect(last.filter((c) => !c.startsWith("Workbook.") && !c.startsWith("WorksheetCollection."))).toEqual([
      "Worksheet.calculate",
      "Worksheet.activate",
    ]);
    // Writes happen only before the recalculation.
    expect(writing().every((r) => !r.calls.includes("Worksheet.calculate"))).toBe(true);
  });

  test("API calculation is suspended in every writing request; screen updating once per build", () => {
    for (const request of writing()) expect(request.calls).toContain("Application.suspendApiCalculationUntilNextSync");
    expect(excel.calls.filter((c) => c === "Application.suspendScreenUpdatingUntilNextSync")).toHaveLength(1);
  });

  test(`the writer's estimate and the double's count are within ${ESTIMATE_TOLERANCE * 100}% and ${DOUBLE_TOLERANCE * 100}% of the real bytes`, () => {
    const real = writing().map((r) => r.bytes);
    expect(result.requestBytes).toHaveLength(real.length);
    real.forEach((bytes, i) => {
      if (bytes >= 1_000_000) {
        expect(Math.abs(result.requestBytes[i]! - bytes) / bytes).toBeLessThanOrEqual(ESTIMATE_TOLERANCE);
      }
      expect(Math.abs(double.syncs[i + 1]!.bytes - bytes)).toBeLessThanOrEqual(
        Math.max(DOUBLE_TOLERANCE * bytes, DOUBLE_SLACK_BYTES),
      );
    });
  });

  test("every call the writer makes has its requirement set in src/workbook/requirement-sets.json", () => {
    // Calls the client makes on its own (_ValidateArraySize) are not the add-in's.
    const made = new Set(excel.calls.filter((call) => !call.split(".")[1]!.startsWith("_")));
    const listed = new Set(Object.keys(requirementSets.ExcelApi));
    expect([...made].filter((call) => !listed.has(call))).toEqual([]);
  });
});

test("the many-styles template, 19 MB as one request before, is now split into requests under the budget", async () => {
  const excel = new RealExcel();
  const result = await buildWorksheet(excel.run, manyStyles);
  const formatCalls = excel.calls.filter((c) => c.startsWith("RangeFont.") || c.startsWith("RangeFill.")).length;
  expect(formatCalls).toBeGreaterThan(10_000);
  expect(excel.requests.length).toBeGreaterThan(3);
  expect(excel.largestRequestBytes).toBeLessThan(4_500_000);
  expect(excel.totalRequestBytes).toBeGreaterThan(REQUEST_LIMIT);
  expect(result.cellsWritten).toBe(manyStyles.blocks.flatMap((b) => b.cells.flat()).filter((c) => c !== null).length);
});

test("each chart type reaches Excel as its chart type; a floating chart's first series has no fill; line series over the others", async () => {
  const plan = builtInPlans().find(([id]) => id === "absorption-merger-2013-example")![1];
  const football = plan.charts.find((c) => c.type === "floatingColumn")!;
  expect(football.lines).toEqual([2]);
  const cases = [
    ["line", "Line"],
    ["bar", "BarClustered"],
    ["column", "ColumnClustered"],
    ["floatingBar", "BarStacked"],
    ["floatingColumn", "ColumnStacked"],
    ["pie", "Pie"],
  ] as const;
  for (const [type, excelType] of cases) {
    const excel = new RealExcel();
    const { sheetName } = await buildWorksheet(excel.run, { ...plan, charts: [{ ...football, type }] });
    const [chart] = excel.book.sheetState(sheetName).charts;
    const floating = type.startsWith("floating");
    expect(chart).toMatchObject({ type: excelType, source: football.source, seriesBy: "Columns" });
    // The source is the label column and three value columns: three series.
    expect(chart!.series).toEqual([
      { filled: !floating, chartType: excelType },
      { filled: true, chartType: excelType },
      { filled: true, chartType: "Line" },
    ]);
    expect(excel.calls.includes("ChartFill.clear")).toBe(floating);
    expect(excel.calls.filter((c) => c === "ChartSeries.chartType")).toHaveLength(1);
  }
});

test("style runs of one style in consecutive rows are merged into one range", async () => {
  const plan = registerPlan(10);
  const runs = plan.formats.length;
  const excel = new RealExcel();
  await buildWorksheet(excel.run, plan);
  const styled = excel.calls.filter((c) => c === "Range.format").length;
  expect(styled).toBeLessThan(runs);
});

/** The two workbooks the writer runs against: Microsoft's client with the fake endpoint, and the double. */
interface Harness {
  run: ExcelRun;
  book: MemoryWorkbook;
}
type Between = (sync: number, book: MemoryWorkbook) => void;
const harnesses: [string, (sheets: string[], failAtSync: number | undefined, between: Between) => Harness][] = [
  [
    "Microsoft's client",
    (sheets, failAtSync, betweenSyncs) => {
      const excel = new RealExcel({
        sheets,
        betweenSyncs,
        failAt: failAtSync === undefined ? undefined : { sync: failAtSync, action: 0 },
      });
      return { run: excel.run, book: excel.book };
    },
  ],
  [
    "the double",
    (sheets, failAtSync, betweenSyncs) => {
      const book = new MemoryWorkbook({
        sheets,
        betweenSyncs,
        failAtSync: failAtSync === undefined ? undefined : { sync: failAtSync, operation: 0 },
      });
      return { run: book.run, book };
    },
  ],
];

describe.each(harnesses)("races with a co-author, on %s", (_, make) => {
  // A small budget: several writing requests, so there are syncs to race between.
  const plan = registerPlan(60);
  const options = { requestBudgetBytes: 20_000 };
  const sheetsBefore = (book: MemoryWorkbook) => book.sheetNames();

  test("a sheet of the build's name made by someone else before the add is never removed", async () => {
    const harness = make(["Data"], undefined, (sync, book) => {
      if (sync === 2) {
        book.addSheet(plan.sheetName);
        book.setCell(plan.sheetName, "A1", "a co-author's work");
      }
    });
    const error = await buildWorksheet(harness.run, plan, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).cleanedUp).toBe(true);
    expect((error as BuildError).message).toMatch(/no sheet was added and the workbook is as it was\.$/);
    expect(harness.book.sheetNames()).toEqual(["Data", plan.sheetName]);
    expect(harness.book.sheetState(plan.sheetName).cells.get("0,0")!.value).toBe("a co-author's work");
  });

  test("the half-built sheet renamed by the user, and another given its old name, then a failure: only the build's sheet goes", async () => {
    const harness = make(["Data"], 4, (sync, book) => {
      if (sync === 3) {
        book.renameSheet(plan.sheetName, "Renamed by the user");
        book.addSheet(plan.sheetName);
        book.setCell(plan.sheetName, "A1", "kept");
      }
    });
    const error = await buildWorksheet(harness.run, plan, options).catch((e: unknown) => e);
    expect((error as BuildError).cleanedUp).toBe(true);
    expect((error as BuildError).message).toMatch(/the half-built sheet was removed and the workbook is as it was\.$/);
    expect(harness.book.sheetNames()).toEqual(["Data", plan.sheetName]);
    expect(harness.book.sheetState(plan.sheetName).cells.get("0,0")!.value).toBe("kept");
  });

  test("the sheet that was active renamed meanwhile is re-activated by its id", async () => {
    const harness = make(["Data", "Other"], 3, (sync, book) => {
      if (sync === 2) book.renameSheet("Data", "Data renamed");
    });
    const before = sheetsBefore(harness.book);
    const error = await buildWorksheet(harness.run, plan, options).catch((e: unknown) => e);
    expect((error as BuildError).cleanedUp).toBe(true);
    expect(harness.book.sheetNames()).toEqual(before.map((n) => (n === "Data" ? "Data renamed" : n)));
    expect(harness.book.activeSheetName()).toBe("Data renamed");
  });

  test("when the rollback cannot finish, the message names what is left, under its current name", async () => {
    // Sync 4 fails the build; sync 5 (the rollback's read) passes; sync 6 (the removal) fails.
    const harness = make(["Data"], 4, (sync, book) => {
      if (sync === 3) book.renameSheet(plan.sheetName, "Renamed by the user");
      if (sync === 6) throw new Error("the connection to Excel was lost");
    });
    const error = await buildWorksheet(harness.run, plan, options).catch((e: unknown) => e);
    expect((error as BuildError).cleanedUp).toBe(false);
    expect((error as BuildError).message).toMatch(
      /the half-built sheet \(now named "Renamed by the user"\) could not be removed; delete it by hand, nothing else was changed\.$/,
    );
    expect(harness.book.sheetNames()).toEqual(["Data", "Renamed by the user"]);
  });

  test("a name and a table another user makes during the build are left alone", async () => {
    const harness = make(["Data"], 4, (sync, book) => {
      if (sync === 3) {
        book.addWorkbookName("TheirName", "Data!$A$1");
        book.addUserTable("Data", "TheirTable", "A1:B3");
      }
    });
    await buildWorksheet(harness.run, plan, options).catch(() => undefined);
    expect(harness.book.tableNames()).toEqual(["TheirTable"]);
    expect((harness.book.snapshot() as { names: [string, string][] }).names).toEqual([["TheirName", "Data!$A$1"]]);
  });
});

describe("failures at chosen actions of each request, on Microsoft's client", () => {
  const plan = registerPlan(30);
  const options = { requestBudgetBytes: 20_000 };

  test("the first, second, middle and last action of every request: the workbook is as it was", async () => {
    const clean = new RealExcel({ sheets: ["Data"] });
    await buildWorksheet(clean.run, plan, options);
    expect(clean.requests.length).toBeGreaterThan(3);
    let failures = 0;
    for (let sync = 1; sync <= clean.requests.length; sync++) {
      const actions = clean.requests[sync - 1]!.actions;
      for (const action of new Set([0, 1, Math.floor(actions / 2), actions - 1])) {
        const excel = new RealExcel({ sheets: ["Data"], failAt: { sync, action } });
        excel.book.setCell("Data", "A1", "the user's");
        const before = excel.book.snapshot();
        const error = await buildWorksheet(excel.run, plan, options).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BuildError);
        expect({ sync, action, cleanedUp: (error as BuildError).cleanedUp }).toEqual({ sync, action, cleanedUp: true });
        expect({ sync, action, after: excel.book.snapshot() }).toEqual({ sync, action, after: before });
        failures++;
      }
    }
    expect(failures).toBeGreaterThan(12);
  }, 120_000);

  test("a request Excel refuses as too large is undone too", async () => {
    const excel = new RealExcel({ maxRequestBytes: 10_000 });
    const before = excel.book.snapshot();
    const error = await buildWorksheet(excel.run, registerPlan(10)).catch((e: unknown) => e);
    expect((error as BuildError).message).toMatch(
      /failed after 0 of .*no sheet was added and the workbook is as it was/,
    );
    expect(excel.requests.some((r) => r.outcome === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(excel.book.snapshot()).toEqual(before);
  });
});

describe("live values", () => {
  test.each(["Automatic", "Manual"] as const)(
    "calculation %s: the sheet is calculated once after the last write, and Manual is reported",
    async (calculationMode) => {
      const excel = new RealExcel({ calculationMode });
      const result = await buildWorksheet(excel.run, registerPlan(10));
      expect(result.manualCalculation).toBe(calculationMode === "Manual");
      expect(excel.book.sheetState(result.sheetName).calculations).toBe(1);
      expect(excel.calls).toContain("Application.calculationMode");
    },
  );
});
