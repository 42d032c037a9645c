/**
 * The user's inputs: merged with the template's example values and defaults, checked by kind,
 * and turned into the values the layout writes. Messages are in the form's language.
 */
import { parseDateText, type DayNumber } from "../core/calendar/dayNumber";
import { compare, fromNumber, rational, toNumber, ZERO, type Rational } from "../core/exact/rational";
import { numberTextForm, parseNumberText } from "../core/exact/numberText";
import type {
  InputKind,
  InputValue,
  Language,
  TableColumnInput,
  TableRows,
  Template,
  TemplateInput,
  TemplateInputs,
} from "./types";

/** A checked input value, ready to write. */
export type Resolved =
  | { kind: "blank" }
  | { kind: "text"; text: string }
  | { kind: "number"; number: number }
  /** A ratio or proportion typed as a fraction ("2/3"): written as text, read exactly by MERGER.* */
  | { kind: "exact"; text: string; value: Rational }
  | { kind: "date"; day: DayNumber }
  | { kind: "boolean"; value: boolean }
  | { kind: "rows"; rows: Resolved[][] };

type Problems = Record<string, string>;

const MESSAGES = {
  required: { en: "Required.", ja: "入力してください。" },
  text: { en: "Enter text.", ja: "文字を入力してください。" },
  tooLong: { en: "At most 500 characters.", ja: "500文字以内で入力してください。" },
  shares: { en: "Enter a whole number of shares, 0 or more.", ja: "0以上の整数（株数）を入力してください。" },
  unit: { en: "Enter a share unit from 1 to 1,000.", ja: "1〜1,000の単元株式数を入力してください。" },
  ratio: {
    en: "Enter a number above 0, e.g. 26, 0.2019 or 2/3.",
    ja: "0より大きい数を入力してください（例: 26、0.2019、2/3）。",
  },
  fraction: {
    en: "Enter a proportion from 0 to 1, e.g. 0.9 or 9/10.",
    ja: "0〜1の割合を入力してください（例: 0.9、9/10）。",
  },
  number: { en: "Enter a number.", ja: "数値を入力してください。" },
  date: { en: "Enter a date as YYYY-MM-DD.", ja: "日付をYYYY-MM-DDの形式で入力してください。" },
  boolean: { en: "Choose yes or no.", ja: "はい・いいえを選んでください。" },
  choice: { en: "Choose one of the options.", ja: "選択肢から選んでください。" },
  rows: { en: "Expected a list of rows.", ja: "行の一覧が必要です。" },
  belowMin: { en: "At least {0}.", ja: "{0}以上にしてください。" },
  aboveMax: { en: "At most {0}.", ja: "{0}以下にしてください。" },
  unsafe: { en: "Too large to hold exactly in Excel.", ja: "Excelで正確に保持できない大きさです。" },
} satisfies Record<string, Record<Language, string>>;

type MessageKey = keyof typeof MESSAGES;
const say = (key: MessageKey, language: Language, arg?: number) =>
  MESSAGES[key][language].replace("{0}", arg === undefined ? "" : arg.toLocaleString("en-US"));

class Refusal {
  constructor(readonly message: string) {}
}

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/**
 * "46,697,800", "４，０００", "▲500", 4000 → the exact number; undefined when not a number. Text is
 * read by the core's one grammar (the functions' and the CSV import's): "1,23" and "40 00" are
 * typos, not 123 and 4000. A fraction "2/3" only where `fractions` allows.
 */
function exact(value: unknown, fractions = false): Rational | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? fromNumber(value) : undefined;
  return typeof value === "string" ? parseNumberText(value, fractions) : undefined;
}

function checkBounds(value: Rational, input: { min?: number; max?: number }, language: Language): void {
  if (input.min !== undefined && compare(value, fromNumber(input.min)) < 0)
    throw new Refusal(say("belowMin", language, input.min));
  if (input.max !== undefined && compare(value, fromNumber(input.max)) > 0)
    throw new Refusal(say("aboveMax", language, input.max));
}

/** The number the cell gets: the exact value rounded once to the nearest double (the core's toNumber). */
function asNumber(value: Rational, language: Language): number {
  const n = toNumber(value);
  if (value.den === 1n && !Number.isSafeInteger(n)) throw new Refusal(say("unsafe", language));
  if (!Number.isFinite(n)) throw new Refusal(say("unsafe", language));
  return n;
}

