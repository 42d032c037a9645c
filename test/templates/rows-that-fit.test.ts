/**
 * A table input too long for one sheet is refused by the layout, naming the input and the rows
 * that fit, counted by tableRowsThatFit: the count the CSV import refuses at, too.
 */
import { absorptionMerger2013, initialInputs, layout, tableRowsThatFit } from "../../src/templates";
import { EXCEL_ROWS, lowestRow } from "../../src/plan/excel-limits";

const holders = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ holder: `H${i + 1}`, shares: 100, held: 0 }));
const inputs = initialInputs(absorptionMerger2013);

describe("the register of the merger template", () => {
  const fit = tableRowsThatFit(absorptionMerger2013, inputs, "register", "en");

  test("about 1,048,100 holders fit: the rest of the sheet takes a few hundred rows", () => {
    expect(fit).toBeGreaterThan(1_048_000);
    expect(fit).toBeLessThan(EXCEL_ROWS - 300);
  });

  test("each holder takes one row: as many as fit end on Excel's last row", () => {
    const some = layout(absorptionMerger2013, { ...inputs, register: holders(1_000) }, { language: "en" });
    expect(lowestRow(some)).toBe(EXCEL_ROWS - 1 - (fit - 1_000));
  });

  test("one more than fit is refused before it is laid out, naming the register and the count", () => {
    const refused = () => layout(absorptionMerger2013, { ...inputs, register: holders(fit + 1) }, { language: "en" });
    expect(refused).toThrow(
      `register: Shareholder register of the dissolving company: ${(fit + 1).toLocaleString("en-US")} rows, but at most ${fit.toLocaleString("en-US")} fit on the sheet above Excel's last row (1,048,576).`,
    );
  }, 120_000);

  test("in Japanese too", () => {
    expect(() =>
      layout(absorptionMerger2013, { ...inputs, register: holders(EXCEL_ROWS - 1) }, { language: "ja" }),
    ).toThrow(
      `register: 消滅会社の株主名簿：1,048,575行ありますが、Excelの最終行（1,048,576行）までにシートに収まるのは${fit.toLocaleString("en-US")}行までです。`,
    );
  }, 120_000);

  test("a longer price history (below the register) leaves room for fewer holders, one for one", () => {
    const prices = Array.from({ length: 400 }, (_, i) => ({ date: `2013-01-01`, close: 100 + i }));
    const withPrices = tableRowsThatFit(absorptionMerger2013, { ...inputs, prices }, "register", "en");
    const pricesBefore = Math.max(130, (inputs.prices as unknown[]).length);
    expect(withPrices).toBe(fit - (400 - pricesBefore));
  });
});
