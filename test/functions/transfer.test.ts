import { proForma } from "../../src/functions/transfer";
import { excelError } from "./excel-error";

describe("PRO_FORMA", () => {
  test("two companies 600 and 400 shares: 60% and 40%; 1,000 issued", () => {
    expect(proForma([[600], [400]])).toEqual([[0.6], [0.4]]);
    expect(proForma([[600], [400]], "total")).toEqual([[1000]]);
  });
  test("three equal companies add to exactly 100%; blanks stay blank", () => {
    expect(proForma([[1, null, 1, 1]])).toEqual([[0.3334, "", 0.3333, 0.3333]]);
    expect(proForma([[1, 1, 1]], "exact")).toEqual([[1 / 3, 1 / 3, 1 / 3]]);
  });
  test("no allotments is refused", () => {
    expect(excelError(() => proForma([[null], [""]])).message).toMatch(/every cell is empty/);
  });
});
