/**
 * The add-in manifest (manifest.xml) as a plain element tree, for the offline check and for the
 * tools that need one fact from it (the functions' namespace). Element names keep their prefix
 * ("bt:Image"), as the manifest writes them.
 */
const xml2js = require("xml2js");

/**
 * @typedef {{ name: string, attributes: Record<string, string>, text: string, children: ManifestElement[] }} ManifestElement
 */

function toElement(node) {
  return {
    name: node["#name"],
    attributes: node.$ ?? {},
    text: typeof node._ === "string" ? node._.trim() : "",
    children: (node.$$ ?? []).map(toElement),
  };
}

/** Parses manifest XML; throws with the parser's message (line and column) when it is not well formed. */
function parseManifest(xml) {
  const parser = new xml2js.Parser({ explicitChildren: true, preserveChildrenOrder: true, explicitRoot: false });
  let root;
  let failure;
  // xml2js calls back synchronously for a string input.
  parser.parseString(xml, (error, result) => {
    failure = error;
    root = result;
  });
  if (failure) throw new Error(`not well-formed XML: ${failure.message.replace(/\s+/g, " ").trim()}`);
  const element = toElement(root);
  element.name = "OfficeApp";
  return element;
}

/** Every element below (and including) `element`, depth first, in document order. */
function descendants(element) {
  return [element, ...element.children.flatMap(descendants)];
}

const child = (element, name) => element?.children.find((c) => c.name === name);

/** The element at a path of child names, or undefined. */
const at = (element, ...names) => names.reduce((found, name) => child(found, name), element);

/** Resource id → {kind, value}: kind is Images, Urls, ShortStrings or LongStrings. */
function resources(manifest) {
  const table = new Map();
  for (const group of at(manifest, "VersionOverrides", "Resources")?.children ?? []) {
    const kind = group.name.replace(/^bt:/, "");
    for (const item of group.children) {
      const overrides = item.children
        .filter((override) => override.name === "bt:Override")
        .map((override) => ({ locale: override.attributes.Locale, value: override.attributes.Value }));
      table.set(item.attributes.id, { kind, value: item.attributes.DefaultValue, overrides });
    }
  }
  return table;
}

/** The <ExtensionPoint xsi:type="CustomFunctions"> element, or undefined. */
const customFunctionsExtension = (manifest) =>
  descendants(manifest).find((e) => e.name === "ExtensionPoint" && e.attributes["xsi:type"] === "CustomFunctions");

/** The custom functions' namespace (MERGER), or "" when the manifest declares none. */
function functionsNamespace(manifest) {
  const resid = child(customFunctionsExtension(manifest), "Namespace")?.attributes.resid;
  return (resid && resources(manifest).get(resid)?.value) || "";
}

module.exports = { parseManifest, descendants, child, at, resources, customFunctionsExtension, functionsNamespace };
