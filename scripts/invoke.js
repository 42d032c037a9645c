#!/usr/bin/env node
/**
 * npm run -s invoke -- NAME ARG...      one function of the built add-in, called as Excel calls it
 * npm run -s invoke -- --stdin NAME     the arguments as one JSON array on standard input
 *
 * Prints the answer as one line of JSON. Exit 0 when the function answered (an Excel error is an
 * answer), 2 for a call Excel would not make or a missing build, 1 when the add-in broke its contract.
 */
const fs = require("fs");
const path = require("path");
const { AddinNotBuilt, loadBuiltAddin, findFunction } = require("./lib/built-addin");
const { ExcelCallError, ContractError, callAsExcel, presentOutcome } = require("./lib/excel-call");

const usage = `Usage: npm run -s invoke -- [--dist DIR] NAME ARG...
       npm run -s invoke -- [--dist DIR] --stdin NAME  < args.json

Calls a function of the built add-in (dist/functions.js and dist/functions.json) as Excel would.
NAME is the function's name, with or without its namespace (ODD_LOT or MERGER.ODD_LOT).
Each ARG is JSON (4000, "0.29", [[80],[40],[30]], null); an ARG that is not JSON is text (holders).
A range is rows of cells: [[80],[40],[30]] is a column, [[1,2,3]] a row.
--stdin reads the whole argument list as one JSON array, e.g. [[[80],[40],[30]], 5.83, null, "holders"].`;

class UsageError extends Error {
  constructor(message, { showUsage = true } = {}) {
    super(message);
    this.showUsage = showUsage;
  }
}

function parseCommandLine(argv) {
  const options = { dist: path.resolve(__dirname, "..", "dist"), stdin: false, help: false };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (rest.length === 0 && arg === "--stdin") options.stdin = true;
    else if (rest.length === 0 && (arg === "--help" || arg === "-h")) options.help = true;
    else if (rest.length === 0 && arg === "--dist") {
      if (i + 1 >= argv.length) throw new UsageError("--dist needs a directory.");
      options.dist = path.resolve(argv[++i]);
    } else rest.push(arg);
  }
  if (options.help) return { ...options, name: undefined, args: [] };
  if (rest.length === 0) throw new UsageError("Name the function to call.");
  const [name, ...texts] = rest;
  if (options.stdin && texts.length > 0)
    throw new UsageError("With --stdin, give the arguments on standard input only.");
  return { ...options, name, args: options.stdin ? readStdinArgs() : texts.map(argumentValue) };
}

/** A command-line ARG: JSON when it parses as JSON, otherwise the text itself. */
function argumentValue(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function readStdinArgs() {
  const text = fs.readFileSync(0, "utf8");
  let args;
  try {
    args = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--stdin: standard input is not JSON (${error.message}).`);
  }
  if (!Array.isArray(args)) throw new UsageError("--stdin: standard input must be a JSON array of the arguments.");
  return args;
}

async function main() {
  const command = parseCommandLine(process.argv.slice(2));
  if (command.help) {
    console.log(usage);
    return 0;
  }
  const addin = loadBuiltAddin(command.dist);
  const found = findFunction(addin, command.name);
  if (!found) {
    const names = addin.functions.map(({ metadata }) => metadata.name).join(", ");
    throw new UsageError(
      `No function ${command.name} in ${path.join(command.dist, "functions.json")}. It has: ${names}.`,
      {
        showUsage: false,
      },
    );
  }
  if (!found.implementation) {
    throw new ContractError(
      `functions.json lists ${found.metadata.id}, but functions.js never associated it (CustomFunctions.associate): ` +
        "Excel would show #NAME? for it.",
    );
  }
  const outcome = await callAsExcel(found.metadata, found.implementation, command.args, { namespace: addin.namespace });
  const shown = presentOutcome(outcome, found.metadata, (thrown) => {
    console.error(`${found.metadata.name} threw without a CustomFunctions.Error; Excel shows #VALUE! with no message:`);
    console.error(thrown);
  });
  console.log(JSON.stringify(shown));
  return outcome.busy ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError || error instanceof ExcelCallError || error instanceof AddinNotBuilt) {
      console.error(`invoke: ${error.message}`);
      if (error instanceof UsageError && error.showUsage) console.error(`\n${usage}`);
      process.exitCode = 2;
    } else if (error instanceof ContractError) {
      console.error(`invoke: the built add-in broke its contract: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
