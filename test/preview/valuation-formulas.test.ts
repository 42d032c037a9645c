/**
 * The valuation functions as formulas in the preview's engine (HyperFormula with the MERGER.*
 * plugin): each spills the size Excel would show, with the values the functions answer.
 */
import type { CellValue } from "../../src/preview/sheet";
import { cellsOfRows, evaluateSheet } from "./evaluate";

/** One sheet from rows of cells (a string starting with "=" is a formula), evaluated. */
const evaluate = (rows: CellValue[][]) => evaluateSheet(cellsOfRows(rows));

test("RATIO_RANGE spills one row of two; VARIABLE_RATIO and EX_DATE answer one cell", () => {
  const at = evaluate([
    ["=MERGER.RATIO_RANGE(20000,21000,900,1000,2)"],
    ["=MERGER.VARIABLE_RATIO(3500,309734.2,,,4)"],
    ['=MERGER.EX_DATE("2024-03-31")'],
    ["=MERGER.NET_ASSETS_PER_SHARE(83000000,4000)"],
  ]);
  expect([at(0, 0), at(0, 1), at(1, 0), at(2, 0), at(3, 0)]).toEqual([20, 23.33, 0.0113, 45379, 20750]);
});

test("MARKET_RATIO spills a header and a row per period; PREMIUM and ADJUSTED_PRICES take the shape of their range", () => {
  // Dates 2013-10-29 … 31 (serials 41576–41578), target closes 100, 110, 121, acquirer 30.
  const at = evaluate([
    [41576, 100, 30, 1000, "=MERGER.PREMIUM(1500,D1:D2)", "=MERGER.ADJUSTED_PRICES(A1:A3,B1:B3,H1:I1)", null, 41577, 2],
    [41577, 110, 30, 1250],
    [41578, 121, 30],
    ["=MERGER.MARKET_RATIO(A1:A3,B1:B3,A1:A3,C1:C3,41578,3,4)"],
  ]);
  expect([at(0, 4), at(1, 4)]).toEqual([0.5, 0.2]);
  expect([at(0, 5), at(1, 5), at(2, 5)]).toEqual([50, 110, 121]);
  expect([0, 1, 2, 3].map((c) => at(3, c))).toEqual(["period", "target average", "acquirer average", "ratio"]);
  expect([at(4, 0), at(4, 3)]).toEqual([3, 3.6778]);
});
