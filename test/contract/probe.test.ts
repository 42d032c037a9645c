import { layout } from "../../src/templates";
import { buildWorksheet, MemoryWorkbook } from "../../src/workbook";
import { RealExcel } from "./real-excel";
import { builtInPlans, manyStylesTemplate, registerPlan } from "./builds";

test("probe", async () => {
  const plans = [...builtInPlans(), ["many", layout(manyStylesTemplate(), {}, { language: "en" })], ["10k", registerPlan(10000)], ["100k", registerPlan(100000)]] as const;
  for (const [name, plan] of plans) {
    const excel = new RealExcel();
    const result = await buildWorksheet(excel.run, plan);
    const book = new MemoryWorkbook();
    await buildWorksheet(book.run, plan);
    console.log(name, result.largestRequestBytes, excel.largestRequestBytes, book.largestRequestBytes, excel.requests.map((r) => r.bytes).join(","), book.syncs.map((s) => s.bytes).join(","));
  }
}, 600000);
