/**
 * Golden files of the sheets the templates build: each built-in template in each language, blank
 * and with its example, the register example and the small custom template of
 * golden/small-allotment.template.json, laid out and compared exactly, as text (./golden-text).
 * golden/sections/<section>.<language>.txt holds a built-in section's cells, one line each, from
 * the first template that uses it; any other rendering of it (another template's parameters, an
 * example's values) follows as the lines in which it differs. golden/placements/<template>.txt
 * holds the rest of each sheet: the title rows, column widths and styles, and the row each section
 * starts at, and the order in which the form asks for the inputs. A golden differing by one character fails; a file no case makes fails too.
 *
 * After a change that should alter a sheet, rewrite the goldens and read their diff:
 *   UPDATE_GOLDEN=1 npx jest --selectProjects unit-tokyo test/templates/golden.test.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import absorptionMergerFile from "../../src/templates/builtin/absorption-merger.json";
import jointShareTransferFile from "../../src/templates/builtin/joint-share-transfer.json";
import ratioAnalysisFile from "../../src/templates/builtin/ratio-analysis.json";
import shareConsolidationFile from "../../src/templates/builtin/share-consolidation.json";
import shareExchangeFile from "../../src/templates/builtin/share-exchange.json";
import {
  absorptionMerger,
  absorptionMerger2013,
  builtInTemplates,
  jointShareTransfer,
  jointShareTransferExample,
  shareConsolidation,
  shareConsolidation10To1,
  shareConsolidationExample,
  layout,
  ratioAnalysis,
  parseTemplate,
  shareExchange,
  shareExchangeExample,
  type Template,
  type TemplateInputs,
} from "../../src/templates";
import type { Language } from "../../src/plan/plan";
import {
  BLANK_CONSOLIDATION_INPUTS,
  BLANK_EXCHANGE_INPUTS,
  BLANK_INPUTS,
  BLANK_TRANSFER_INPUTS,
  REGISTER_INPUTS,
} from "./examples";
import { placeSections, renderPlan } from "./golden-text";

const dir = join(__dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";
const smallFile: unknown = JSON.parse(readFileSync(join(dir, "small-allotment.template.json"), "utf8"));

/** [the placement file's name, the template, its file (for the sections it uses), inputs]. */
const cases: [string, Template, unknown, TemplateInputs, Language[]][] = [
  ["absorption-merger", absorptionMerger, absorptionMergerFile, BLANK_INPUTS, ["en", "ja"]],
  ["ratio-analysis", ratioAnalysis, ratioAnalysisFile, BLANK_INPUTS, ["en", "ja"]],
  ["share-exchange", shareExchange, shareExchangeFile, BLANK_EXCHANGE_INPUTS, ["en", "ja"]],
  ["joint-share-transfer", jointShareTransfer, jointShareTransferFile, BLANK_TRANSFER_INPUTS, ["en", "ja"]],
  ["absorption-merger-2013-example", absorptionMerger2013, absorptionMergerFile, {}, ["en", "ja"]],
  ["register-example", absorptionMerger2013, absorptionMergerFile, REGISTER_INPUTS, ["en"]],
  ["share-exchange-example", shareExchangeExample, shareExchangeFile, {}, ["en", "ja"]],
  ["joint-share-transfer-example", jointShareTransferExample, jointShareTransferFile, {}, ["en", "ja"]],
  ["share-consolidation", shareConsolidation, shareConsolidationFile, BLANK_CONSOLIDATION_INPUTS, ["en", "ja"]],
  ["share-consolidation-example", shareConsolidationExample, shareConsolidationFile, {}, ["en", "ja"]],
  ["share-consolidation-10-to-1-example", shareConsolidation10To1, shareConsolidationFile, {}, ["en", "ja"]],
  [
    "small-allotment",
    parseTemplate(smallFile),
    smallFile,
    { issued: 100, ratio: 0.7, register: [{ holder: "-1+2", shares: 3 }] },
    ["ja"],
  ],
];

