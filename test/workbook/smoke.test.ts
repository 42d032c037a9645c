import { absorptionMerger2013, layout, parseTemplate, keyResults } from "../../src/templates";
import { buildWorksheet, MemoryWorkbook } from "../../src/workbook";

test("smoke", async () => {
  parseTemplate(JSON.parse(JSON.stringify(absorptionMerger2013)));
  const plan = layout(absorptionMerger2013, { register: [{ holder: "=HYPERLINK(1)", shares: 80, held: 0 }, { holder: "B", shares: 40, held: 10 }, { holder: "C", shares: 30 }], fractionSalePrice: 1000 }, { language: "en" });
  const book = new MemoryWorkbook({ engine: "hyperformula" });
  const result = await buildWorksheet(book.run, plan);
  void keyResults;
  const grid = await book.grid(result.sheetName);
  const lines = grid.values.map((r, i) => `${i + 1}: ${r.map((v) => JSON.stringify(v)).join(" | ")}`).filter((l) => !/^\d+: (null \| )*null$/.test(l));
  void lines;
  console.log(grid.errors);
});
