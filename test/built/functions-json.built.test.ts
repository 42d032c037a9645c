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
    parameters: { name: string; dimensionality?: string; optional?: boolean }[];
    result: { dimensionality?: string };
  }[];
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
