/**
 * Every module of src/functions whose JSDoc declares custom functions: the metadata plugin writes
 * functions.json from them. Found by scanning, so a new function is declared in its module and
 * the registry only; webpack and the tests of the metadata read this one list.
 */
const fs = require("fs");
const path = require("path");

const FUNCTIONS_DIR = path.resolve(__dirname, "..", "..", "src", "functions");

function functionSources() {
  return fs
    .readdirSync(FUNCTIONS_DIR)
    .filter(
      (file) =>
        file.endsWith(".ts") &&
        /^\s*\* @customfunction /m.test(fs.readFileSync(path.join(FUNCTIONS_DIR, file), "utf8")),
    )
    .sort()
    .map((file) => path.join(FUNCTIONS_DIR, file));
}

module.exports = { functionSources };
