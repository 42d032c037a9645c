/**
 * Data safety of the writer, for every built-in template: a failure at any sync, or a reply lost
 * after Excel applied a sync (of a build or of Copy as values), leaves the workbook exactly as it was, and what the user already has (a sheet, a name, a table of the same
 * name) is never touched. The workbook double applies a failing batch as Excel does: the
 * operations before the failing one, none after.
 */
import { builtInTemplates, layout, type Template } from "../../src/templates";
import type { Plan } from "../../src/plan/plan";
import { BuildError, buildWorksheet, copyAsValues } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";
import { everyPartInputs } from "../templates/examples";

const holders = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    holder: i % 7 === 0 ? `=HYPERLINK("http://x.test","${i}")` : `株主 ${i + 1}`,
    shares: 100 + i * 37,
    held: 0,
  }));

/**
 * The template laid out with its example's figures and a register, so every part of the plan is
 * written; a template without a register gets the formula-like name as its first company's (a
 * joint share transfer) or as the surviving company's (the ratio analysis).
 */
function planOf(template: Template): Plan {
  const inputs = everyPartInputs(template, holders(60));
  const companies = inputs.companies;
  const hasRegister = template.inputs.some((input) => input.id === "register");
  if (!hasRegister && Array.isArray(companies)) {
    inputs.companies = companies.map((row, i) =>
      i === 0 ? { ...row, company: '=HYPERLINK("http://x.test","0")' } : row,
    );
  } else if (!hasRegister) {
    inputs.survivingName = '=HYPERLINK("http://x.test","0")';
  }
  return layout(template, inputs, { language: "ja" });
}

/** A workbook a user has been working in: cells, a formula, a workbook name, a table, another sheet active. */
function usersWorkbook(plan: Plan, options: ConstructorParameters<typeof MemoryWorkbook>[0] = {}): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ sheets: ["Data", plan.sheetName], ...options });
  workbook.setCell("Data", "A1", "Ratio");
  workbook.setCell("Data", "B1", 0.2019, "0.0000");
  workbook.setCell("Data", "B2", "=B1*100");
  workbook.setCell(plan.sheetName, "C3", "the user's own sheet of this name");
  workbook.addWorkbookName(plan.names[0]!.name, "Data!$B$1");
  workbook.addUserTable("Data", plan.tables[0]!.name, "A5:B8");
  return workbook;
}

const STAMP = { date: "2026-11-25", version: "1.2.3" };

/** Budgets that make the same plan one request, or many chunks (each with its own sync). */
const BUDGETS = [undefined, 20_000];

describe.each(builtInTemplates.map((template) => [template.id, template] as const))("%s", (_, template) => {
  const plan = planOf(template);

  test.each(BUDGETS.map((budget) => [budget ?? "default", budget] as const))(
    "a failure injected at every sync (request budget %s) leaves the workbook as it was",
    async (_, budget) => {
      const clean = usersWorkbook(plan);
      const result = await buildWorksheet(clean.run, plan, { requestBudgetBytes: budget });
      expect(result.syncs).toBe(clean.syncCount);
      if (budget) expect(result.syncs).toBeGreaterThan(3);
      for (let sync = 1; sync <= result.syncs; sync++) {
        for (const operation of [0, undefined]) {
          const workbook = usersWorkbook(plan, { failAtSync: { sync, operation } });
          const before = workbook.snapshot();
          const failure = await buildWorksheet(workbook.run, plan, { requestBudgetBytes: budget }).then(
            () => undefined,
            (error: unknown) => error,
          );
          expect(failure).toBeInstanceOf(BuildError);
          expect((failure as BuildError).cleanedUp).toBe(true);
          expect({ sync, operation, after: workbook.snapshot() }).toEqual({ sync, operation, after: before });
        }
      }
    },
  );

  test.each(BUDGETS.map((budget) => [budget ?? "default", budget] as const))(
    "a reply lost at every sync (request budget %s), Excel having applied it, leaves the workbook as it was",
    async (_, budget) => {
      const clean = usersWorkbook(plan);
      const result = await buildWorksheet(clean.run, plan, { requestBudgetBytes: budget });
      for (let sync = 1; sync <= result.syncs; sync++) {
        const workbook = usersWorkbook(plan, { loseReplyAtSync: sync });
        const before = workbook.snapshot();
        const failure = await buildWorksheet(workbook.run, plan, { requestBudgetBytes: budget }).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(BuildError);
        expect({ sync, cleanedUp: (failure as BuildError).cleanedUp }).toEqual({ sync, cleanedUp: true });
        expect({ sync, after: workbook.snapshot() }).toEqual({ sync, after: before });
      }
    },
  );

  test("Copy as values with a reply lost at every sync leaves the workbook as it was", async () => {
    const clean = usersWorkbook(plan);
    const built = await buildWorksheet(clean.run, plan);
    const start = clean.syncCount;
    await copyAsValues(clean.run, plan, { sheetId: built.sheetId }, STAMP);
    const copySyncs = clean.syncCount - start;
    expect(copySyncs).toBeGreaterThan(3);
    for (let sync = 1; sync <= copySyncs; sync++) {
      const workbook = usersWorkbook(plan, { loseReplyAtSync: start + sync });
      const { sheetId } = await buildWorksheet(workbook.run, plan);
      const before = workbook.snapshot();
      const failure = await copyAsValues(workbook.run, plan, { sheetId }, STAMP).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BuildError);
      expect({ sync, cleanedUp: (failure as BuildError).cleanedUp }).toEqual({ sync, cleanedUp: true });
      expect({ sync, after: workbook.snapshot() }).toEqual({ sync, after: before });
    }
  });

  test("a sheet, a name and a table of the same names are never touched", async () => {
    const workbook = usersWorkbook(plan);
    const before = workbook.snapshot() as { sheets: { name: string }[]; names: unknown; tables: unknown };
    const result = await buildWorksheet(workbook.run, plan);
    const after = workbook.snapshot() as typeof before;
    expect(result.sheetName).not.toBe(plan.sheetName);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.names).toEqual(before.names);
    expect((after.tables as unknown[]).slice(0, (before.tables as unknown[]).length)).toEqual(before.tables);
    expect(result.tableNames).not.toContain(plan.tables[0]!.name);
  });

  test("a sheet name taken in another case is not reused", async () => {
    const workbook = new MemoryWorkbook({ sheets: [plan.sheetName.toUpperCase()] });
    const before = workbook.snapshot();
    const result = await buildWorksheet(workbook.run, plan);
    expect(result.sheetName.toUpperCase()).not.toBe(plan.sheetName.toUpperCase());
    expect((workbook.snapshot() as { sheets: unknown[] }).sheets[0]).toEqual(
      (before as { sheets: unknown[] }).sheets[0],
    );
  });

  test("holder and company names that look like formulas are written as text", async () => {
    const workbook = new MemoryWorkbook();
    const result = await buildWorksheet(workbook.run, plan);
    const grid = await workbook.grid(result.sheetName);
    const cells = grid.formulas.flat();
    expect(cells).toContain('=HYPERLINK("http://x.test","0")');
    expect(grid.values.flat()).toContain('=HYPERLINK("http://x.test","0")');
    expect(cells.filter((cell) => typeof cell === "string" && cell.includes("HYPERLINK"))).toEqual(
      grid.values.flat().filter((cell) => typeof cell === "string" && cell.includes("HYPERLINK")),
    );
  });
});
