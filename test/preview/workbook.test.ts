/**
 * The preview workbook (what the pane builds into outside Excel) past HyperFormula's default
 * sheet size of 40,000 rows: a register of 100,000 holders must evaluate, not fail.
 */
import { CELL_STYLES, type CellStyle, type Plan, type PlanStyle } from "../../src/plan/plan";
import { PreviewWorkbook } from "../../src/preview/workbook";
import { buildWorksheet } from "../../src/workbook";

const ROWS = 60_000;

/** A column of `ROWS` share counts and, below it, their sum as a formula. */
function longColumnPlan(): Plan {
  const shares = Array.from({ length: ROWS }, (_, i) => 1 + (i % 997));
  return {
    sheetName: "Long",
    language: "en",
    columnWidths: [],
    blocks: [
      {
        address: "A1",
        cells: [...shares.map((number) => [{ number }]), [{ formula: `=SUM(A1:A${ROWS})` }]],
        numberFormats: Array.from({ length: ROWS + 1 }, () => ["General"]),
      },
    ],
    formats: [],
    styles: Object.fromEntries(CELL_STYLES.map((style) => [style, {}])) as Record<CellStyle, PlanStyle>,
    names: [],
    tables: [],
    charts: [],
    freeze: { rows: 0, columns: 0 },
  };
}

test("a sheet longer than HyperFormula's default 40,000 rows is evaluated to its last row", async () => {
  const book = new PreviewWorkbook({ engine: "hyperformula" });
  const plan = longColumnPlan();
  const { sheetName } = await buildWorksheet(book.run, plan);
  const grid = await book.grid(sheetName);
  const expected = Array.from({ length: ROWS }, (_, i) => 1 + (i % 997)).reduce((sum, s) => sum + s, 0);
  expect(grid.values).toHaveLength(ROWS + 1);
  expect(grid.errors).toEqual([]);
  expect(grid.values[ROWS]?.[0]).toBe(expected);
});
