/**
 * The built add-in, loaded the way Excel loads it: dist/functions.json for the metadata and
 * dist/functions.js run in a fresh global scope whose `CustomFunctions` is the stand-in, so the
 * bundle's own associate calls do the registration. Used by `npm run invoke` and the bench.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { parseManifest, functionsNamespace } = require("./manifest");
// The stand-in ships with the pane (outside Office, when office.js is blocked): tools take it from src/.
const RUNTIME = path.resolve(__dirname, "..", "..", "src", "taskpane", "custom-functions-runtime.js");
const { createCustomFunctionsRuntime } = require(RUNTIME);

const runtimeSource = fs.readFileSync(RUNTIME, "utf8");

/** dist/ is missing or incomplete: the remedy is a build. */
class AddinNotBuilt extends Error {
  constructor(file, problem) {
    const shown = path.relative(process.cwd(), file);
    super(`${shown.startsWith("..") ? file : shown} ${problem}: run \`npm run build\` first.`);
    this.name = "AddinNotBuilt";
  }
}

/** The add-in's namespace, as Excel shows it before each function name (MERGER.ODD_LOT). */
function builtNamespace(distDir) {
  const manifest = path.join(distDir, "manifest.xml");
  return fs.existsSync(manifest) ? functionsNamespace(parseManifest(fs.readFileSync(manifest, "utf8"))) : "";
}

/**
 * A browser-like global scope for the bundle. The stand-in runtime is evaluated inside it, so
 * arrays and errors the functions see and make all belong to the bundle's own realm, as in Excel.
 */
function addinContext() {
  const context = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
  });
  context.self = context;
  context.window = context;
  const module = { exports: {} };
  vm.runInContext(`(function (module) {\n${runtimeSource}\n})`, context, { filename: "custom-functions-runtime.js" })(
    module,
  );
  context.CustomFunctions = module.exports.createCustomFunctionsRuntime();
  return context;
}

/**
 * The bundle run in this global scope, as the bench needs it: in a vm context every global lookup
 * (Math, Number, BigInt) goes through Node's interceptor, ~50× slower than in a browser, which
 * would time Node and not the add-in. Same stand-in runtime; once per process.
 */
function runInThisRealm(source, filename) {
  const runtime = createCustomFunctionsRuntime();
  Object.assign(globalThis, { CustomFunctions: runtime, self: globalThis, window: globalThis });
  vm.runInThisContext(source, { filename });
  return runtime;
}

function runInAddinContext(source, filename) {
  const context = addinContext();
  vm.runInContext(source, context, { filename });
  return context.CustomFunctions;
}

/**
 * Loads dist/: returns the namespace, the runtime the bundle registered with, and every function
 * in functions.json with the implementation the bundle associated with its id. `thisRealm` runs
 * the bundle in this global scope instead of its own (for timing only).
 */
function loadBuiltAddin(distDir = path.resolve(__dirname, "..", "..", "dist"), { thisRealm = false } = {}) {
  const metadataFile = path.join(distDir, "functions.json");
  const bundleFile = path.join(distDir, "functions.js");
  for (const file of [metadataFile, bundleFile]) {
    if (!fs.existsSync(file)) throw new AddinNotBuilt(file, "is missing");
  }
  let metadata;
  try {
    metadata = JSON.parse(fs.readFileSync(metadataFile, "utf8"));
  } catch (error) {
    throw new AddinNotBuilt(metadataFile, `is not JSON (${error.message})`);
  }
  const run = thisRealm ? runInThisRealm : runInAddinContext;
  const runtime = run(fs.readFileSync(bundleFile, "utf8"), bundleFile);
  const functions = metadata.functions.map((entry) => ({
    metadata: entry,
    implementation: runtime.associated.get(entry.id.toUpperCase()),
  }));
  return { namespace: builtNamespace(distDir), runtime, functions };
}

/** A function by its functions.json name or id, in any case, with or without the namespace. */
function findFunction(addin, name) {
  const wanted = name.toUpperCase();
  const prefix = addin.namespace ? `${addin.namespace.toUpperCase()}.` : "";
  const bare = prefix && wanted.startsWith(prefix) ? wanted.slice(prefix.length) : wanted;
  return addin.functions.find(
    ({ metadata }) => metadata.name.toUpperCase() === bare || metadata.id.toUpperCase() === bare,
  );
}

module.exports = { AddinNotBuilt, loadBuiltAddin, findFunction };
