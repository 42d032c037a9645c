/**
 * npm run sheet -- TEMPLATE [--inputs FILE.json] [--register FILE.csv] [--prices FILE.csv]
 *                 [--language en|ja] [--format tsv|json|xlsx] [--out FILE]
 *
 * Builds a template outside Excel, through the layout and the preview engine the task pane uses,
 * and prints what each cell shows (TSV or JSON), or writes the sheet as an .xlsx file with the
 * MERGER.* results as values. TEMPLATE is a built-in template's id or a template file (.json).
 * Exit 0 on success, 2 for a usage error or inputs the template refuses.
 */
import { readFileSync, writeFileSync } from "fs";
import { InputProblems, buildSheet } from "./build";
import { toJson, toTsv } from "./shown";
import { xlsxFile } from "./xlsx";
import { messages } from "../taskpane/i18n";
import { tableImportFor } from "../taskpane/import/tableImport";
import {
  builtInTemplates,
  checkTemplateFileSize,
  initialInputs,
  parseTemplate,
  type Template,
  type TemplateInputs,
} from "../templates";
import type { Language } from "../plan/plan";
import { valuesPlan } from "../workbook";

export const USAGE = `Usage: npm run sheet -- TEMPLATE [--inputs FILE.json] [--register FILE.csv] [--prices FILE.csv]
                       [--language en|ja] [--format tsv|json|xlsx] [--out FILE]

Builds TEMPLATE (a built-in template's id, or a template file ending in .json) as the task pane's
preview does, and prints what each cell shows: TSV (sheet, row, then the cells from column A) or
JSON. --format xlsx writes an Excel file (to --out, required) with the MERGER.* results as values.
--inputs: a JSON object of input values by input id, over the template's own.
--register, --prices: a CSV file for the template's register or price table (as the pane imports
it); --prices ID=FILE names the table when the template has more than one.
Built-in templates: ${builtInTemplates.map((t) => t.id).join(", ")}.`;

export class UsageError extends Error {
  override name = "UsageError";
}

interface Options {
  template: string;
  inputs?: string;
  tables: { kind: "register" | "prices"; id?: string; file: string }[];
  language: Language;
  format: "tsv" | "json" | "xlsx";
  out?: string;
}

function parseArguments(argv: readonly string[]): Options {
  const options: Partial<Options> & { tables: Options["tables"] } = { tables: [] };
  const value = (i: number, flag: string) => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith("--")) throw new UsageError(`${flag} needs a value.`);
    return next;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--inputs") options.inputs = value(i++, arg);
    else if (arg === "--register" || arg === "--prices") {
      const given = value(i++, arg);
      const named = /^([A-Za-z][A-Za-z0-9_]*)=(.+)$/.exec(given);
      options.tables.push({
        kind: arg === "--register" ? "register" : "prices",
        ...(named ? { id: named[1]!, file: named[2]! } : { file: given }),
      });
    } else if (arg === "--language") {
      const language = value(i++, arg);
      if (language !== "en" && language !== "ja") throw new UsageError(`--language is en or ja, not "${language}".`);
      options.language = language;
    } else if (arg === "--format") {
      const format = value(i++, arg);
      if (format !== "tsv" && format !== "json" && format !== "xlsx")
        throw new UsageError(`--format is tsv, json or xlsx, not "${format}".`);
      options.format = format;
    } else if (arg === "--out") options.out = value(i++, arg);
    else if (arg.startsWith("--")) throw new UsageError(`Unknown option ${arg}.`);
    else if (options.template !== undefined) throw new UsageError(`One template only ("${arg}" is a second).`);
    else options.template = arg;
  }
  if (options.template === undefined) throw new UsageError("Name the template to build.");
  const format = options.format ?? "tsv";
  if (format === "xlsx" && options.out === undefined) throw new UsageError("--format xlsx needs --out FILE.xlsx.");
  return { ...options, template: options.template, language: options.language ?? "en", format };
}

function readTemplate(name: string): Template {
  const builtIn = builtInTemplates.find((t) => t.id === name);
  if (builtIn) return builtIn;
  if (!name.endsWith(".json"))
    throw new UsageError(`No built-in template "${name}" (${builtInTemplates.map((t) => t.id).join(", ")}).`);
  const bytes = readFileSync(name);
  checkTemplateFileSize(bytes.length);
  return parseTemplate(JSON.parse(bytes.toString("utf8")));
}

/** The template's own values, then the --inputs file's, then each CSV table. */
function readInputs(template: Template, options: Options): TemplateInputs {
  const inputs: TemplateInputs = initialInputs(template);
  if (options.inputs !== undefined) {
    const given: unknown = JSON.parse(readFileSync(options.inputs, "utf8"));
    if (given === null || typeof given !== "object" || Array.isArray(given))
      throw new UsageError(`${options.inputs}: an object of input values by input id, e.g. {"ratio": 26}.`);
    const known = new Set(template.inputs.map((input) => input.id));
    for (const [id, input] of Object.entries(given as TemplateInputs)) {
      if (!known.has(id)) throw new UsageError(`${options.inputs}: the template has no input "${id}".`);
      inputs[id] = input;
    }
  }
  for (const table of options.tables) {
    const candidates = template.inputs.filter(
      (input) =>
        input.kind === "table" && tableImportFor(input)?.kind === table.kind && (table.id ?? input.id) === input.id,
    );
    if (candidates.length !== 1) {
      const which = table.id ? `no ${table.kind} table "${table.id}"` : `${candidates.length} ${table.kind} tables`;
      throw new UsageError(`--${table.kind}: the template has ${which}; name one with --${table.kind} ID=FILE.`);
    }
    const input = candidates[0]!;
    const result = tableImportFor(input)!.read(new Uint8Array(readFileSync(table.file)));
    // The pane's own words for what the import refused, line by line, in the sheet's language.
    const t = messages[options.language];
    const refused = result.ok
      ? result.refused
      : result.problem.kind === "incompleteRegister"
        ? result.problem.refused
        : [];
    const lines = refused.map(({ line, problem }) => `\n  ${t.line(line)}: ${t.rowProblem(problem)}`).join("");
    if (!result.ok) throw new UsageError(`${table.file}: ${t.fileProblem(result.problem)}${lines}`);
    if (refused.length > 0) throw new UsageError(`${table.file}: ${t.importRefusedTitle(refused.length)}${lines}`);
    inputs[input.id] = [...result.rows];
  }
  return inputs;
}

/** Today on this computer's calendar, ISO: the day a copy as values is stamped with. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Runs the command; what it prints is returned, the .xlsx written. */
export async function runSheet(argv: readonly string[], version: string): Promise<string> {
  const options = parseArguments(argv);
  const template = readTemplate(options.template);
  const inputs = readInputs(template, options);
  const { plan, grid } = await buildSheet(template, inputs, options.language);
  if (options.format === "xlsx") {
    writeFileSync(options.out!, await xlsxFile(valuesPlan(plan, grid.values, { date: today(), version })));
    return "";
  }
  const text =
    options.format === "json" ? toJson([grid], { template: template.id, language: options.language }) : toTsv([grid]);
  if (options.out === undefined) return text;
  writeFileSync(options.out, text);
  return "";
}

export { InputProblems };
