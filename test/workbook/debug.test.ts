import { MemoryWorkbook } from "../../src/workbook";
test("debug", async () => {
  const book = new MemoryWorkbook({ engine: "hyperformula" });
  book.setCell("Sheet1", "B1", 80); book.setCell("Sheet1", "B2", 40); book.setCell("Sheet1", "B3", 30);
  book.setCell("Sheet1", "C1", "=MERGER.FRACTION_CASH(B1:B3,5.83,1000)");
  book.setCell("Sheet1", "D1", "=MERGER.ALLOTMENT_SHARES($B$1:$B$3,5.83,0,\"holders\")");
  book.setCell("Sheet1", "E1", "=MERGER.ODD_LOT($B$1:$B$3,100)");
  book.setCell("Sheet1", "A5", "=INDEX(MERGER.ALLOTMENT_SHARES($B$1:$B$3,5.83,0,\"summary\"),7,2)");
  const g = await book.grid("Sheet1");
  console.log(JSON.stringify(g.values), g.errors);
});
