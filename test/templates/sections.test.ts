/**
 * Built-in sections: each written once (no two sections alike across the built-in files), used by
 * name with its parameters put in, and refused with the path of the `use` when misused.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { expandSections } from "../../src/templates/expand";
import { builtInSections } from "../../src/templates/sections";
import { layout, parseTemplate } from "../../src/templates";
import type { SectionDefinition } from "../../src/templates/schema";
import { refusal } from "./refusal";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const templatesDir = join(__dirname, "../../src/templates/builtin");
const sectionsDir = join(__dirname, "../../src/templates/sections");
const readJson = (dir: string, file: string): Json => JSON.parse(readFileSync(join(dir, file), "utf8"));
const small = (): Json => readJson(join(__dirname, "golden"), "small-allotment.template.json");

/** A section with a parameter of each use: inside text, a whole label, a whole number. */
const rightsLike: SectionDefinition = {
  section: "notes",
  parameters: {
    article: { description: "the article cited" },
    heading: { description: "the title, in both languages" },
    rows: { description: "blank rows kept" },
  },
  body: [
    {
      kind: "rows",
      id: "notes",
      title: "${heading}",
      rows: [{ label: { en: "Under CA ${article}", ja: "会社法${article}条" }, cells: [{ input: "issued" }] }],
    },
    {
      kind: "table",
      id: "holders",
      title: { en: "H", ja: "株" },
      input: "register",
      tableName: "T",
      minRows: "${rows}",
    },
  ],
};
const library = new Map([["notes", rightsLike]]);

test("a use is replaced by its section's body with the parameters put in, each where the body says", () => {
  const template = {
    sections: [
      { kind: "rows", id: "own" },
      { use: "notes", with: { article: "749", heading: { en: "Notes", ja: "注記" }, rows: 3 } },
    ],
  };
  const { template: expanded, origins } = expandSections(template, library);
  expect(expanded).toEqual({
    sections: [
      { kind: "rows", id: "own" },
      {
        kind: "rows",
        id: "notes",
        title: { en: "Notes", ja: "注記" },
        rows: [{ label: { en: "Under CA 749", ja: "会社法749条" }, cells: [{ input: "issued" }] }],
      },
      { kind: "table", id: "holders", title: { en: "H", ja: "株" }, input: "register", tableName: "T", minRows: 3 },
    ],
  });
  expect(origins).toEqual(["sections[0]", 'sections[1] ("notes", part 1)', 'sections[1] ("notes", part 2)']);
  // The library's own objects are never handed out, so nothing done to a template reaches them.
  expect(rightsLike.body[0]!.title).toBe("${heading}");
});

test.each([
  ["an unknown section", { use: "note" }, 'sections[0].use: "note" is not a built-in section; they are "notes"'],
  ["a name that is not text", { use: 3 }, 'sections[0].use: 3 is not a built-in section; they are "notes"'],
  [
    "a parameter missing",
    { use: "notes", with: { article: "749", rows: 3 } },
    'sections[0].with: the section "notes" needs "heading" (the title, in both languages)',
  ],
  [
    "a parameter it does not have",
    { use: "notes", with: { article: "749", heading: "x", rows: 3, prefix: "A" } },
    'sections[0].with.prefix: the section "notes" has no parameter "prefix"',
  ],
  [
    "a value of no parameter's kind",
    { use: "notes", with: { article: ["749"], heading: "x", rows: 3 } },
    'sections[0].with.article: expected text, a number, true or false, or { "en", "ja" }, found an array',
  ],
  [
    "a label put inside text",
    { use: "notes", with: { article: { en: "749", ja: "749" }, heading: "x", rows: 3 } },
    "sections[0].with.article: is put inside text, so it must be text or a number, not an object",
  ],
  ["an unknown property", { use: "notes", as: "x" }, "sections[0].as: unknown property"],
])("it refuses %s", (_, use, message) => {
  expect(() => expandSections({ sections: [use] }, library)).toThrow(message);
});

test("a section saying ${name} for no parameter of its own is refused, not written as it stands", () => {
  const broken = new Map([["notes", { ...rightsLike, parameters: { heading: rightsLike.parameters.heading! } }]]);
  expect(() => expandSections({ sections: [{ use: "notes", with: { heading: "x" } }] }, broken)).toThrow(
    'sections[0]: the section "notes" says ${article}, which is not one of its parameters',
  );
});

test("a section brings the messages its formulas use, its parameters put in; the same text twice is one", () => {
  const worded: SectionDefinition = {
    section: "worded",
    parameters: { why: { description: "the reason, in both languages" } },
    messages: { dateForm: { en: "mmmm d", ja: "m月d日" }, reason: "${why}" },
    body: [{ kind: "rows", id: "worded", title: { en: "W", ja: "W" } }],
  };
  const words = new Map([["worded", worded]]);
  const why = { en: "Short form", ja: "略式" };
  const { template } = expandSections(
    {
      messages: { own: { en: "o", ja: "o" }, dateForm: { en: "mmmm d", ja: "m月d日" } },
      sections: [{ use: "worded", with: { why } }],
    },
    words,
  );
  expect((template as Json).messages).toEqual({
    own: { en: "o", ja: "o" },
    dateForm: worded.messages!.dateForm,
    reason: why,
  });
  // A template without messages of its own gets the section's.
  expect((expandSections({ sections: [{ use: "worded", with: { why } }] }, words).template as Json).messages).toEqual({
    dateForm: worded.messages!.dateForm,
    reason: why,
  });
  expect(() =>
    expandSections(
      { messages: { reason: { en: "other", ja: "別" } }, sections: [{ use: "worded", with: { why } }] },
      words,
    ),
  ).toThrow('sections[0]: the section "worded" brings the message "reason", which the template has with other words');
});

