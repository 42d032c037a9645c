/**
 * The .xlsx of `npm run sheet` opened in LibreOffice Calc, recalculated there, and read back:
 * every native formula (MERGER.* results are values in the file) must compute in Calc what the
 * preview's engine (HyperFormula) computed on the same sheet, and every text cell must come back
 * as text, never entered as a formula. Two independent engines on one sheet.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildSheet } from "../../src/sheet/build";
import { xlsxFile } from "../../src/sheet/xlsx";
import { parseCell } from "../../src/plan/a1";
import {
  absorptionMerger2013,
  jointShareTransferExample,
  ratioAnalysis,
  shareExchangeExample,
  type Template,
} from "../../src/templates";
import type { Language } from "../../src/plan/plan";
import { valuesPlan } from "../../src/workbook";
import { everyPartInputs, REGISTER_INPUTS } from "../templates/examples";
import { recalculateInCalc } from "./libreoffice";

type Value = string | number | boolean | null;

const cases: { name: string; template: Template; language: Language }[] = [
  { name: "merger-en", template: absorptionMerger2013, language: "en" },
  { name: "merger-ja", template: absorptionMerger2013, language: "ja" },
  { name: "ratio-analysis-en", template: ratioAnalysis, language: "en" },
  { name: "share-exchange-ja", template: shareExchangeExample, language: "ja" },
  { name: "joint-share-transfer-en", template: jointShareTransferExample, language: "en" },
];

/** A cell's computed value as Calc saved it: dates as serials, errors as their text, blanks as "". */
function calcValue(cell: ExcelJS.Cell): Value {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value === "object" && "error" in value) return value.error;
  if (typeof value === "object" && "richText" in value) return value.richText.map((run) => run.text).join("");
  return value as Value;
}

const directory = mkdtempSync(join(tmpdir(), "sheet-xlsx-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const built = cases.map(async ({ name, template, language }) => {
  const inputs = { ...everyPartInputs(template, REGISTER_INPUTS.register) };
  const { plan, grid } = await buildSheet(template, inputs, language);
  const copy = valuesPlan(plan, grid.values, { date: "2026-12-08", version: "test" });
  const file = join(directory, `${name}.xlsx`);
  writeFileSync(file, await xlsxFile(copy));
  return { name, grid, copy, file };
});

let recalculated: Promise<{ book: ExcelJS.Workbook; sheets: Awaited<(typeof built)[number]> }[]>;
beforeAll(() => {
  recalculated = Promise.all(built).then(async (sheets) => {
    const copies = recalculateInCalc(
      directory,
      sheets.map((s) => s.file),
    );
    return Promise.all(
      sheets.map(async (s, i) => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(copies[i]!);
        return { book, sheets: s };
      }),
    );
  });
});

test.each(cases.map((c, i) => [c.name, i] as const))(
  "%s: each native formula computes in Calc as in the preview, each text stays text",
  async (_name, i) => {
    const { book, sheets } = (await recalculated)[i]!;
    const { grid, copy } = sheets;
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe(copy.sheetName);
    const disagreements: string[] = [];
    let formulas = 0;
    let texts = 0;
    for (const block of copy.blocks) {
      const origin = parseCell(block.address)!;
      block.cells.forEach((row, r) =>
        row.forEach((planCell, c) => {
          if (planCell === null) return;
          const [sheetRow, sheetColumn] = [origin.row + r, origin.column + c];
          const cell = sheet.getCell(sheetRow + 1, sheetColumn + 1);
          if ("text" in planCell) {
            texts++;
            // Calc saves text mixing scripts as rich text (a run per font): still a text cell.
            const isText = cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.RichText;
            if (!isText || calcValue(cell) !== planCell.text)
              disagreements.push(
                `${cell.address}: text ${JSON.stringify(planCell.text)}, Calc has ${JSON.stringify(calcValue(cell))}`,
              );
            return;
          }
          if (!("formula" in planCell)) return;
          formulas++;
          const preview = grid.values[sheetRow]?.[sheetColumn] ?? "";
          const calc = calcValue(cell);
          const same =
            typeof preview === "number" && typeof calc === "number"
              ? Math.abs(preview - calc) <= 1e-9 * Math.max(1, Math.abs(preview))
              : preview === calc;
          if (!same)
            disagreements.push(
              `${cell.address} ${planCell.formula}: preview ${JSON.stringify(preview)}, Calc ${JSON.stringify(calc)}`,
            );
        }),
      );
    }
    expect(disagreements).toEqual([]);
    expect(formulas).toBeGreaterThan(10);
    expect(texts).toBeGreaterThan(50);
  },
);

test("the file's names, number formats, widths, frozen rows and print setup are the plan's", async () => {
  const { copy, file } = await built[0]!;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0]!;
  expect(sheet.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${copy.freeze.rows}`,
  });
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: copy.freeze.rows });
  // 270 points = 360 pixels = (360 − 5) / 7 characters of the default font.
  expect(copy.columnWidths[0]).toBe(270);
  expect(sheet.getColumn(1).width).toBeCloseTo(50.71, 2);
  const names = book.definedNames.model.filter((n) => !n.name.startsWith("_xlnm"));
  expect(names.map((n) => n.name).sort()).toEqual(copy.names.map((n) => n.name).sort());
  const ratio = copy.names.find((n) => n.name === "Ratio")!;
  expect(names.find((n) => n.name === "Ratio")!.ranges).toEqual([`'${copy.sheetName}'!${ratio.address}`]);
  const dated = sheet.getCell("B7");
  expect(dated.numFmt).toBe("yyyy-mm-dd");
  // The register's hostile names are written as text cells, as the plan has them.
  const holders = REGISTER_INPUTS.register as { holder: string }[];
  const found = holders.map((h) => {
    let address = "";
    sheet.eachRow((row) => row.eachCell((cell) => (cell.value === h.holder ? (address = cell.address) : undefined)));
    return address !== "" && sheet.getCell(address).type === ExcelJS.ValueType.String;
  });
  expect(found).toEqual([true, true, true]);
});
