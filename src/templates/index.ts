/**
 * Worksheet templates: pure data and pure functions, no Office.js (the writer is src/workbook).
 *
 * API (for the task pane):
 * - `builtInTemplates: Template[]`: the absorption-type merger (吸収合併), blank, and the same
 *   filled with the 2013 IIJ / IIJ Exlayer example, and the ratio analysis alone; JSON files under
 *   ./builtin, each a list of the built-in sections of ./sections it uses by name.
 * - `parseTemplate(json: unknown): Template`: puts in the built-in sections the template uses by
 *   name (./expand), then checks it (the schema in ./schema, then the checks in ./checks);
 *   throws a `TemplateError` whose message starts with the offending path
 *   (`sections[2].rows[0].cells[0].formula: …`). Nothing is written for a refused template.
 *   `checkTemplateFileSize(bytes)` refuses a file over 1,000,000 bytes before it is parsed.
 * - `initialInputs(template): TemplateInputs`: the template's example values and defaults, to
 *   fill the form.
 * - `validateInputs(template, inputs, language) → Record<string, string>`: one message per bad
 *   input, keyed by input id; for table inputs by `id[row].column` (row from 0), e.g.
 *   `register[2].shares`. Empty object = all good.
 * - `keyResultCells(template, plan) → { name, label, address }[]`: the named cells the template
 *   declares as key results, and where the plan puts them, to read once the sheet is built.
 * - `layout(template, inputs, { language }) → Plan`: what to write (blocks of cells, formats,
 *   names scoped to the new sheet, tables, a chart, freeze panes). Throws a TemplateError when
 *   the inputs are invalid (call validateInputs first), or a table input has more rows than fit
 *   above Excel's last row (the message names it and the count).
 * - `tableRowsThatFit(template, inputs, inputId, language) → number`: how many rows that table
 *   input can have, the other inputs as given: the count layout refuses past, and the CSV import too.
 * The plan and its addresses are the plan layer's (src/plan: `Plan`, `Language`, A1 addresses),
 * imported from there, not through this barrel.
 * Inputs: dates are ISO text "2014-01-01"; numbers are numbers (a ratio may be text "2/3");
 * table inputs are arrays of row objects keyed by column id, e.g.
 * `register: [{ holder: "A", shares: 80, held: 0 }]`, `prices: [{ date: "2013-10-31", close: 1 }]`.
 */
export type {
  CellSpec,
  InputKind,
  InputValue,
  Section,
  TableRows,
  Template,
  TemplateInput,
  TemplateInputs,
  TemplateRow,
  Text,
} from "./types";
export {
  builtInTemplates,
  absorptionMerger,
  absorptionMerger2013,
  ratioAnalysis,
  jointShareTransfer,
  jointShareTransferExample,
  shareConsolidation,
  shareConsolidation10To1,
  shareConsolidationExample,
  shareExchange,
  shareExchangeExample,
} from "./builtin";
export { checkTemplateFileSize, parseTemplate } from "./parse";
export { TemplateError } from "./errors";
export { LIMITS } from "./schema";
export { initialInputs, validateInputs } from "./inputs";
export { keyResultCells, type KeyResultCell } from "./key-results";
export { layout, tableRowsThatFit } from "./layout";
