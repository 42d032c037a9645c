#!/usr/bin/env node
/**
 * npm run -s sheet -- TEMPLATE [--inputs FILE.json] [--register FILE.csv] [--prices FILE.csv]
 *                     [--language en|ja] [--format tsv|json|xlsx] [--out FILE]
 *
 * A template built outside Excel (src/sheet/cli.ts, run from the TypeScript sources).
 */
const path = require("path");
const { registerTypeScript } = require("./lib/typescript-require");

registerTypeScript();
const { runSheet, UsageError, InputProblems, USAGE } = require(path.join(__dirname, "..", "src", "sheet", "cli.ts"));
const { version } = require(path.join(__dirname, "..", "package.json"));

const argv = process.argv.slice(2);
if (argv.includes("--help") || argv.includes("-h")) {
  process.stdout.write(`${USAGE}\n`);
} else {
  runSheet(argv, version).then(
    (text) => process.stdout.write(text),
    (error) => {
      process.stderr.write(`${error.message}\n`);
      if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
      // A template's refusal (TemplateError) and refused inputs are the user's to fix, as usage is.
      process.exitCode =
        error instanceof UsageError || error instanceof InputProblems || error.name === "TemplateError" ? 2 : 1;
    },
  );
}
