/**
 * The builds the contract tests and `npm run bench` run through Microsoft's client: every
 * built-in template, registers of 10, 10,000 and 100,000 holders, and a user's template with many
 * style runs (50 sections of 110 rows, styles alternating cell by cell, so no two neighbours share
 * a style and no merging can shorten it). Also what a recalculation of a register costs in calls.
 */
import {
  absorptionMerger2013,
  builtInTemplates,
  initialInputs,
  layout,
  parseTemplate,
  type Template,
} from "../../src/templates";
import type { Plan } from "../../src/plan/plan";
import { customFunctionCalls, HyperFormulaEngine } from "../../src/preview/hyperformula";
import { buildWorksheet } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";
import { everyPartInputs } from "../templates/examples";

/** A register with Japanese holder names (3 bytes a character in the request's UTF-8). */
export const holders = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    holder: `株主 ${i + 1} 株式会社`,
    shares: 100 + ((i * 7919) % 100_000),
    held: i % 10 === 0 ? 50 : 0,
  }));

export const REGISTER_SIZES = [10, 10_000, 100_000];

export const registerPlan = (count: number): Plan =>
  layout(
    absorptionMerger2013,
    { ...initialInputs(absorptionMerger2013), register: holders(count) },
    { language: "ja" },
  );

/** A valid user template (parseTemplate accepts it) of 50 × 110 rows in alternating styles. */
export function manyStylesTemplate(): Template {
  const styles = ["result", "warning"] as const;
  const sections = Array.from({ length: 50 }, (_, s) => ({
    kind: "rows",
    id: `s${s}`,
    title: { en: `Part ${s + 1}`, ja: `第${s + 1}部` },
    columns: [
      { en: "A", ja: "甲" },
      { en: "B", ja: "乙" },
    ],
    rows: Array.from({ length: 110 }, (_, r) => ({
      label: { en: `Line ${r + 1}`, ja: `${r + 1}行` },
      cells: [0, 1].map((c) => ({ formula: `=${r}+${c}`, style: styles[(r + c) % 2] })),
    })),
  }));
  return parseTemplate({
    format: "merger-template",
    version: 1,
    id: "many-styles",
    title: { en: "Many styles", ja: "多くの書式" },
    description: { en: "Alternating styles in every row.", ja: "行ごとに交互の書式。" },
    sheetName: { en: "Styles", ja: "書式" },
    inputs: [],
    sections,
  });
}

/** Every built-in template laid out with its example's figures and a register, so every part is written. */
export const builtInPlans = (): [string, Plan][] =>
  builtInTemplates.map((template) => [
    template.id,
    layout(template, everyPartInputs(template, holders(60)), { language: "ja" }),
  ]);

/**
 * The MERGER.* calls of one full recalculation of the register sheet of `count` holders, counted
 * by the formula engine around each call of the functions it registers from the registry.
 */
export async function customFunctionCallsPerRecalculation(count: number): Promise<number> {
  const book = new MemoryWorkbook();
  const { sheetName } = await buildWorksheet(book.run, registerPlan(count));
  const sheet = book.sheetState(sheetName);
  customFunctionCalls.count = 0;
  new HyperFormulaEngine().evaluate([sheet], sheet.id);
  return customFunctionCalls.count;
}
