/**
 * The option lists (`@customenum`, CustomFunctionsRuntime 1.5): every option argument offers its
 * values in AutoComplete, and every value offered is one the function reads, as the text that
 * arrives where 1.5 is absent (or from a typed formula, in any case).
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as implementations from "../../src/functions/functions";
import { CUSTOM_FUNCTIONS } from "../../src/functions/registry";
import { excelError } from "./excel-error";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionSources } = require("../../scripts/lib/function-sources");

interface Metadata {
  functions: { id: string; parameters: { name: string; description?: string; customEnumId?: string }[] }[];
  enums: { id: string; type: string; values: { name: string; stringValue: string; tooltip: string }[] }[];
}

const DATES = [[41577], [41578]]; // 2013-10-30, 2013-10-31
const CLOSES = [[100], [102]];

/** Arguments each function answers; the option under test replaces its own. */
const SAMPLE: Record<string, unknown[]> = {
  ALLOTMENT_SHARES: [[[100], [250]], 0.5, 0, null, null],
  ODD_LOT: [[[150]], 100, null],
  FRACTION_CASH: [[[101], [103]], 0.5, 1000, null, null],
  AVG_CLOSE_30: [DATES, CLOSES, 41578, 2, null, null, null, null, null],
  MARKET_RATIO: [DATES, CLOSES, DATES, CLOSES, 41578, [[2]], 2, null, null],
  SHORT_FORM: [95, 100, null, null],
  SIMPLIFIED: [100, 1000, 10_000_000, null, null, null, null],
  SIMPLIFIED_ARTICLE: [41640, null],
  RIGHTS_CONVERSION: [100, 1000, 0.5, null, null],
  SCHEDULE: [41730, null, null, null], // 2014-04-01, a Tuesday
  SCHEDULE_CHECK: [[["registration", null]], 41730, null, null],
  PRO_FORMA: [[[100], [50]], null],
  RATIO_RANGE: [100, 120, 200, 220, 2, null],
  PREMIUM: [[[125]], [[100]], 4, null],
  VARIABLE_RATIO: [3500, 1000, null, null, 2, null],
  ADJUSTED_PRICES: [DATES, CLOSES, [[41578, 2]], null],
  EX_DATE: [41578, null, null],
  CONSOLIDATION: [[[2500], [150], [80], [30]], 100, null, 1000, null, null, null],
  SQUEEZE_OUT_RATIO: [[[300], [250], [40], [7]], 1000000, null, null],
  SQUEEZE_OUT_TEST: [[[300], [250], [40], [7]], 1000000, 301, null, null],
  AUTHORISED_SHARES_TEST: [400, 100, null, null],
  SPECIAL_CONTROLLING: [9500, 10000, null, null, null],
};

let metadata: Metadata;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(functionSources(), true);
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson);
});

const call = (id: string, index: number, value: unknown): unknown => {
  const entry = CUSTOM_FUNCTIONS.find((f) => f.id === id)!;
  const args = [...SAMPLE[id]!];
  args[index] = value;
  return (implementations[entry.implementation] as (...a: unknown[]) => unknown)(...args);
};

/** The parameters whose description offers a choice of quoted words ("total" (default), "holders"…). */
const isOption = (description = ""): boolean =>
  /^"[a-z-]+" \(default/.test(description) || /: "[a-z-]+" \(default/.test(description);

test("every option argument has its list", () => {
  const unlisted = metadata.functions.flatMap((fn) =>
    fn.parameters.filter((p) => isOption(p.description) && !p.customEnumId).map((p) => `${fn.id}.${p.name}`),
  );
  expect(unlisted).toEqual([]);
  expect(metadata.functions.flatMap((fn) => fn.parameters.filter((p) => p.customEnumId)).length).toBeGreaterThanOrEqual(
    22,
  );
});

test("every list is of text values with a tooltip, each listed once", () => {
  const used = new Set(metadata.functions.flatMap((fn) => fn.parameters.map((p) => p.customEnumId)));
  for (const option of metadata.enums) {
    expect([option.id, option.type]).toEqual([option.id, "string"]);
    expect(used.has(option.id)).toBe(true);
    expect(new Set(option.values.map((v) => v.stringValue)).size).toBe(option.values.length);
    for (const value of option.values) expect([option.id, value.name, value.tooltip]).not.toContain("");
  }
  expect(new Set(metadata.enums.map((e) => e.id)).size).toBe(metadata.enums.length);
});

test("every value offered is read by its function, as text in any case; other text is refused", () => {
  const checked: string[] = [];
  for (const fn of metadata.functions) {
    fn.parameters.forEach((parameter, index) => {
      const option = metadata.enums.find((e) => e.id === parameter.customEnumId);
      if (!option) return;
      for (const { stringValue } of option.values) {
        for (const text of [stringValue, ` ${stringValue.toUpperCase()} `]) {
          expect(() => call(fn.id, index, text)).not.toThrow();
        }
      }
      expect(excelError(() => call(fn.id, index, "no such option")).message).toMatch(
        new RegExp(`^${parameter.name}: `),
      );
      checked.push(`${fn.id}.${parameter.name}`);
    });
  }
  expect(checked).toHaveLength(metadata.functions.flatMap((fn) => fn.parameters.filter((p) => p.customEnumId)).length);
});
