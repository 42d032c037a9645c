// One linter for src, test and scripts: typescript-eslint's recommended rules, and Microsoft's
// eslint-plugin-office-addins (Excel API misuse, and prettier formatting per .prettierrc).
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

// The plugin's flat config carries its own (older) copy of the @typescript-eslint plugin and
// parser; ESLint refuses two plugins under one name, so typescript-eslint's copy serves both.
// Its files are .js and .ts only: the .tsx components are added, so Excel-call rules and
// Prettier see every source file.
const officeAddinsRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins?.["@typescript-eslint"]) return config;
  const { "@typescript-eslint": _ignored, ...plugins } = config.plugins;
  return {
    ...config,
    files: [...config.files, "**/*.{jsx,tsx}"],
    plugins,
    languageOptions: { ...config.languageOptions, parser: tseslint.parser, ecmaVersion: "latest" },
  };
});

export default tseslint.config(
  { ignores: ["dist/", "dist-preview/", "coverage/", "node_modules/", "test-artifacts/"] },
  ...officeAddinsRecommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Custom-function signatures take Excel's untyped values: the metadata plugin maps `any` to
    // a parameter of any type, and the functions check each value themselves (cells.ts).
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // ExcelJS (the .xlsx of `npm run sheet`) names its calls as Office.js does (getCell): no
    // context, no load, no sync, so the office-addins read rules do not apply.
    files: ["src/sheet/**/*.ts", "test/sheet/**/*.ts"],
    rules: { "office-addins/call-sync-before-read": "off", "office-addins/load-object-before-read": "off" },
  },
  {
    files: ["test/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // Node scripts and configuration in CommonJS.
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Unused names starting with _ are deliberate (a destructured field left out).
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
);
