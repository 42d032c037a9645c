/**
 * Localised custom-function metadata: functions.json (generated from the JSDoc, in English) with
 * each function's and parameter's description replaced from a text table of one language. Excel
 * loads the file the manifest's <bt:Override Locale="ja-JP"> names for the Metadata URL, and shows
 * its descriptions in formula autocomplete. The option lists (`@customenum`, CustomFunctionsRuntime
 * 1.5) get their tooltips from the table's "enums", by enum id and member name. Ids, names, types,
 * values and the order of parameters stay as they are: a formula is the same in every language. A description the table lacks stays in
 * English and is listed by `missingTexts` (the tests fail on it; the build does not).
 */

/** Every function id, "ID.parameter" and "enum Id.member" the table has no text for. */
function missingTexts(metadata, texts) {
  const missing = [];
  for (const option of metadata.enums ?? []) {
    for (const value of option.values) {
      if (!texts.enums?.[option.id]?.[value.name]) missing.push(`enum ${option.id}.${value.name}`);
    }
  }
  for (const fn of metadata.functions) {
    const entry = texts[fn.id];
    if (!entry?.description) missing.push(fn.id);
    for (const parameter of fn.parameters ?? []) {
      if (!entry?.parameters?.[parameter.name]) missing.push(`${fn.id}.${parameter.name}`);
    }
  }
  return missing;
}

/** The metadata with the table's descriptions and tooltips. */
function localiseMetadata(metadata, texts) {
  const enums = metadata.enums?.map((option) => ({
    ...option,
    values: option.values.map((value) => ({
      ...value,
      tooltip: texts.enums?.[option.id]?.[value.name] ?? value.tooltip,
    })),
  }));
  return {
    ...metadata,
    ...(enums && { enums }),
    functions: metadata.functions.map((fn) => {
      const entry = texts[fn.id] ?? {};
      return {
        ...fn,
        description: entry.description ?? fn.description,
        parameters: (fn.parameters ?? []).map((parameter) => ({
          ...parameter,
          description: entry.parameters?.[parameter.name] ?? parameter.description,
        })),
      };
    }),
  };
}

/**
 * A webpack plugin writing `output` (functions.ja.json) beside `input` (functions.json, emitted by
 * CustomFunctionsMetadataPlugin), with the texts read from `textsFile` at each build.
 */
class LocalisedMetadataPlugin {
  constructor({ input, output, textsFile }) {
    Object.assign(this, { input, output, textsFile });
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalisedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(this.textsFile);
      compilation.hooks.processAssets.tap(
        { name: "LocalisedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          const source = assets[this.input];
          if (!source) return; // the metadata plugin reported its own error
          const texts = JSON.parse(require("fs").readFileSync(this.textsFile, "utf8"));
          const localised = localiseMetadata(JSON.parse(source.source().toString()), texts);
          compilation.emitAsset(this.output, new sources.RawSource(`${JSON.stringify(localised, null, 4)}\n`));
        },
      );
    });
  }
}

module.exports = { localiseMetadata, missingTexts, LocalisedMetadataPlugin };