/** Every golden file's text, by its path under golden/. */
function goldenFiles(): Map<string, string> {
  const files = new Map<string, string>();
  /** Renderings of each built-in section, by "section.language": the cases that gave each. */
  const renderings = new Map<string, { lines: string[]; cases: string[] }[]>();
  for (const [name, template, file, inputs, languages] of cases) {
    const placement = [
      `# Where "${name}" puts its sections, and what its sheet has besides them (test/templates/golden.test.ts).`,
      `form ${template.inputs.map((input) => input.id).join(" ")}`,
    ];
    for (const language of languages) {
      const plan = layout(template, inputs, { language });
      // A plan is data another writer could render: it survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
      const placed = placeSections(template, file, inputs, language);
      const rendered = renderPlan(plan, placed);
      placement.push(`## ${language}`, ...rendered.placement);
      placed.forEach((section, k) => {
        const lines = rendered.sections[k]!;
        if (section.use === undefined) {
          placement.push(`### its own "${section.id}"`, ...lines);
          return;
        }
        const key = `${section.use}.${language}`;
        const list = renderings.get(key) ?? [];
        const same = list.find((r) => r.lines.join("\n") === lines.join("\n"));
        if (same) same.cases.push(name);
        else list.push({ lines, cases: [name] });
        renderings.set(key, list);
      });
    }
    files.set(join("placements", `${name}.txt`), `${placement.join("\n")}\n`);
  }
  for (const [key, [first, ...others]] of renderings) {
    const text = [
      `# The built-in section "${key.split(".")[0]}" (src/templates/sections) as the sheet shows it in ${key.endsWith("en") ? "English" : "Japanese"}:`,
      "# address (row 1 is the section's first row; a range is filled down), formula or value, number format, style, names.",
      `## ${first!.cases.join(", ")}`,
      ...(first!.lines.length ? first!.lines : ["(nothing: the section is left out)"]),
      ...others.flatMap((r) => [
        `## ${r.cases.join(", ")}: as the first, except`,
        ...differences(first!.lines, r.lines),
      ]),
    ];
    files.set(join("sections", `${key}.txt`), `${text.join("\n")}\n`);
  }
  return files;
}

/** What a line is about: its cell, or the name, table or chart it declares. */
function lineKey(line: string): string {
  const [first, second] = line.split(" ");
  return first === "name" || first === "table" || first === "chart" ? `${first} ${second}` : first!;
}

/** The lines of `other` that differ from `base`, and what `base` has that `other` does not. */
function differences(base: string[], other: string[]): string[] {
  const before = new Map(base.map((line) => [lineKey(line), line]));
  const after = new Set(other.map(lineKey));
  return [
    ...other.filter((line) => before.get(lineKey(line)) !== line),
    ...[...before.keys()].filter((key) => !after.has(key)).map((key) => `${key}  (not written)`),
  ];
}

describe("golden sheets", () => {
  const files = goldenFiles();

  test.each([...files.keys()])("%s", (path) => {
    const full = join(dir, path);
    if (update) {
      mkdirSync(join(full, ".."), { recursive: true });
      writeFileSync(full, files.get(path)!);
    }
    expect(existsSync(full)).toBe(true);
    expect(files.get(path)).toBe(readFileSync(full, "utf8"));
  });

  test("no golden file is left that no case makes", () => {
    for (const folder of ["sections", "placements"]) {
      const found = existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)) : [];
      const stale = found.map((f) => join(folder, f)).filter((path) => !files.has(path));
      if (update) for (const path of stale) rmSync(join(dir, path));
      else expect(stale).toEqual([]);
    }
  });

  test("the built-in templates pass their own schema unchanged", () => {
    for (const template of builtInTemplates) {
      expect(parseTemplate(JSON.parse(JSON.stringify(template)))).toEqual(JSON.parse(JSON.stringify(template)));
    }
  });
});
