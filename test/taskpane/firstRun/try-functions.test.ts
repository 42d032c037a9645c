/**
 * "Try a function" writes a small worked example through the template layout and the writer, like
 * any build: the template is checked as a user's file would be, and the preview engine computes it.
 */
import tryFunctions from "../../../src/taskpane/firstRun/try-functions.json";
import { initialInputs, parseTemplate, validateInputs } from "../../../src/templates";
import { built } from "../../preview/built-sheet";

test.each([
  ["en", "Shares to provide", "Average close, 5 sessions"],
  ["ja", "交付する株式数", "終値平均（5営業日）"],
] as const)(
  "the worked example computes (%s): 104 shares, the mean of the 5 closes",
  async (language, shares, average) => {
    const template = parseTemplate(tryFunctions);
    expect(validateInputs(template, initialInputs(template), language)).toEqual({});
    const sheet = await built(template, initialInputs(template), language);
    expect(sheet.cell(shares)).toBe(104);
    expect(sheet.cell(average)).toBeCloseTo((2290 + 2315 + 2342 + 2330.5 + 2290) / 5, 9);
  },
);
