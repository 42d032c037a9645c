/**
 * Worksheet templates: pure data and pure functions, no Office.js (the writer is src/workbook).
 *
 * API (for the task pane):
 * - `builtInTemplates: Template[]`: the absorption-type merger (吸収合併), blank, and the same
 *   filled with the 2013 IIJ / IIJ Exlayer example (`template.values`).
 * - `parseTemplate(json: unknown): Template`: checks a user's template file; throws a
 *   `TemplateError` whose message starts with the offending path
 *   (`sections[2].rows[0].cells[0].formula: …`). Nothing is written for a refused template.
 *   Refused too: `__proto__`/`constructor`/`prototype` keys, nesting over 12 levels, files over
 *   1,000,000 characters, formulas with cell addresses or whole-column ranges, functions outside
 *   an allow-list (no WEBSERVICE, HYPERLINK, INDIRECT), references to other sheets. Labels that
 *   look like formulas are accepted: the layout writes every label as text ("@").
 * - `initialInputs(template): TemplateInputs`: the template's example values and defaults, to
 *   fill the form.
 * - `validateInputs(template, inputs, language) → Record<string, string>`: one message per bad
 *   input, keyed by input id; for table inputs by `id[row].column` (row from 0), e.g.
 *   `register[2].shares`. Empty object = all good.
 * - `keyResults(template, inputs, language) → KeyResult[]`: shares to provide, from treasury,
 *   new shares, short-form?, simplified? (+ the article), computed by the core directly, for
 *   the preview; `[]` for a template without a known `family`.
 * - `layout(template, inputs, { language }) → Plan`: what to write (blocks of cells, formats,
 *   names scoped to the new sheet, tables, a chart, freeze panes). Throws a TemplateError when
 *   the inputs are invalid (call validateInputs first).
 * Inputs: dates are ISO text "2014-01-01"; numbers are numbers (a ratio may be text "2/3");
 * table inputs are arrays of row objects keyed by column id, e.g.
 * `register: [{ holder: "A", shares: 80, held: 0 }]`, `prices: [{ date: "2013-10-31", close: 1 }]`.
 */
export type {
  CellSpec,
  InputKind,
  InputValue,
  KeyResult,
  Language,
  Plan,
  PlanBlock,
  PlanCell,
  PlanChart,
  PlanFormat,
  PlanName,
  PlanStyle,
  PlanTable,
  Section,
  TableRows,
  Template,
  TemplateInput,
  TemplateInputs,
  TemplateRow,
  Text,
} from "./types";
export { builtInTemplates, absorptionMerger, absorptionMerger2013 } from "./absorption";
export { parseTemplate, TemplateError } from "./schema";
export { initialInputs, validateInputs } from "./inputs";
export { keyResults } from "./key-results";
export { layout } from "./layout";
export { cellAddress, columnLetters, parseArea, parseCell } from "./a1";
