/**
 * The shapes of a worksheet template (inferred from its schema, ./schema) and the user's inputs;
 * the plan the layout produces is src/plan's, re-exported here for the templates' callers.
 */
import type { z } from "zod";
import type { INPUT_KINDS, templateSchema } from "./schema";

export type {
  CellStyle,
  ChartType,
  Language,
  Plan,
  PlanBlock,
  PlanCell,
  PlanChart,
  PlanFormat,
  PlanName,
  PlanStyle,
  PlanTable,
} from "../plan/plan";

export type Template = z.infer<typeof templateSchema>;
/** A label in both languages the add-in speaks. */
export type Text = Template["title"];
/** What an input holds; decides its validation, its number format and how it is written. */
export type InputKind = (typeof INPUT_KINDS)[number];
export type TemplateInput = Template["inputs"][number];
export type TableColumnInput = NonNullable<TemplateInput["columns"]>[number];
export type Section = Template["sections"][number];
export type TemplateRow = Extract<Section, { kind: "rows" }>["rows"][number];
export type CellSpec = TemplateRow["cells"][number];
export type TableColumnSpec = Extract<Section, { kind: "table" }>["columns"][number];
export type KeyResultSpec = NonNullable<Template["keyResults"]>[number];

export type TableRowValue = string | number | null;
export type TableRows = Record<string, TableRowValue>[];
export type InputValue = string | number | boolean | null | TableRows;
/** The user's values, by input id. Dates are ISO text; table inputs are arrays of row objects. */
export type TemplateInputs = Record<string, InputValue | undefined>;
