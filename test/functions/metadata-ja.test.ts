/**
 * The Japanese function metadata (functions.ja.json): every function and parameter Excel lists
 * has a Japanese description, and a missing one is listed and left in English. (That the table
 * names each declared parameter, in order, and no other: declarations.test.ts.)
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import texts from "../../src/functions/metadata.ja.json";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localiseMetadata, missingTexts } = require("../../scripts/lib/localised-metadata");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionSources } = require("../../scripts/lib/function-sources");

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string }[] }[];
  enums: { id: string; values: { name: string; stringValue: string; tooltip: string }[] }[];
}
type Texts = Record<string, { parameters: Record<string, string> }> & { enums: Record<string, Record<string, string>> };

const sources: string[] = functionSources();
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

let metadata: Metadata;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(sources, true);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson);
});

test("every function, parameter and option has a Japanese description", () => {
  expect(metadata.functions.length).toBeGreaterThanOrEqual(11);
  expect(missingTexts(metadata, texts)).toEqual([]);
  const localised: Metadata = localiseMetadata(metadata, texts);
  for (const fn of localised.functions) {
    expect([fn.id, fn.description]).toEqual([fn.id, expect.stringMatching(JAPANESE)]);
    for (const parameter of fn.parameters) {
      expect([fn.id, parameter.name, parameter.description]).toEqual([
        fn.id,
        parameter.name,
        expect.stringMatching(JAPANESE),
      ]);
    }
  }
  expect(localised.enums.length).toBeGreaterThanOrEqual(19);
  for (const option of localised.enums) {
    for (const value of option.values) {
      expect([option.id, value.name, value.tooltip]).toEqual([option.id, value.name, expect.stringMatching(JAPANESE)]);
    }
  }
});

test("an option's value and name stay as in functions.json: a formula is the same in every language", () => {
  const localised: Metadata = localiseMetadata(metadata, texts);
  const values = (m: Metadata) => m.enums.map((e) => [e.id, e.values.map((v) => [v.name, v.stringValue])]);
  expect(values(localised)).toEqual(values(metadata));
});

test("the table names no function, parameter or option that does not exist", () => {
  const known = new Set([
    ...metadata.functions.flatMap((fn) => [fn.id, ...fn.parameters.map((p) => `${fn.id}.${p.name}`)]),
    ...metadata.enums.flatMap((e) => e.values.map((v) => `enum ${e.id}.${v.name}`)),
  ]);
  const { enums, ...functions } = texts as unknown as Texts;
  const named = [
    ...Object.entries(functions).flatMap(([id, entry]) => [
      id,
      ...Object.keys(entry.parameters).map((name) => `${id}.${name}`),
    ]),
    ...Object.entries(enums).flatMap(([id, values]) => Object.keys(values).map((name) => `enum ${id}.${name}`)),
  ];
  expect(named.filter((name) => !known.has(name))).toEqual([]);
});

test("a missing tooltip is listed, and left in English", () => {
  const { OddLotResult: _, ...otherEnums } = texts.enums;
  expect(missingTexts(metadata, { ...texts, enums: otherEnums })).toEqual([
    "enum OddLotResult.odd",
    "enum OddLotResult.units",
    "enum OddLotResult.buyup",
    "enum OddLotResult.all",
  ]);
  const localised: Metadata = localiseMetadata(metadata, { ...texts, enums: otherEnums });
  expect(localised.enums.find((e) => e.id === "OddLotResult")?.values[0]?.tooltip).toMatch(/^Shares below one unit/);
});

test("a missing text is listed, and left in English rather than dropped", () => {
  const { SHORT_FORM: _, ...withoutShortForm } = texts;
  expect(missingTexts(metadata, withoutShortForm)).toEqual([
    "SHORT_FORM",
    "SHORT_FORM.voting_rights_held",
    "SHORT_FORM.voting_rights_total",
    "SHORT_FORM.threshold",
    "SHORT_FORM.result",
  ]);
  const shortForm = localiseMetadata(metadata, withoutShortForm).functions.find(
    (fn: { id: string }) => fn.id === "SHORT_FORM",
  );
  expect(shortForm.description).toMatch(/^Short-form merger test/);
});
