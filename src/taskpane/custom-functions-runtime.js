/**
 * A stand-in for the `CustomFunctions` global that Excel's custom-functions runtime provides,
 * with the same shapes (@types/custom-functions-runtime): ErrorCode values are Excel's error
 * texts, Error carries code and message, associate records id → function. Used by
 * `npm run invoke`, by the unit tests and, injected as source, by the Chromium tests; the pane
 * page installs it (src/taskpane/office-standin.ts) only when office.js did not load, i.e.
 * outside Office with the CDN blocked; inside Office, Excel supplies the real one.
 */
function createCustomFunctionsRuntime() {
  const ErrorCode = Object.freeze({
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  });
  class CustomFunctionsError {
    constructor(code, message) {
      this.code = code;
      // Excel shows a message only with #VALUE! and #N/A.
      if (message !== undefined && (code === ErrorCode.invalidValue || code === ErrorCode.notAvailable)) {
        this.message = message;
      }
    }
  }
  const associated = new Map();
  function associate(idOrMappings, fn) {
    const entries = typeof idOrMappings === "string" ? [[idOrMappings, fn]] : Object.entries(idOrMappings);
    for (const [id, f] of entries) {
      if (typeof f !== "function") throw new TypeError(`CustomFunctions.associate: ${id} is not a function`);
      associated.set(id.toUpperCase(), f);
    }
  }
  return { Error: CustomFunctionsError, ErrorCode, associate, associated };
}

module.exports = { createCustomFunctionsRuntime };
