/**
 * A CSV import past Excel's rows or the size limit is refused before papaparse reads it whole;
 * one with more rows than the sheet can be built with is refused once read, with the count.
 */
import { importShareholderRegister } from "../../../src/taskpane/import/shareholderRegister";
import {
  fileSizeProblem,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  rowCountProblem,
} from "../../../src/taskpane/import/limits";
import { EXCEL_ROWS } from "../../../src/plan/excel-limits";
import type { FileProblem } from "../../../src/taskpane/import/problems";
import { tableImportFor } from "../../../src/taskpane/import/tableImport";
import { messages } from "../../../src/taskpane/i18n";
import { absorptionMerger2013, initialInputs, tableRowsThatFit } from "../../../src/templates";

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

describe("no more rows than the sheet can be built with", () => {
  const template = absorptionMerger2013;
  const input = template.inputs.find((i) => i.id === "register")!;
  const distinct = (rows: number) =>
    new TextEncoder().encode("holder,shares\n" + Array.from({ length: rows }, (_, i) => `H${i + 1},1`).join("\n"));

  test("a register past the rows that fit is refused at import, with the count", () => {
    const importer = tableImportFor(input)!;
    expect(importer.read(distinct(4), 3)).toEqual({
      ok: false,
      encoding: "utf-8",
      problem: { kind: "pastLastRow", rows: 4, fit: 3 },
    });
    expect(importer.read(distinct(3), 3)).toMatchObject({ ok: true, refused: [] });
  });

  test("the merger template's register: refused at the count the layout refuses past (tableRowsThatFit)", () => {
    const fit = tableRowsThatFit(template, initialInputs(template), "register", "en");
    const result = tableImportFor(input)!.read(distinct(fit + 1), fit);
    expect(result).toEqual({ ok: false, encoding: "utf-8", problem: { kind: "pastLastRow", rows: fit + 1, fit } });
    expect(messages.en.fileProblem((result as { problem: FileProblem }).problem)).toBe(
      `The file has ${(fit + 1).toLocaleString("en-US")} rows; at most ${fit.toLocaleString("en-US")} fit on the sheet above Excel's last row (1,048,576), with the rest of the sheet.`,
    );
    expect(messages.ja.fileProblem((result as { problem: FileProblem }).problem)).toContain(
      `${fit.toLocaleString("ja-JP")} 行`,
    );
  }, 120_000);
});
