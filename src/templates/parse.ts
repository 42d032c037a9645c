/**
 * Reading a template, the built-ins and a user's file alike: the file's size in bytes, then the
 * shape of the JSON (no prototype keys, no absurd nesting), the schema, and the checks that need
 * the whole template. Every refusal is a TemplateError naming the path of the offending value:
 * `sections[2].rows[0].cells[0].formula: the name "Ratoi" is not defined …`.
 */
import type { z } from "zod";
import { checkTemplate } from "./checks";
import { fail, pathText, TemplateError } from "./errors";
import { expandSections } from "./expand";
import { describeValue, LIMITS, templateSchema } from "./schema";
import type { Template } from "./types";

/** Keys that reach an object's prototype in JavaScript: refused anywhere in a template file. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Nesting a template never needs; deeper is a hostile file (or a cycle). */
const MAX_DEPTH = 12;

/** Refuses prototype keys and absurd nesting anywhere in the file, before anything is read. */
function checkShape(value: unknown, path: string, depth: number): void {
  if (depth > MAX_DEPTH) fail(path, `is nested more than ${MAX_DEPTH} levels deep`);
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkShape(item, `${path}[${i}]`, depth + 1));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key))
      fail(at, `"${key}" is not allowed as a key (it would reach JavaScript's object prototype)`);
    checkShape(item, at, depth + 1);
  }
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
};

const quotedList = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

/** A schema issue in the words the rest of the checks use. */
function problemOf(issue: z.core.$ZodIssue): string {
  const found = describeValue(issue.input);
  switch (issue.code) {
    case "invalid_type":
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${found}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `expected ${quotedList(issue.values)}, found ${found}`
        : `${found} is not one of ${quotedList(issue.values)}`;
    case "unrecognized_keys":
      return "unknown property";
    case "too_big":
    case "too_small": {
      const bound = Number(issue.code === "too_big" ? issue.maximum : issue.minimum);
      const word = issue.code === "too_big" ? "most" : "least";
      if (issue.origin === "string")
        return `is ${String(issue.input).length} characters long; at ${word} ${bound} are allowed`;
      if (issue.origin === "array" && Array.isArray(issue.input))
        return `has ${issue.input.length} items; at ${word} ${bound} ${bound === 1 ? "is" : "are"} allowed`;
      return `${found} is ${issue.code === "too_big" ? "above" : "below"} the ${issue.code === "too_big" ? "maximum" : "minimum"} ${bound}`;
    }
    case "invalid_union":
      if (issue.discriminator) {
        const kind = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
        return `${describeValue(kind)} is not one of "rows", "table", "chart"`;
      }
      return 'a cell has exactly one of "input", "formula", "spilled", "text" or "empty"';
    default:
      return issue.message;
  }
}

/** The deepest issue of a union that failed on every branch: the branch that got furthest. */
function deepest(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return issue;
  let best: z.core.$ZodIssue = issue;
  let bestDepth = 0;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      // Unknown or missing keys at the union's own level say only that this is another branch.
      if (inner.path.length === 0 || (inner.path.length === 1 && inner.input === undefined)) continue;
      if (inner.path.length > bestDepth) {
        best = { ...inner, path: [...issue.path, ...inner.path] };
        bestDepth = inner.path.length;
      }
    }
  }
  return best === issue ? issue : deepest(best);
}

/**
 * Checks a template (a user's parsed JSON, or a built-in) before anything is written and returns
 * it typed; throws a TemplateError at the first problem.
 */
export function parseTemplate(json: unknown): Template {
  checkShape(json, "", 0);
  const { template, origins, inputOrigins } = expandSections(json);
  // A problem inside a built-in section is reported at the `use` that put it in.
  const inFile = (text: string) =>
    text
      .replace(/(?<![\w.])sections\[(\d+)\]/g, (at, i: string) => origins[Number(i)] ?? at)
      .replace(/(?<![\w.)])inputs\[(\d+)\]/g, (at, i: string) => inputOrigins[Number(i)] ?? at);
  try {
    const parsed = templateSchema.safeParse(template, { reportInput: true });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      if (!first) fail("", "the template does not match the schema");
      const issue = deepest(first);
      const path =
        issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : (issue.path as PropertyKey[]);
      throw new TemplateError(pathText(path), problemOf(issue));
    }
    checkTemplate(parsed.data);
    return parsed.data;
  } catch (error) {
    if (error instanceof TemplateError) throw new TemplateError(inFile(error.path), inFile(error.problem));
    throw error;
  }
}

/** A template file's size, refused before its bytes are decoded or parsed. */
export function checkTemplateFileSize(bytes: number): void {
  if (bytes > LIMITS.fileBytes)
    fail("", `the template file is ${bytes} bytes; at most ${LIMITS.fileBytes} are allowed`);
}
