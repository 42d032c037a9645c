/**
 * A user's template file is refused by parseTemplate, which is pure, before anything could be
 * written, when it is malformed, too large or hostile; and refusing it never changes the program
 * (no prototype pollution). Each built-in template is the starting point of the hostile edits.
 */
import { builtInTemplates, parseTemplate } from "../../src/templates";
import { refusal } from "../templates/refusal";

type Json = Record<string, unknown>;
const copy = (value: unknown): Json => JSON.parse(JSON.stringify(value));

/** The first object in the template holding `key`, found depth first. */
function findHolder(value: unknown, key: string): Json {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.shift();
    if (typeof item !== "object" || item === null) continue;
    if (!Array.isArray(item) && key in item) return item as Json;
    stack.push(...Object.values(item));
  }
  throw new Error(`no "${key}" in the template`);
}

test.each([
  ["null", null],
  ["a number", 42],
  ["a string", "merger-template"],
  ["an array", []],
  ["an empty object", {}],
  [
    "a cycle",
    (() => {
      const o: Json = {};
      o.self = o;
      return o;
    })(),
  ],
])("a malformed file (%s) is refused", (_, json) => {
  expect(refusal(json)).not.toBe("");
});

describe.each(builtInTemplates.map((template) => [template.id, template] as const))(
  "starting from %s",
  (_, template) => {
    test("the template itself is accepted", () => {
      expect(parseTemplate(copy(template)).id).toBe(template.id);
    });

    const hostile: [string, (t: Json) => void, string][] = [
      [
        "a label that is a formula",
        (t) => (findHolder(t, "label").label = { en: '=HYPERLINK("http://evil.test","click")', ja: "x" }),
        "label",
      ],
      ["a label starting with @", (t) => (findHolder(t, "label").label = { en: "@SUM(A:A)", ja: "x" }), "label"],
      ["a title that is a formula", (t) => (t.title = { en: "=1+1", ja: "=1+1" }), "title"],
      ["a table of a million rows", (t) => (findHolder(t, "minRows").minRows = 1_048_576), "minRows"],
      [
        "more sections than allowed",
        (t) => (t.sections = Array.from({ length: 51 }, () => (t.sections as unknown[])[0])),
        "sections",
      ],
      ["a formula over a whole sheet", (t) => (findHolder(t, "formula").formula = "=SUM(A1:XFD1048576)"), "formula"],
      [
        "a formula calling out (WEBSERVICE)",
        (t) => (findHolder(t, "formula").formula = '=WEBSERVICE("http://evil.test")'),
        "formula",
      ],
      [
        "a __proto__ key at the top",
        (t) => Object.defineProperty(t, "__proto__", { value: { polluted: true }, enumerable: true }),
        "__proto__",
      ],
      [
        "a __proto__ key in a label",
        (t) =>
          Object.defineProperty(findHolder(t, "label").label, "__proto__", {
            value: { polluted: true },
            enumerable: true,
          }),
        "__proto__",
      ],
      [
        "a constructor key in an input",
        (t) =>
          Object.defineProperty((t.inputs as Json[])[0]!, "constructor", {
            value: { prototype: { polluted: true } },
            enumerable: true,
          }),
        "constructor",
      ],
      ["an unknown format", (t) => (t.format = "excel-macro"), "format"],
      ["a sheet name Excel refuses", (t) => (t.sheetName = { en: "History", ja: "a/b" }), "sheetName"],
    ];

    test.each(hostile)("%s is refused, naming where", (_, edit, where) => {
      const json = copy(template);
      edit(json);
      // As JSON.parse would hand over a user's file: __proto__ an own key, not a prototype.
      const fromFile = JSON.parse(JSON.stringify(json));
      expect(refusal(fromFile)).toContain(where);
      expect(({} as Json).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    });
  },
);
