/* The projects, by what a test needs:
   - unit-tokyo: every unit test (`*.test.ts`), no build, in Japan's zone, the users'.
   - unit-los-angeles: again, west of UTC, the unit tests about calendar dates (dates are calendar
     days and must not move with the machine's clock). Chosen by one rule, so a new test is
     chosen too: its source, or a test module it imports, writes a calendar date (an ISO date such
     as 2013-10-31, `new Date(`, `Date.UTC(`); or it reads its dates from files (DATED_FILES).
   - scale (`*.scale.test.ts`): the 100,000-holder builds, once; slow, and no date in them that
     the unit tests do not already see in both zones.
   - built (`*.built.test.ts`): read the built add-in (dist/, made by `npm run build`) or build it.
   - e2e: drives the built pane in Chromium. */
const fs = require("fs");
const path = require("path");

const TEST_DIR = path.join(__dirname, "test");
const CALENDAR_DATE = /\b\d{4}-\d{2}-\d{2}\b|new Date\(|Date\.UTC\(/;
/** Tests whose dates are in their data files: CSV price histories. */
const DATED_FILES = ["test/taskpane/import/golden.test.ts"];

const filesUnder = (dir) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));

const isUnitTest = (file) => /\.test\.tsx?$/.test(file) && !/\.(built|e2e|scale)\.test\.tsx?$/.test(file);

/** The test modules (test/…, not src/) a file imports by a relative path. */
const importedTestModules = (file, source) =>
  [...source.matchAll(/from "(\.[^"]+)"/g)]
    .map((match) => path.resolve(path.dirname(file), match[1]))
    .filter((module) => module.startsWith(TEST_DIR + path.sep))
    .flatMap((module) => [`${module}.ts`, `${module}.tsx`].filter((candidate) => fs.existsSync(candidate)));

function calendarDateTests() {
  return filesUnder(TEST_DIR)
    .filter(isUnitTest)
    .filter((file) => {
      if (DATED_FILES.includes(path.relative(__dirname, file).split(path.sep).join("/"))) return true;
      const source = fs.readFileSync(file, "utf8");
      const sources = [source, ...importedTestModules(file, source).map((module) => fs.readFileSync(module, "utf8"))];
      return sources.some((text) => CALENDAR_DATE.test(text));
    })
    .map((file) => `<rootDir>/${path.relative(__dirname, file).split(path.sep).join("/")}`);
}

const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
const inZone = (name, timezone, testMatch, testPathIgnorePatterns = []) => ({
  displayName: name,
  testEnvironment: "<rootDir>/test/setup/timezone-environment.js",
  testEnvironmentOptions: { timezone },
  roots: ["<rootDir>/test"],
  testMatch,
  testPathIgnorePatterns: ["/test/e2e/", ...testPathIgnorePatterns],
  transform: { "^.+\\.tsx?$": tsJest },
  setupFiles: ["<rootDir>/test/setup/custom-functions.js"],
});
module.exports = {
  // Browser tests start Chromium and load the built bundle: far slower than a unit test.
  testTimeout: 120000,
  projects: [
    inZone("unit-tokyo", "Asia/Tokyo", ["**/*.test.ts"], ["\\.(built|e2e|scale)\\.test\\.ts$"]),
    inZone("unit-los-angeles", "America/Los_Angeles", calendarDateTests()),
    inZone("scale", "Asia/Tokyo", ["**/*.scale.test.ts"]),
    {
      displayName: "built",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.built.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFiles: ["<rootDir>/test/setup/custom-functions.js"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
