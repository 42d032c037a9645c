/* Unit tests run twice, in a zone east and a zone west of UTC: dates are calendar days and
   must not move with the machine's clock. e2e drives the built bundle in Chromium. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }];
const unit = (name, setup) => ({
  displayName: name,
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/test/e2e/"],
  transform: { "^.+\\.tsx?$": tsJest },
  setupFiles: [setup, "<rootDir>/test/setup/custom-functions.js"],
});
module.exports = {
  projects: [
    unit("unit-tokyo", "<rootDir>/test/setup/tz-tokyo.js"),
    unit("unit-los-angeles", "<rootDir>/test/setup/tz-los-angeles.js"),
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testTimeout: 120000,
    },
  ],
};
