/**
 * A CSV import past Excel's rows or the size limit is refused before papaparse reads it whole.
 */
import { importShareholderRegister } from "../../../src/taskpane/import/shareholderRegister";
import {
  fileSizeProblem,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  rowCountProblem,
} from "../../../src/taskpane/import/limits";
import { EXCEL_ROWS } from "../../../src/plan/excel-limits";

/** A header and `rows` data lines, with or without a final line break. */
const register = (rows: number, finalBreak: boolean) =>
  "holder,shares\n" + "a,1\n".repeat(rows - 1) + "a,1" + (finalBreak ? "\n" : "");

describe("import limits", () => {
  test("the row limit is Excel's grid less the header", () => {
    expect(MAX_IMPORT_ROWS + 1).toBe(EXCEL_ROWS);
  });

  test.each([false, true])(
    "a header and 1,048,575 rows fit; one more does not (final line break: %s)",
    (finalBreak) => {
      expect(rowCountProblem(register(MAX_IMPORT_ROWS, finalBreak))).toBeUndefined();
      expect(rowCountProblem(register(MAX_IMPORT_ROWS + 1, finalBreak))).toEqual({
        kind: "tooManyRows",
        limit: MAX_IMPORT_ROWS,
      });
    },
  );

  test("a register with more rows than a sheet holds is refused as a whole, not read", () => {
    const bytes = new TextEncoder().encode(register(MAX_IMPORT_ROWS + 1, true));
    expect(importShareholderRegister(bytes)).toEqual({
      ok: false,
      encoding: "utf-8",
      problem: { kind: "tooManyRows", limit: MAX_IMPORT_ROWS },
    });
  });

  test("a file over the size limit is refused before it is decoded", () => {
    expect(fileSizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0xff); // not even valid text
    expect(importShareholderRegister(bytes)).toEqual({
      ok: false,
      problem: { kind: "tooLarge", bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES },
    });
  });
});
