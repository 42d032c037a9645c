/**
 * The form's state and the template inputs it stands for. Fields hold what the user typed (so
 * "0.2" is not rewritten to 0.2 mid-typing); `templateInputs` hands them to src/templates,
 * whose `validateInputs` says what is wrong. Nothing here computes a domain figure.
 */
import type { TableRows, Template, TemplateInput, TemplateInputs } from "../templates";

export type FormValue = string | boolean | TableRows;
export type FormValues = Readonly<Record<string, FormValue>>;

// Amounts as a reader writes them, "37,607,000,000": the templates read the commas back.
const AMOUNT_KINDS = new Set(["shares", "unit", "yen", "price"]);
const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 });

function fieldOf(input: TemplateInput, value: TemplateInputs[string]): FormValue {
  if (input.kind === "table") return Array.isArray(value) ? value : [];
  if (input.kind === "boolean") return value === true;
  if (typeof value === "number" && AMOUNT_KINDS.has(input.kind)) return grouped.format(value);
  return value === null || value === undefined || Array.isArray(value) ? "" : String(value);
}

/** The form as it starts: the template's example values and defaults. */
export function formValues(template: Template, inputs: TemplateInputs): FormValues {
  return Object.fromEntries(template.inputs.map((input) => [input.id, fieldOf(input, inputs[input.id])]));
}

function inputOf(input: TemplateInput, field: FormValue | undefined): TemplateInputs[string] {
  if (input.kind === "table") return Array.isArray(field) ? field : [];
  if (input.kind === "boolean") return field === true;
  const text = typeof field === "string" ? field.trim() : "";
  // Blank is null, not undefined: a field the user cleared stays blank instead of falling back
  // to the template's example value. Numbers stay text ("46,697,800", "2/3"): src/templates
  // reads them exactly and names what is wrong.
  return text === "" ? null : text;
}

export function templateInputs(template: Template, form: FormValues): TemplateInputs {
  return Object.fromEntries(template.inputs.map((input) => [input.id, inputOf(input, form[input.id])]));
}