function scalar(
  kind: Exclude<InputKind, "table">,
  raw: unknown,
  input: Partial<TemplateInput>,
  language: Language,
): Resolved {
  switch (kind) {
    case "text":
    case "choice": {
      if (typeof raw !== "string") throw new Refusal(say(kind === "choice" ? "choice" : "text", language));
      const text = raw.trim();
      if (text.length > 500) throw new Refusal(say("tooLong", language));
      if (kind === "choice" && !input.options?.some((o) => o.value === text))
        throw new Refusal(say("choice", language));
      return { kind: "text", text };
    }
    case "shares":
    case "unit": {
      const value = exact(raw);
      if (!value || value.den !== 1n || value.num < (kind === "unit" ? 1n : 0n)) throw new Refusal(say(kind, language));
      if (kind === "unit" && value.num > 1000n) throw new Refusal(say("unit", language));
      checkBounds(value, input, language);
      return { kind: "number", number: asNumber(value, language) };
    }
    case "ratio":
    case "fraction": {
      const value = exact(raw, true);
      const exactText = typeof raw === "string" ? numberTextForm(raw) : undefined;
      const bad =
        !value ||
        (kind === "ratio" ? compare(value, ZERO) <= 0 : compare(value, ZERO) < 0 || compare(value, rational(1n)) > 0);
      if (bad) throw new Refusal(say(kind, language));
      checkBounds(value, input, language);
      // A fraction such as 2/3 has no exact decimal: keep the text, which MERGER.* reads exactly.
      if (exactText?.includes("/")) return { kind: "exact", text: exactText, value };
      return { kind: "number", number: asNumber(value, language) };
    }
    case "yen":
    case "price": {
      const value = exact(raw);
      if (!value) throw new Refusal(say("number", language));
      checkBounds(value, input, language);
      return { kind: "number", number: asNumber(value, language) };
    }
    case "date": {
      const day = typeof raw === "string" ? parseDateText(raw) : undefined;
      if (day === undefined) throw new Refusal(say("date", language));
      return { kind: "date", day };
    }
    case "boolean":
      if (typeof raw !== "boolean") throw new Refusal(say("boolean", language));
      return { kind: "boolean", value: raw };
  }
}

const MAX_TABLE_PROBLEMS = 100;

function tableRows(
  raw: unknown,
  columns: TableColumnInput[],
  id: string,
  language: Language,
  problems: Problems,
): Resolved {
  if (!Array.isArray(raw)) throw new Refusal(say("rows", language));
  const rows: Resolved[][] = [];
  let reported = 0;
  (raw as TableRows).forEach((row, r) => {
    const cells = columns.map((c) => (typeof row === "object" && row !== null ? row[c.id] : undefined));
    if (cells.every(isBlank)) return; // a blank line in a pasted list
    rows.push(
      columns.map((column, c) => {
        try {
          if (isBlank(cells[c])) {
            if (column.required) throw new Refusal(say("required", language));
            return { kind: "blank" } as const;
          }
          return scalar(column.kind, cells[c], {}, language);
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          if (reported++ < MAX_TABLE_PROBLEMS) problems[`${id}[${r}].${column.id}`] = error.message;
          return { kind: "blank" } as const;
        }
      }),
    );
  });
  return { kind: "rows", rows };
}

/** The example values and defaults of a template: what the form starts with. */
export function initialInputs(template: Template): TemplateInputs {
  const inputs: TemplateInputs = {};
  for (const input of template.inputs) {
    const value = template.values?.[input.id] ?? input.default;
    inputs[input.id] = value ?? (input.kind === "table" ? [] : null);
  }
  return inputs;
}

function given(template: Template, inputs: TemplateInputs, input: TemplateInput): InputValue | undefined {
  const own = inputs[input.id];
  if (own !== undefined) return own;
  return template.values?.[input.id] ?? input.default;
}

/** Every input resolved, with the problems found (keyed by input id, or `id[row].column`). */
export function resolveInputs(
  template: Template,
  inputs: TemplateInputs,
  language: Language,
): { values: Map<string, Resolved>; problems: Problems } {
  const values = new Map<string, Resolved>();
  const problems: Problems = {};
  for (const input of template.inputs) {
    const raw = given(template, inputs, input);
    try {
      if (input.kind === "table")
        values.set(input.id, tableRows(raw ?? [], input.columns ?? [], input.id, language, problems));
      else if (isBlank(raw)) {
        if (input.required) throw new Refusal(say("required", language));
        values.set(input.id, { kind: "blank" });
      } else values.set(input.id, scalar(input.kind, raw, input, language));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      problems[input.id] = error.message;
      values.set(input.id, { kind: "blank" });
    }
  }
  return { values, problems };
}

/** One message per bad input, keyed by input id (`id[row].column` in tables); `{}` when all is well. */
export function validateInputs(template: Template, inputs: TemplateInputs, language: Language): Problems {
  return resolveInputs(template, inputs, language).problems;
}
