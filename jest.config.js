/* Unit tests run twice, in a zone east and a zone west of UTC: dates are calendar days and
   must not move with the machine's clock; they need no build. `*.built.test.ts` read the built
   add-in (dist/, made by `npm run build`) or build it; e2e drives the built pane in Chromium. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
const unit = (name, timezone) => ({
  displayName: name,
  testEnvironment: "<rootDir>/test/setup/timezone-environment.js",
  testEnvironmentOptions: { timezone },
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/test/e2e/", "\\.built\\.test\\.ts$"],
  transform: { "^.+\\.tsx?$": tsJest },
  setupFiles: ["<rootDir>/test/setup/custom-functions.js"],
});
module.exports = {
  // Browser tests start Chromium and load the built bundle: far slower than a unit test.
  testTimeout: 120000,
  projects: [
    unit("unit-tokyo", "Asia/Tokyo"),
    unit("unit-los-angeles", "America/Los_Angeles"),
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
