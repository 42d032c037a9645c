import { languageOf, messages } from "../../src/taskpane/i18n";

test.each([
  ["ja-JP", "ja"],
  ["JA", "ja"],
  ["en-US", "en"],
  ["de-DE", "en"],
  [undefined, "en"],
])("Office display language %s → %s", (display, language) => {
  expect(languageOf(display)).toBe(language);
});

test("both dictionaries say every string, and differently", () => {
  expect(Object.keys(messages.ja).sort()).toEqual(Object.keys(messages.en).sort());
  for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
    if (typeof messages.en[key] === "string") expect(messages.ja[key]).not.toBe(messages.en[key]);
  }
});

test("a refused row is explained in both languages", () => {
  const problem = { kind: "duplicateDate", value: "2013-10-31", firstRow: 7 } as const;
  expect(messages.en.rowProblem(problem)).toBe("2013-10-31 appears again; row 7 already has it.");
  expect(messages.ja.rowProblem(problem)).toContain("7 行目");
});
