/**
 * A built sheet as an .xlsx file (ExcelJS, MIT), for counsel, auditors or a bank to open in any
 * spreadsheet: the copy-as-values plan (src/workbook/copy-values: MERGER.* results as values, the
 * other formulas live), with the plan's names, number formats, styles, column widths and frozen
 * rows, and a print setup (A4, fit to one page wide, the frozen heading rows repeated on each
 * page). Formulas are written without a cached result and the file asks for a full calculation
 * on load, so whatever opens it computes them itself. Tables and charts are not written.
 */
import ExcelJS from "exceljs";
import { parseArea, parseCell } from "../plan/a1";
import type { CellStyle, Plan, PlanStyle } from "../plan/plan";
import { planArea } from "../workbook/copy-values";

/** Excel's column width unit from points: characters of the default font's digit (7 px, 5 px padding). */
const widthInCharacters = (points: number) => Math.max(0, Math.round((((points * 96) / 72 - 5) / 7) * 100) / 100);

// A4 is 595 × 842 points; with Excel's default margins about 540 points of it print across.
const A4_PAPER_SIZE = 9;
const PORTRAIT_WIDTH = 540;

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** A sheet name as a reference's prefix: quoted, an apostrophe doubled, as Excel writes it. */
const sheetPrefix = (name: string) => `'${name.replace(/'/g, "''")}'!`;

function applyStyle(cell: ExcelJS.Cell, style: PlanStyle): void {
  const font: Partial<ExcelJS.Font> = { ...cell.font };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  cell.font = font;
  if (style.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap !== undefined) cell.alignment = { ...cell.alignment, wrapText: style.wrap };
}

/** Adds the plan's sheet to the workbook. `plan` is a copy-as-values plan (see valuesPlan). */
function addSheet(workbook: ExcelJS.Workbook, plan: Plan): ExcelJS.Worksheet {
  const frozen = plan.freeze;
  const totalWidth = plan.columnWidths.reduce((sum, width) => sum + width, 0);
  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: frozen.rows + frozen.columns > 0 ? [{ state: "frozen", ySplit: frozen.rows, xSplit: frozen.columns }] : [],
    pageSetup: {
      paperSize: A4_PAPER_SIZE,
      orientation: totalWidth > PORTRAIT_WIDTH ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the sheet needs.
      fitToHeight: 0,
      printArea: planArea(plan),
      ...(frozen.rows > 0 ? { printTitlesRow: `1:${frozen.rows}` } : {}),
    },
  });
  plan.columnWidths.forEach((points, i) => {
    sheet.getColumn(i + 1).width = widthInCharacters(points);
  });
  for (const block of plan.blocks) {
    const origin = parseCell(block.address)!;
    block.cells.forEach((row, r) =>
      row.forEach((planCell, c) => {
        if (planCell === null) return;
        const cell = sheet.getCell(origin.row + r + 1, origin.column + c + 1);
        cell.numFmt = block.numberFormats[r]?.[c] ?? "General";
        // Text is a string cell whatever it starts with ("=", "+", "-", "@"): never entered as a formula.
        if ("text" in planCell) cell.value = planCell.text;
        else if ("number" in planCell) cell.value = planCell.number;
        else if ("boolean" in planCell) cell.value = planCell.boolean;
        else cell.value = { formula: planCell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      }),
    );
  }
  for (const format of plan.formats) {
    const area = parseArea(format.address)!;
    const style = plan.styles[format.style as CellStyle];
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) applyStyle(sheet.getCell(r + 1, c + 1), style);
  }
  return sheet;
}

/**
 * The .xlsx file of one plan's sheet. Its names are the plan's sheet-scoped names written at
 * workbook scope: with one sheet in the file they mean the same.
 */
export async function xlsxFile(plan: Plan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Merger Allotment";
  workbook.calcProperties.fullCalcOnLoad = true;
  addSheet(workbook, plan);
  workbook.definedNames.model = plan.names.map((name) => ({
    name: name.name,
    ranges: [`${sheetPrefix(plan.sheetName)}${name.address}`],
  }));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
