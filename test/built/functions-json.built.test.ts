/**
 * What Excel loads is the one declaration: dist/functions.json is the metadata the JSDoc gives
 * (custom-functions-metadata's parser, as the build's plugin runs it), and dist/functions.ja.json
 * is the same with the Japanese descriptions. The registry, the Japanese table and the README are
 * held to the JSDoc without a build, in test/functions/declarations.test.ts.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import texts from "../../src/functions/metadata.ja.json";
import { builtFile } from "../security/built";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localiseMetadata } = require("../../scripts/lib/localised-metadata");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionSources } = require("../../scripts/lib/function-sources");

interface Metadata {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; dimensionality?: string; optional?: boolean; customEnumId?: string }[];
    result: { dimensionality?: string };
  }[];
  enums?: { id: string; values: { stringValue: string }[] }[];
}
const metadata = JSON.parse(builtFile("functions.json")) as Metadata;

test("the built functions.json is the metadata the JSDoc declares", async () => {
  const generated = await generateCustomFunctionsMetadata(functionSources());
  expect(generated.errors).toEqual([]);
  expect(metadata).toEqual(JSON.parse(generated.metadataJson));
});

test("the built functions.ja.json is the built functions.json with the Japanese descriptions", () => {
  expect(JSON.parse(builtFile("functions.ja.json"))).toEqual(localiseMetadata(metadata, texts));
});

test("the consolidation functions are built with their arguments in the order the squeeze-out sheet calls them", () => {
  const parameters = (id: string) => metadata.functions.find((f) => f.id === id)?.parameters.map((p) => p.name);
  expect(parameters("CONSOLIDATION")).toEqual([
    "holdings",
    "ratio",
    "result",
    "price",
    "language",
    "proceeds",
    "rounding",
  ]);
  expect(parameters("SQUEEZE_OUT_RATIO")).toEqual(["holdings", "acquirer", "treasury", "result"]);
  expect(parameters("SQUEEZE_OUT_TEST")).toEqual(["holdings", "acquirer", "ratio", "treasury", "result"]);
  expect(parameters("AUTHORISED_SHARES_TEST")).toEqual([
    "authorised_after",
    "issued_after",
    "public_company",
    "result",
  ]);
  expect(parameters("SPECIAL_CONTROLLING")).toEqual([
    "voting_rights_held",
    "voting_rights_total",
    "subsidiaries",
    "threshold",
    "result",
  ]);
});

test("functions.json carries the option lists (CustomFunctionsRuntime 1.5), each parameter naming one it holds", () => {
  const listed = metadata.functions.flatMap((f) =>
    f.parameters.filter((p) => p.customEnumId).map((p) => [`${f.id}.${p.name}`, p.customEnumId] as const),
  );
  expect(listed.length).toBeGreaterThanOrEqual(22);
  const enums = new Map(metadata.enums?.map((e) => [e.id, e.values.map((v) => v.stringValue)]));
  expect(listed.filter(([, id]) => !enums.has(id!))).toEqual([]);
  const allotmentResult = listed.find(([name]) => name === "ALLOTMENT_SHARES.result")?.[1];
  expect(enums.get(allotmentResult!)).toEqual(["total", "holders", "fractions", "sold", "summary"]);
});
