/**
 * The template format, defined once: the structure of a template file (which properties, of which
 * types, how long), from which the TypeScript types are inferred and the published
 * template.schema.json is generated (scripts/template-schema.js). What needs the whole template
 * to judge (names, formulas, spill order, allowed functions, characters) is in ./checks.
 */
import { z } from "zod";
import { CELL_STYLES, CHART_TYPES } from "../plan/plan";

// zod compiles fast object parsers with new Function; the pane's Content-Security-Policy forbids
// eval (and reports even zod's probe for it), so parsers are interpreted. Set before any schema.
z.config({ jitless: true });

/** Limits that keep a hostile file from making a huge or slow sheet. */
export const LIMITS = {
  /** A template file's size in bytes, measured before it is parsed. */
  fileBytes: 1_000_000,
  inputs: 200,
  sections: 50,
  rowsPerSection: 200,
  valueColumns: 4,
  tableColumns: 30,
  tableMinRows: 5_000,
  options: 50,
  keyResults: 12,
  textChars: 1_000,
  formulaChars: 2_000,
  nameChars: 255,
} as const;

export const INPUT_KINDS = [
  "text", // user text (company names): always written as text, never as a formula
  "shares", // a whole number of shares, 0 or more
  "ratio", // a number > 0, or text holding an exact decimal or fraction ("0.2019", "2/3")
  "yen", // an amount in yen, may be negative (a net loss)
  "price", // a price per share in yen, may be negative for per-share losses
  "fraction", // a proportion between 0 and 1, a number or text such as "9/10"
  "unit", // a share unit (単元株), 1 to 1,000
  "date", // a calendar day, ISO "YYYY-MM-DD"; written as an Excel date serial
  "boolean", // yes / no
  "choice", // one of `options`
  "table", // rows of `columns` (a price history, a shareholder register)
] as const;

const COLUMN_KINDS = ["text", "shares", "ratio", "yen", "price", "fraction", "unit", "date"] as const;

/**
 * The number formats a template may give a cell. A format can hide a value (";;;") or show a
 * constant instead of it ("0;0;0;\"OK\""), so only these plain ones are accepted.
 */
export const NUMBER_FORMATS = [
  "0",
  "General",
  "0.00",
  "#,##0",
  "#,##0.00",
  "#,##0.0000",
  "0%",
  "0.0%",
  "0.00%",
  "0.######",
  "yyyy-mm-dd",
  "yyyy/mm/dd",
] as const;

/** Ids of inputs, columns, sections and messages: become object keys and `[@id]` references. */
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

const id = (what: string) =>
  z
    .string({ error: (issue) => `expected a ${what}, found ${describeValue(issue.input)}` })
    .regex(ID_PATTERN, { error: (issue) => `"${String(issue.input)}" is not a valid ${what}` })
    // Ids become keys of the inputs object: "toString" would read JavaScript's own property.
    .refine((value) => !(value in Object.prototype), {
      error: (issue) => `"${String(issue.input)}" is reserved; choose another ${what}`,
    });

const plainText = (max: number = LIMITS.textChars) => z.string().max(max);

/** A label in both languages the add-in speaks. */
const text = z.strictObject({ en: plainText(), ja: plainText() }).meta({ id: "Text" });
const name = z.string().max(LIMITS.nameChars);
const numberFormat = z.enum(NUMBER_FORMATS);
const style = z.enum(CELL_STYLES);
const formula = z.string().max(LIMITS.formulaChars);

const tableRowValue = z.union([z.string(), z.number(), z.null()]);
const tableRows = z.array(z.record(z.string(), tableRowValue));
const inputValue = z.union([z.string(), z.number(), z.boolean(), z.null(), tableRows]);

const tableColumnInput = z.strictObject({
  id: id("column id"),
  kind: z.enum(COLUMN_KINDS),
  label: text,
  required: z.boolean().optional(),
});

const templateInput = z.strictObject({
  /** Key in TemplateInputs, and in `{ input: id }` cells. */
  id: id("input id"),
  kind: z.enum(INPUT_KINDS),
  label: text,
  help: text.optional(),
  /** The sheet-scoped workbook name of the input's cell, used by formulas (e.g. "Ratio"). */
  name: name.optional(),
  required: z.boolean().optional(),
  /** Bounds for number kinds (inclusive). */
  min: z.number().optional(),
  max: z.number().optional(),
  /** For "choice": the allowed values and their labels. */
  options: z
    .array(z.strictObject({ value: plainText(100), label: text }))
    .min(1)
    .max(LIMITS.options)
    .optional(),
  /** For "table": its columns. */
  columns: z.array(tableColumnInput).min(1).max(LIMITS.tableColumns).optional(),
  /** Used when the user leaves the input blank. */
  default: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  /** Shown beside the input cell on the sheet (a source, a "verify" choice). */
  note: text.optional(),
});

