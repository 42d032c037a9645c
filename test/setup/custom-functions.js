// The function modules run against the same CustomFunctions stand-in that `npm run invoke` uses.
const { createCustomFunctionsRuntime } = require("../../src/taskpane/custom-functions-runtime");
globalThis.CustomFunctions = createCustomFunctionsRuntime();
