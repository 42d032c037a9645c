/**
 * The built functions bundle, loaded for timing. scripts/lib/built-addin runs it in a vm context,
 * as invoke does; but in a vm context every global lookup (Math, Number, BigInt) goes through
 * Node's interceptor, ~50× slower than in a browser, which would time Node and not the add-in.
 * So the bench evaluates the same file in its own global scope, with the same CustomFunctions
 * stand-in, and calls each function as Excel does: every declared parameter (null when omitted),
 * then the invocation object.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { createCustomFunctionsRuntime } = require("../lib/custom-functions-runtime");

function loadForTiming(dir) {
  const metadata = JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8"));
  const runtime = createCustomFunctionsRuntime();
  Object.assign(globalThis, { CustomFunctions: runtime, self: globalThis, window: globalThis });
  vm.runInThisContext(fs.readFileSync(path.join(dir, "functions.js"), "utf8"), {
    filename: path.join(dir, "functions.js"),
  });
  const declared = new Map(metadata.functions.map((entry) => [entry.name, entry]));
  return (name, ...args) => {
    const entry = declared.get(name);
    const implementation = runtime.associated.get(entry?.id.toUpperCase());
    if (!implementation) throw new Error(`The build has no function ${name}.`);
    const shaped = (entry.parameters ?? []).map((_, i) => (i < args.length ? args[i] : null));
    try {
      return implementation(...shaped, { functionName: `MERGER.${name}` });
    } catch (error) {
      throw new Error(`${name} answered ${error.code ?? "an error"}: ${error.message}`);
    }
  };
}

module.exports = { loadForTiming };
