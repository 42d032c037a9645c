/**
 * Golden files. Plans: each built-in template in each language, a register example and the small
 * custom template of golden/small-allotment.template.json, compared exactly with the plan the
 * layout makes (the refusals are in refusals.test.ts). UPDATE_GOLDEN=1 rewrites the expected
 * files (review the diff by eye before keeping it).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  absorptionMerger,
  absorptionMerger2013,
  builtInTemplates,
  jointShareTransfer,
  jointShareTransferExample,
  layout,
  ratioAnalysis,
  parseTemplate,
  shareExchange,
  shareExchangeExample,
  type Template,
  type TemplateInputs,
} from "../../src/templates";
import type { Language } from "../../src/plan/plan";
import { BLANK_EXCHANGE_INPUTS, BLANK_INPUTS, BLANK_TRANSFER_INPUTS, REGISTER_INPUTS } from "./examples";

const dir = join(__dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), "utf8"));

function expectGolden(file: string, actual: string): void {
  const path = join(dir, file);
  if (update) writeFileSync(path, actual);
  expect(existsSync(path)).toBe(true);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const small = (): Template => parseTemplate(readJson("small-allotment.template.json"));

const plans: [string, () => Template, TemplateInputs, Language][] = [
  ["absorption-merger.en", () => absorptionMerger, BLANK_INPUTS, "en"],
  ["absorption-merger.ja", () => absorptionMerger, BLANK_INPUTS, "ja"],
  ["absorption-merger-2013-example.en", () => absorptionMerger2013, {}, "en"],
  ["absorption-merger-2013-example.ja", () => absorptionMerger2013, {}, "ja"],
  ["ratio-analysis.en", () => ratioAnalysis, BLANK_INPUTS, "en"],
  ["ratio-analysis.ja", () => ratioAnalysis, BLANK_INPUTS, "ja"],
  ["register-example.en", () => absorptionMerger2013, REGISTER_INPUTS, "en"],
  ["share-exchange.en", () => shareExchange, BLANK_EXCHANGE_INPUTS, "en"],
  ["share-exchange.ja", () => shareExchange, BLANK_EXCHANGE_INPUTS, "ja"],
  ["share-exchange-example.en", () => shareExchangeExample, {}, "en"],
  ["share-exchange-example.ja", () => shareExchangeExample, {}, "ja"],
  ["joint-share-transfer.en", () => jointShareTransfer, BLANK_TRANSFER_INPUTS, "en"],
  ["joint-share-transfer.ja", () => jointShareTransfer, BLANK_TRANSFER_INPUTS, "ja"],
  ["joint-share-transfer-example.en", () => jointShareTransferExample, {}, "en"],
  ["joint-share-transfer-example.ja", () => jointShareTransferExample, {}, "ja"],
  ["small-allotment.ja", small, { issued: 100, ratio: 0.7, register: [{ holder: "-1+2", shares: 3 }] }, "ja"],
];

describe("plans", () => {
  test.each(plans)("%s", (name, template, inputs, language) => {
    const plan = layout(template(), inputs, { language });
    expectGolden(`${name}.plan.json`, `${JSON.stringify(plan, null, 1)}\n`);
    // A plan is data another writer could render: it survives a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  test("the built-in templates pass their own schema unchanged", () => {
    for (const template of builtInTemplates) {
      expect(parseTemplate(JSON.parse(JSON.stringify(template)))).toEqual(JSON.parse(JSON.stringify(template)));
    }
  });
});
