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
}

const sources: string[] = functionSources();
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

let metadata: Metadata;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(sources, true);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson);
});

test("every function and every parameter has a Japanese description", () => {
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
