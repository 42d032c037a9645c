/* Unit tests run twice, in a zone east and a zone west of UTC: dates are calendar days and
   must not move with the machine's clock. e2e drives the built bundle in Chromium. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
const unit = (name, timezone) => ({
  displayName: name,
  testEnvironment: "<rootDir>/test/setup/timezone-environment.js",
  testEnvironmentOptions: { timezone },
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/test/e2e/"],
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
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
