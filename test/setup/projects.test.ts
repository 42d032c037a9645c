/**
 * The rule of jest.config.js that picks the unit tests run again in Los Angeles: the tests about
 * calendar dates, and only those; and the slow builds kept out of both unit projects.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../jest.config.js");

interface Project {
  displayName: string;
  testMatch: string[];
  testPathIgnorePatterns?: string[];
}
const project = (name: string): Project => config.projects.find((p: Project) => p.displayName === name);
const losAngeles = project("unit-los-angeles").testMatch.map((match) => match.replace("<rootDir>/", ""));

test.each([
  "test/core/calendar/dayNumber.test.ts", // ISO dates in its source
  "test/setup/timezone.test.ts", // Date.UTC
  "test/hostile/functions.test.ts", // dates in the table it imports (hostile/rows.ts)
  "test/taskpane/import/golden.test.ts", // dates in its CSV files
])("%s runs in Los Angeles too", (file) => {
  expect(losAngeles).toContain(file);
});

test.each(["test/core/allotment/fractionCash.test.ts", "test/core/odd-lot/oddLot.test.ts", "test/plan/a1.test.ts"])(
  "%s, which has no date, runs in Tokyo only",
  (file) => {
    expect(losAngeles).not.toContain(file);
  },
);

test("no scale, built or browser test runs in a unit project", () => {
  expect(losAngeles.filter((file) => /\.(built|e2e|scale)\.test\.ts$|\/e2e\//.test(file))).toEqual([]);
  const ignored = project("unit-tokyo").testPathIgnorePatterns!.map((pattern) => new RegExp(pattern));
  for (const file of ["test/workbook/register.scale.test.ts", "test/scripts/start-stop.built.test.ts"]) {
    expect(ignored.some((pattern) => pattern.test(`/repo/${file}`))).toBe(true);
  }
});
