/**
 * Lets Node require the TypeScript sources (src/templates, src/workbook), each file transpiled on
 * load: for the template schema script, and for the benchmark's worksheet rows (those modules are
 * not in the functions bundle, and what is measured there is syncs and request sizes, which do
 * not depend on how the code was compiled).
 */
const fs = require("fs");
const ts = require("typescript");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
};

function registerTypeScript() {
  for (const extension of [".ts", ".tsx"]) {
    require.extensions[extension] = (module, filename) => {
      const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
        compilerOptions,
        fileName: filename,
      });
      module._compile(outputText, filename);
    };
  }
}

module.exports = { registerTypeScript };