test("a user's template uses a built-in section by name beside its own, and lays it out", () => {
  const template = small();
  template.inputs.push({
    id: "prices",
    kind: "table",
    label: { en: "Prices", ja: "株価" },
    columns: ["date", "close", "volume", "turnover"].map((id) => ({
      id,
      kind: id === "date" ? "date" : "price",
      label: { en: id, ja: id },
    })),
  });
  template.sections.push({ use: "prices" }, { use: "price-chart" });
  const plan = layout(parseTemplate(template), { issued: 100, ratio: 0.7 }, { language: "en" });
  expect(plan.tables.map((t) => t.name)).toEqual(["AllotmentHolders", "MergerPrices"]);
  expect(plan.charts.map((c) => c.title)).toEqual(["Closing prices"]);
  expect(plan.names.map((n) => n.name)).toContain("PriceCloses");
});

test("a problem inside a built-in section is reported at the use that put it in", () => {
  const template = small();
  template.sections.push({ use: "prices" });
  expect(refusal(template)).toBe('sections[2] ("prices").input: no table input has the id "prices"');
});

test("a section's inputs follow the template's own, unless the template declares them itself", () => {
  const withInputs = new Map([
    [
      "notes",
      {
        ...rightsLike,
        inputs: [
          { id: "register", kind: "table", label: "${heading}" },
          { id: "issued", kind: "shares", label: { en: "Issued", ja: "発行済" } },
        ],
      },
    ],
  ]);
  const own = { id: "issued", kind: "shares", label: { en: "Mine", ja: "自分" } };
  const { template, inputOrigins } = expandSections(
    { inputs: [own], sections: [{ use: "notes", with: { article: "749", heading: { en: "H", ja: "株" }, rows: 3 } }] },
    withInputs,
  );
  expect((template as Json).inputs).toEqual([own, { id: "register", kind: "table", label: { en: "H", ja: "株" } }]);
  expect(inputOrigins).toEqual(["inputs[0]", 'sections[0] ("notes").inputs[0]']);
});

test("a problem in an input a section brings is reported at the use", () => {
  const template = small();
  template.inputs.push({ id: "rounding", name: "RightsRounding", kind: "shares", label: { en: "R", ja: "R" } });
  template.sections.push({
    use: "rights",
    with: {
      article: "749",
      acquirer: "the parent",
      acquirerJa: "親",
      target: "the child",
      targetJa: "子",
      tablePrefix: "T",
    },
  });
  expect(refusal(template)).toMatch(
    /^sections\[2\] \("rights"\)\.inputs\[1\]\.name: the name "RightsRounding" is already defined at inputs\[4\]/,
  );
});

test("every built-in section is a file of its name, and some built-in template uses it", () => {
  const files = readdirSync(sectionsDir).filter((f) => f.endsWith(".json"));
  expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...builtInSections.keys()].sort());
  const used = new Set(
    readdirSync(templatesDir).flatMap((f) =>
      (readJson(templatesDir, f).sections ?? []).map((s: Json) => s.use).filter(Boolean),
    ),
  );
  expect([...builtInSections.keys()].filter((name) => !used.has(name))).toEqual([]);
});

test("every parameter of a built-in section is said somewhere in it (its body, inputs or messages)", () => {
  const unused = [...builtInSections.values()].flatMap((definition) =>
    Object.keys(definition.parameters)
      .filter(
        (key) => !JSON.stringify([definition.body, definition.inputs, definition.messages]).includes(`\${${key}}`),
      )
      .map((key) => `${definition.section}: ${key}`),
  );
  expect(unused).toEqual([]);
});

test("no section is written twice across the built-in files, not even under another id", () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  const visit = (section: Json, where: string) => {
    if ("use" in section) return;
    const { id: _, ...rest } = section;
    const key = JSON.stringify(rest);
    const earlier = seen.get(key);
    if (earlier) twice.push(`${where} repeats ${earlier}`);
    else seen.set(key, where);
  };
  for (const f of readdirSync(sectionsDir).filter((f) => f.endsWith(".json")))
    readJson(sectionsDir, f).body.forEach((s: Json, i: number) => visit(s, `sections/${f} body[${i}]`));
  for (const f of readdirSync(templatesDir))
    (readJson(templatesDir, f).sections ?? []).forEach((s: Json, i: number) => visit(s, `builtin/${f} sections[${i}]`));
  expect(twice).toEqual([]);
});