/** One cell a template row writes. */
const cellSpec = z.union([
  /** The value of an input (its cell gets the input's name). */
  z.strictObject({ input: z.string(), format: numberFormat.optional() }),
  /** A formula in English with comma separators; `{{key}}` is the template's message `key`, quoted. */
  z.strictObject({ formula, name: name.optional(), format: numberFormat.optional(), style: style.optional() }),
  /**
   * A cell the array of the formula above spills into: nothing is written, it is formatted and
   * may be named, so one call feeds several rows.
   */
  z.strictObject({
    spilled: z.literal(true),
    name: name.optional(),
    format: numberFormat.optional(),
    style: style.optional(),
  }),
  /** Fixed text in the sheet's language. */
  z.strictObject({ text, style: style.optional() }),
  /** Nothing. */
  z.strictObject({ empty: z.literal(true) }),
]);

const templateRow = z
  .strictObject({
    label: text,
    /** One cell per value column of the section. */
    cells: z.array(cellSpec).max(LIMITS.valueColumns),
    note: text.optional(),
  })
  .meta({ id: "Row" });

const tableColumnSpec = z.strictObject({
  /** Key of the column inside the template: other columns' formulas say `[@id]`. */
  id: id("column id"),
  header: text,
  /** The row field of the table input this column shows, or … */
  field: z.string().optional(),
  /** … a formula per row: `[@id]` is this row's cell of the column with that id, or … */
  formula: formula.optional(),
  /**
   * … one formula in the first row whose array result spills down the column (an exact
   * per-holder split). Excel refuses a spill inside a table, so these columns come last and sit
   * just outside it. `[#id]` is the whole data range of a column.
   */
  spill: formula.optional(),
  /** Names the column's data range, sheet-scoped (e.g. "PriceCloses"). */
  name: name.optional(),
  format: numberFormat.optional(),
  width: z.number().gt(0).max(500).optional(),
});

const rowsSection = z.strictObject({
  kind: z.literal("rows"),
  id: id("section id"),
  title: text,
  note: text.optional(),
  /** Headers of the value columns (one column when omitted). */
  columns: z.array(text).min(1).max(LIMITS.valueColumns).optional(),
  rows: z.array(templateRow).min(1).max(LIMITS.rowsPerSection),
});

const tableSection = z.strictObject({
  kind: z.literal("table"),
  id: id("section id"),
  title: text,
  note: text.optional(),
  /** The table input (kind "table") whose rows fill it. */
  input: z.string(),
  /** Base name of the Excel table; the writer makes it unique in the workbook. */
  tableName: name,
  /** Blank rows kept for pasting when the input has fewer rows. */
  minRows: z.int().min(0).max(LIMITS.tableMinRows),
  /** Leave the whole section out when the input has no rows. */
  optional: z.boolean().optional(),
  columns: z.array(tableColumnSpec).min(1).max(LIMITS.tableColumns),
  /**
   * Names for the data of adjacent columns taken together, sheet-scoped: a two- or four-column
   * argument such as a function's `adjustments` (ex-date and factor).
   */
  blocks: z
    .array(z.strictObject({ name, from: z.string(), to: z.string() }))
    .max(LIMITS.tableColumns)
    .optional(),
  /** Rows under the table (totals, the pool), laid out like a "rows" section; `[#id]` allowed. */
  summary: z.array(templateRow).max(LIMITS.rowsPerSection).optional(),
});

/**
 * How a chart draws its series. "floatingBar" and "floatingColumn" are stacked bars (horizontal)
 * or columns (vertical) whose first series is not filled: the second series floats from the
 * first's value (a range from low to high, a task from its start), as in a Gantt chart.
 */

