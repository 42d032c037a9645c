/**
 * JSON as the project's formatter writes it (Prettier, with .prettierrc): for the files a tool or
 * a test writes (template.schema.json, golden files), so what is generated is what `npm run lint`
 * checks, and a regenerated file differs from the committed one only where its content does.
 * Prettier's CLI in a child process: its API loads plugins by dynamic import, which jest's
 * module system refuses.
 */
const { execFileSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const PRETTIER = require.resolve("prettier/bin/prettier.cjs");

/** `value` as the formatted text of a .json file at `file` (a path in the project). */
function formattedJson(value, file) {
  // Indented first: Prettier keeps an object open on its lines, as in a file formatted by hand.
  return execFileSync(process.execPath, [PRETTIER, "--stdin-filepath", path.resolve(ROOT, file)], {
    cwd: ROOT,
    input: `${JSON.stringify(value, null, 2)}\n`,
    encoding: "utf8",
  });
}

module.exports = { formattedJson };
