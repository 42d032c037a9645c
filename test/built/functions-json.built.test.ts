/**
 * The registry against what Excel loads: dist/functions.json, generated from the JSDoc at build
 * time. Same functions, same parameters in the same order, each handed over the same way
 * (scalar or matrix, optional or not), and the same shape of result.
 */
import { CUSTOM_FUNCTIONS } from "../../src/functions/registry";
import texts from "../../src/functions/metadata.ja.json";
import { builtFile } from "../security/built";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localiseMetadata } = require("../../scripts/lib/localised-metadata");

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

test("the same functions, in the registry and in functions.json", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(CUSTOM_FUNCTIONS.map((f) => f.id).sort());
});

test.each(CUSTOM_FUNCTIONS.map((f) => [f.id, f] as const))("%s: parameters and result as declared", (id, f) => {
  const built = metadata.functions.find((m) => m.id === id);
  expect(built?.name).toBe(id);
  expect(
    built?.parameters.map((p) => ({
      name: p.name,
      shape: p.dimensionality ?? "scalar",
      optional: p.optional === true,
    })),
  ).toEqual(f.parameters.map((p) => ({ name: p.name, shape: p.shape, optional: p.optional === true })));
  expect(built?.result.dimensionality ?? "scalar").toBe(f.result.shape);
});

test("the built functions.ja.json is the built functions.json with the Japanese descriptions", () => {
  expect(JSON.parse(builtFile("functions.ja.json"))).toEqual(localiseMetadata(metadata, texts));
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
