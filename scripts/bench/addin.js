/**
 * The built functions bundle, loaded for timing: scripts/lib/built-addin in this realm, each
 * function called with the arguments scripts/lib/excel-call shapes, as `npm run invoke` does.
 * `prepare(name, ...args)` shapes once, outside the timed region, and returns the call to time.
 */
const { loadBuiltAddin, findFunction } = require("../lib/built-addin");
const { excelArguments, invocationFor } = require("../lib/excel-call");

function loadForTiming(dir) {
  const addin = loadBuiltAddin(dir, { thisRealm: true });
  return (name, ...args) => {
    const found = findFunction(addin, name);
    if (!found?.implementation) throw new Error(`The build has no function ${name}.`);
    const shaped = excelArguments(found.metadata, args);
    const invocation = invocationFor(found.metadata, addin.namespace, shaped);
    return () => {
      try {
        return found.implementation(...shaped, invocation);
      } catch (error) {
        throw new Error(`${name} answered ${error.code ?? "an error"}: ${error.message}`);
      }
    };
  };
}

module.exports = { loadForTiming };
