import { columnLetters } from "../../../src/templates/layout";
import { cellsOf, parseCell } from "../../../src/taskpane/preview/a1";

test("parses what the layout writes, the inverse of its column letters", () => {
  for (const column of [0, 1, 25, 26, 27, 701, 702]) {
    expect(parseCell(`${columnLetters(column)}7`)).toEqual({ row: 6, column });
  }
  expect(parseCell("$B$5")).toEqual({ row: 4, column: 1 });
});

test("a range lists its cells; a single cell is a range of one", () => {
  expect(cellsOf("A5:C5")).toEqual([
    { row: 4, column: 0 },
    { row: 4, column: 1 },
    { row: 4, column: 2 },
  ]);
  expect(cellsOf("B2")).toEqual([{ row: 1, column: 1 }]);
});

test("refuses text that is not an address", () => {
  expect(() => parseCell("R1C1")).toThrow(/not an A1 cell address/);
});
