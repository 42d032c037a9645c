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
  const problem = { kind: "duplicateDate", value: "2013-10-31", firstLine: 7 } as const;
  expect(messages.en.rowProblem(problem)).toBe("2013-10-31 appears again; line 7 already has it.");
  expect(messages.ja.rowProblem(problem)).toContain("7 行目");
});

test("a row on a holiday names the holiday in the pane's language", () => {
  const problem = {
    kind: "notASession",
    value: "2013-10-14",
    closure: { en: "Health and Sports Day", ja: "体育の日" },
  } as const;
  expect(messages.en.rowProblem(problem)).toBe(
    "2013-10-14 is Health and Sports Day, not a TSE session: are the dates shifted?",
  );
  expect(messages.ja.rowProblem(problem)).toBe(
    "2013-10-14 は体育の日で、東証の取引日ではありません。日付がずれていませんか。",
  );
});

test("the register's messages speak of lines, never rows", () => {
  const problems = [
    { kind: "duplicateHolder", value: "山田太郎", firstLine: 4, by: "name" },
    { kind: "duplicateHolder", value: "山田太郎", firstLine: 4, by: "nameAndAddress" },
    { kind: "duplicateHolder", value: "0012", firstLine: 4, by: "number" },
    { kind: "duplicateDate", value: "2013-10-31", firstLine: 4 },
    { kind: "tooFewFields", expected: 3, found: 2 },
  ] as const;
  for (const problem of problems) expect(messages.en.rowProblem(problem)).not.toMatch(/\brows?\b/);
  expect(messages.en.line(5)).toBe("Line 5");
});

test("a register stopped for its lines says how many, and why nothing was imported", () => {
  const problem = {
    kind: "incompleteRegister",
    read: 16,
    refused: [{ line: 18, problem: { kind: "duplicateHolder", value: "佐藤花子", firstLine: 5, by: "name" } }],
  } as const;
  expect(messages.en.fileProblem(problem)).toContain(
    "1 line needs fixing in the file (below); the other 16 were read.",
  );
  expect(messages.ja.fileProblem(problem)).toContain("ほかの 16 行は読めました");
  expect(messages.en.rowProblem(problem.refused[0].problem)).toContain("Two people of one name: add an address");
});
