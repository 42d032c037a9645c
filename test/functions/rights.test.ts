import { rightsConversion } from "../../src/functions/rights";
import { excelError } from "./excel-error";

describe("RIGHTS_CONVERSION", () => {
  test("100 shares per right at 1,000 yen, ratio 0.5: 50 shares, 2,000 yen", () => {
    expect(rightsConversion(100, 1000, 0.5)).toEqual([[50]]);
    expect(rightsConversion(100, 1000, 0.5, "price")).toEqual([[2000]]);
    expect(rightsConversion(100, 1000, 0.5, "all")).toEqual([[50, 2000]]);
  });
  test("rounding the price: 1,000 ÷ 0.3", () => {
    expect(rightsConversion(100, 1000, 0.3, "price")).toEqual([[3334]]);
    expect(rightsConversion(100, 1000, 0.3, "price", "down")).toEqual([[3333]]);
    expect(rightsConversion(100, 1000, "2/3", "price", "none")).toEqual([[1500]]);
  });
  test("a ratio of 0 is refused", () => {
    expect(excelError(() => rightsConversion(100, 1000, 0)).message).toMatch(/ratio: 0 is not above 0/);
  });
});
