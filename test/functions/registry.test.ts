/**
 * The registry against the function modules: every entry names an exported function that takes
 * as many parameters as the entry lists, and every function the modules export is registered.
 * (Its parameters against the JSDoc, as the metadata plugin reads it: declarations.test.ts.)
 */
import * as implementations from "../../src/functions/functions";
import { CUSTOM_FUNCTIONS } from "../../src/functions/registry";

test.each(CUSTOM_FUNCTIONS.map((f) => [f.id, f] as const))("%s names its implementation", (_, f) => {
  const implementation: unknown = implementations[f.implementation];
  expect(typeof implementation).toBe("function");
  expect((implementation as (...args: unknown[]) => unknown).length).toBe(f.parameters.length);
});

test("every exported function is in the registry, once", () => {
  const exported = Object.entries(implementations)
    .filter(([, value]) => typeof value === "function")
    .map(([name]) => name)
    .sort();
  expect(CUSTOM_FUNCTIONS.map((f) => f.implementation).sort()).toEqual(exported);
  expect(new Set(CUSTOM_FUNCTIONS.map((f) => f.id)).size).toBe(CUSTOM_FUNCTIONS.length);
});