const chartSection = z.strictObject({
  kind: z.literal("chart"),
  id: id("section id"),
  title: text,
  /** "line" when omitted. */
  type: z.enum(CHART_TYPES).optional(),
  /** The table section it plots, and the ids of its x and y columns (adjacent, x first), or … */
  table: z.string().optional(),
  x: z.string().optional(),
  y: z.string().optional(),
  /** The last series column when it draws several (y through this one, adjacent): a Gantt's start and length. */
  to: z.string().optional(),
  /**
   * … a "rows" section above: its labels are the categories, its value columns the series (the
   * column headers name them). The chart sits below the section it follows.
   */
  rows: z.string().optional(),
  /** Series (from 0, in column order) drawn as lines over the others: a combination chart. */
  lines: z
    .array(
      z
        .int()
        .min(0)
        .max(LIMITS.valueColumns - 1),
    )
    .max(LIMITS.valueColumns)
    .optional(),
});

const section = z.discriminatedUnion("kind", [rowsSection, tableSection, chartSection]).meta({ id: "Section" });

/**
 * What a built-in section's parameter takes: text or a number, put in wherever the section says
 * `${name}`; where a whole string is `${name}`, also true/false or a label in both languages.
 */
export const parameterValue = z.union([plainText(), z.number(), z.boolean(), text]);

/**
 * A built-in section (src/templates/sections): one or more sections as a template has them, and
 * the inputs they show, in which any string may say `${name}` for one of its parameters. Checked
 * whole once its parameters are put in, as part of the template that uses it.
 */
export const sectionDefinitionSchema = z.strictObject({
  section: id("section name"),
  parameters: z.record(id("parameter name"), z.strictObject({ description: z.string() })),
  /** The messages its formulas use as `{{key}}`, merged into the template's; `"${name}"` for a parameter's label. */
  messages: z.record(id("message key"), z.union([text, z.string()])).optional(),
  body: z.array(z.record(z.string(), z.unknown())).min(1).max(LIMITS.sections),
  /** Inputs its body shows, added to a template that uses it unless the template declares the id itself. */
  inputs: z.array(z.record(z.string(), z.unknown())).max(LIMITS.inputs).optional(),
});
export type SectionDefinition = z.infer<typeof sectionDefinitionSchema>;

/** A figure the task pane shows after a build: the value of one of the template's named cells. */
const keyResult = z.strictObject({
  name,
  label: text,
  /** A check: the pane shows it as a warning whenever the cell shows anything but this message. */
  warnUnless: id("message key").optional(),
});

const templateProperties = {
  /** Where an editor finds this schema, to check the file as it is written. */
  $schema: z.string().max(LIMITS.textChars).optional(),
  format: z.literal("merger-template"),
  version: z.literal(1),
  id: z.string().regex(TEMPLATE_ID_PATTERN, {
    error: (issue) => `"${String(issue.input)}" is not a valid template id (lower-case letters, digits and -)`,
  }),
  title: text,
  description: text,
  sheetName: text,
  inputs: z.array(templateInput).max(LIMITS.inputs),
  /** Prefilled values (an example), merged under the user's. */
  values: z.record(z.string(), inputValue).optional(),
  /** Texts used inside formulas as `{{key}}`. */
  messages: z.record(id("message key"), text).optional(),
  sections: z.array(section).min(1).max(LIMITS.sections),
  /** Named cells whose values the task pane shows once the sheet is built. */
  keyResults: z.array(keyResult).max(LIMITS.keyResults).optional(),
};

const templateMeta = {
  title: "Merger worksheet template",
  description:
    "A worksheet template for the merger add-in. Formulas are in English with comma separators and refer to cells by the template's names only.",
};

/** A template as the layout reads it: its built-in sections already put in (./expand). */
export const templateSchema = z.strictObject(templateProperties).meta(templateMeta);

/**
 * A template file as written: beside its own sections, `{ "use": name, "with": { parameter: value } }`
 * puts in a built-in section by name. The published template.schema.json is this one, with an
 * entry per built-in section saying which parameters it needs.
 */
export function templateFileSchema(definitions: readonly SectionDefinition[]) {
  const uses = definitions.map((definition) => {
    const parameters = Object.entries(definition.parameters);
    const given = z.strictObject(
      Object.fromEntries(parameters.map(([key, { description }]) => [key, parameterValue.describe(description)])),
    );
    return z.strictObject({
      use: z.literal(definition.section),
      ...(parameters.length ? { with: given } : { with: given.optional() }),
    });
  });
  const use = z.discriminatedUnion("use", uses as [(typeof uses)[number], ...typeof uses]).meta({ id: "SectionUse" });
  return z
    .strictObject({
      ...templateProperties,
      sections: z
        .array(z.union([section, use]))
        .min(1)
        .max(LIMITS.sections),
    })
    .meta(templateMeta);
}

/** What a value is, for messages: `"text"`, 42, an object, an array. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return JSON.stringify(value);
}
