/**
 * A1 addressing, as Excel writes it: columns A … XFD are bijective base 26 (no zero digit: Z is
 * followed by AA), rows are numbered from 1, and "$" only fixes a part of an address.
 */
import fc from "fast-check";
import { areaAddress, cellAddress, columnIndex, columnLetters, parseArea, parseCell } from "../../src/plan/a1";

/** Every column name from A to XFD, listed in order by length, then alphabet: the oracle. */
const COLUMNS = (() => {
  const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
  const one = letters;
  const two = one.flatMap((a) => letters.map((b) => a + b));
  const three = two.flatMap((ab) => letters.map((c) => ab + c));
  return [...one, ...two, ...three].slice(0, 16_384);
})();

describe("column letters", () => {
  test("A … XFD are the columns 0 … 16,383, in order", () => {
    expect(COLUMNS.at(-1)).toBe("XFD");
    expect(COLUMNS.map((_, index) => columnLetters(index))).toEqual(COLUMNS);
  });

  test("letters to index and back, in either case", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: COLUMNS.length - 1 }), (index) => {
        expect(columnIndex(COLUMNS[index]!)).toBe(index);
        expect(columnIndex(COLUMNS[index]!.toLowerCase())).toBe(index);
      }),
    );
  });
});

describe("cell addresses", () => {
  test("zero-based row and column to A1, relative or absolute", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(9, 27)).toBe("AB10");
    expect(cellAddress(1_048_575, 16_383, true)).toBe("$XFD$1048576");
  });

  test("parsed back from what cellAddress writes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_048_575 }),
        fc.integer({ min: 0, max: 16_383 }),
        fc.boolean(),
        (row, column, absolute) => {
          expect(parseCell(cellAddress(row, column, absolute))).toEqual({ row, column });
        },
      ),
    );
  });

  test("a part fixed alone, and lower case, are cells too", () => {
    expect(parseCell("$b4")).toEqual({ row: 3, column: 1 });
    expect(parseCell("B$4")).toEqual({ row: 3, column: 1 });
  });

  test.each(["", "B", "4", "B4:C5", "AAAA1", "B-4", "B4 ", "Prices!B4", "A0", "$A$0"])(
    "%j is not a cell address",
    (text) => {
      expect(parseCell(text)).toBeUndefined();
    },
  );
});

describe("areas", () => {
  test("a cell, a range, and whole columns", () => {
    expect(parseArea("B4")).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
    expect(parseArea("$A$1:$C$3")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(parseArea("C:D")).toEqual({ top: 0, left: 2, bottom: 1_048_575, right: 3 });
  });

  test("corners given in any order make the same area", () => {
    expect(parseArea("D9:B4")).toEqual(parseArea("B4:D9"));
    expect(parseArea("B9:D4")).toEqual(parseArea("B4:D9"));
  });

  test.each(["", "B4:", ":B4", "B4:C", "4:5", "B4:C5:D6", "A0:B2"])("%j is not an area", (text) => {
    expect(parseArea(text)).toBeUndefined();
  });

  test("written back as one cell or a range, relative or absolute", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_048_575 }),
        fc.integer({ min: 0, max: 16_383 }),
        fc.integer({ min: 0, max: 1_048_575 }),
        fc.integer({ min: 0, max: 16_383 }),
        fc.boolean(),
        (r1, c1, r2, c2, absolute) => {
          const area = {
            top: Math.min(r1, r2),
            bottom: Math.max(r1, r2),
            left: Math.min(c1, c2),
            right: Math.max(c1, c2),
          };
          const address = areaAddress(area, absolute);
          expect(address.includes(":")).toBe(r1 !== r2 || c1 !== c2);
          expect(address.includes("$")).toBe(absolute);
          expect(parseArea(address)).toEqual(area);
        },
      ),
    );
  });
});
