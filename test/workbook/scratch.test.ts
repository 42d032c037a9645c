import { absorptionMerger2013, absorptionMerger, layout, keyResults } from "../../src/templates";
import { buildWorksheet, MemoryWorkbook } from "../../src/workbook";
import { writeFileSync } from "fs";

test("dump", async () => {
  for (const [name, tpl, inputs] of [
    ["2013", absorptionMerger2013, {}],
    ["reg", absorptionMerger2013, { register: [{ holder: "=HYPERLINK(\"http://x\",\"y\")", shares: 80, held: 0 }, { holder: "B", shares: 40, held: 10 }, { holder: "C", shares: 30 }], ratio: 5.83, fractionSalePrice: 1000 }],
    ["blank", absorptionMerger, { survivingName: "A", dissolvingName: "B", effectiveDate: "2016-01-01", dissolvingIssued: 100, ratio: "2/3" }],
  ] as const) {
    const plan = layout(tpl, inputs as never, { language: "en" });
    const book = new MemoryWorkbook({ engine: "hyperformula" });
    const result = await buildWorksheet(book.run, plan);
    const grid = await book.grid(result.sheetName);
    const lines = grid.values.map((r, i) => `${i + 1}: ${r.map((v, c) => grid.formulas[i]![c] !== v && grid.formulas[i]![c] !== null ? `${JSON.stringify(v)} {${grid.formulas[i]![c]}}` : JSON.stringify(v)).join(" | ")}`).filter((l) => !/^\d+: (null \| )*null$/.test(l));
    writeFileSync(`/tmp/h3a2/${name}.txt`, lines.join("\n") + "\n" + JSON.stringify(grid.errors, null, 1) + "\n" + JSON.stringify(result) + "\n" + JSON.stringify(keyResults(tpl, inputs as never, "en"), null, 1));
  }
});
