import { absorptionMerger2013, layout } from "../../src/templates";
import { buildWorksheet, MemoryWorkbook } from "../../src/workbook";

test("big", async () => {
  const register = Array.from({ length: 100_000 }, (_, i) => ({ holder: `株主 ${i + 1}`, shares: 1 + (i % 500), held: i % 3 }));
  let t = Date.now();
  const plan = layout(absorptionMerger2013, { register }, { language: "ja" });
  console.log("layout", Date.now() - t); t = Date.now();
  const book = new MemoryWorkbook();
  const result = await buildWorksheet(book.run, plan);
  console.log("build", Date.now() - t, JSON.stringify(result), book.requestBytes);
}, 300000);
