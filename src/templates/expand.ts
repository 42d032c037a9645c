/**
 * Built-in sections by name: a template's `{ "use": "rights", "with": { "article": "749" } }` is
 * replaced by that section's body with `${article}` put in, and the inputs the section shows are
 * added after the template's own, before the schema sees the template, so the layout, the writer
 * and the preview know only sections.
 */
import { fail } from "./errors";
import { describeValue, parameterValue, type SectionDefinition } from "./schema";
import { builtInSections } from "./sections";

const PLACEHOLDER = /\$\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const WHOLE_PLACEHOLDER = /^\$\{([A-Za-z][A-Za-z0-9_]*)\}$/;

type Given = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A copy of a body part with its parameters put in. */
function substitute(value: unknown, given: Given, definition: SectionDefinition, at: string): unknown {
  if (typeof value === "string") {
    const whole = WHOLE_PLACEHOLDER.exec(value)?.[1];
    if (whole !== undefined && whole in given) return given[whole];
    return value.replace(PLACEHOLDER, (_, key: string) => {
      if (!(key in definition.parameters))
        fail(at, `the section "${definition.section}" says \${${key}}, which is not one of its parameters`);
      const put = given[key];
      if (typeof put !== "string" && typeof put !== "number")
        fail(`${at}.with.${key}`, `is put inside text, so it must be text or a number, not ${describeValue(put)}`);
      return String(put);
    });
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, given, definition, at));
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, given, definition, at)]));
  return value;
}

/** The parameters a use gives, checked against what its section declares. */
function givenParameters(use: Record<string, unknown>, definition: SectionDefinition, at: string): Given {
  for (const key of Object.keys(use)) if (key !== "use" && key !== "with") fail(`${at}.${key}`, "unknown property");
  const given = use.with ?? {};
  if (!isObject(given)) fail(`${at}.with`, `expected an object, found ${describeValue(given)}`);
  for (const [key, value] of Object.entries(given)) {
    if (!(key in definition.parameters))
      fail(`${at}.with.${key}`, `the section "${definition.section}" has no parameter "${key}"`);
    if (!parameterValue.safeParse(value).success)
      fail(
        `${at}.with.${key}`,
        `expected text, a number, true or false, or { "en", "ja" }, found ${describeValue(value)}`,
      );
  }
  for (const [key, { description }] of Object.entries(definition.parameters))
    if (!(key in given)) fail(`${at}.with`, `the section "${definition.section}" needs "${key}" (${description})`);
  return given;
}

export interface Expanded {
  template: unknown;
  /** For each section of the expanded template, where it came from in the file. */
  origins: string[];
  /** The same for each input. */
  inputOrigins: string[];
}

/**
 * Puts the built-in sections a template uses in place. Anything that is not a template with an
 * array of sections is returned as it is, for the schema to refuse in its own words.
 */
export function expandSections(
  json: unknown,
  library: ReadonlyMap<string, SectionDefinition> = builtInSections,
): Expanded {
  if (!isObject(json) || !Array.isArray(json.sections)) return { template: json, origins: [], inputOrigins: [] };
  const sections: unknown[] = [];
  const origins: string[] = [];
  const messages: Record<string, unknown> = isObject(json.messages) ? { ...json.messages } : {};
  const own: unknown[] = Array.isArray(json.inputs) ? json.inputs : [];
  const inputs = [...own];
  const inputOrigins = own.map((_, i) => `inputs[${i}]`);
  const declared = new Set(own.map((input) => (isObject(input) ? input.id : undefined)));
  json.sections.forEach((item: unknown, i) => {
    const at = `sections[${i}]`;
    if (!isObject(item) || !("use" in item)) {
      sections.push(item);
      origins.push(at);
      return;
    }
    const definition = typeof item.use === "string" ? library.get(item.use) : undefined;
    if (!definition)
      fail(
        `${at}.use`,
        `${describeValue(item.use)} is not a built-in section; they are ${[...library.keys()].map((name) => `"${name}"`).join(", ")}`,
      );
    const given = givenParameters(item, definition, at);
    // Two sections may bring the same format or phrase; a key meaning two things is refused.
    for (const [key, text] of Object.entries(definition.messages ?? {})) {
      const put = substitute(text, given, definition, at);
      if (key in messages && JSON.stringify(messages[key]) !== JSON.stringify(put))
        fail(
          at,
          `the section "${definition.section}" brings the message "${key}", which the template has with other words`,
        );
      messages[key] = put;
    }
    definition.body.forEach((part, k) => {
      sections.push(substitute(part, given, definition, at));
      origins.push(
        definition.body.length > 1
          ? `${at} ("${definition.section}", part ${k + 1})`
          : `${at} ("${definition.section}")`,
      );
    });
    // The template's own declaration of an input wins, as does the first section to bring it.
    definition.inputs?.forEach((input, k) => {
      const added = substitute(input, given, definition, at) as Record<string, unknown>;
      if (declared.has(added.id)) return;
      declared.add(added.id);
      inputs.push(added);
      inputOrigins.push(`${at} ("${definition.section}").inputs[${k}]`);
    });
  });
  const expanded = {
    ...json,
    ...(Object.keys(messages).length > 0 ? { messages } : {}),
    ...(inputs.length > own.length ? { inputs } : {}),
    sections,
  };
  return { template: expanded, origins, inputOrigins };
}
