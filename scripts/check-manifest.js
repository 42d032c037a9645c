#!/usr/bin/env node
/**
 * node scripts/check-manifest.js [manifest.xml]
 *
 * The offline check of the add-in manifest, run by `npm test`. Microsoft's validator is an online
 * service that has passed dangling resids and 3-part versions, and no npm package ships the XML
 * schemas, so the rules that keep this add-in loading are checked here. Exit 1 when any fails.
 */
const fs = require("fs");
const path = require("path");
const {
  parseManifest,
  descendants,
  child,
  at,
  resources,
  customFunctionsExtension,
  functionsNamespace,
} = require("./lib/manifest");

/** Children in the schema's sequence (taskpane XSDs); [name, required?, repeats?]. */
const sequences = {
  OfficeApp: [
    ["Id", true],
    ["AlternateId"],
    ["Version", true],
    ["ProviderName", true],
    ["DefaultLocale", true],
    ["DisplayName", true],
    ["Description", true],
    ["IconUrl", true],
    ["HighResolutionIconUrl", true],
    ["SupportUrl", true],
    ["AppDomains"],
    ["Hosts", true],
    ["Requirements", true],
    ["DefaultSettings", true],
    ["Permissions", true],
    ["Dictionary"],
    ["VersionOverrides", true],
    ["ExtendedOverrides"],
  ],
  VersionOverrides: [
    ["Description"],
    ["Requirements"],
    ["Hosts", true],
    ["Resources", true],
    ["WebApplicationInfo"],
    ["EquivalentAddins"],
  ],
  "VersionOverrides/Hosts/Host": [
    ["Runtimes", true],
    ["AllFormFactors", true],
    ["DesktopFormFactor", true],
    ["MobileFormFactor"],
  ],
  DesktopFormFactor: [["GetStarted"], ["FunctionFile", true], ["ExtensionPoint", true, true]],
  "ExtensionPoint[CustomFunctions]": [
    ["Script", true],
    ["Page", true],
    ["Metadata", true],
    ["Namespace", true],
  ],
  Resources: [["bt:Images", true], ["bt:Urls", true], ["bt:ShortStrings", true], ["bt:LongStrings"]],
};

/** Which resource table each kind of resid reference must point into. */
const residKinds = {
  "bt:Image": "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Namespace: "ShortStrings",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/**
 * The requirement set and version of each call the add-in makes; the contract tests check that
 * every call the writer sends through Microsoft's client is listed there.
 */
const requirementSets = require("../src/workbook/requirement-sets.json");

/** "1.10" > "1.9": versions compare part by part, as numbers. */
const compareVersions = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return 0;
};

/** Each set's highest version among the calls, with the call that needs it. */
function neededSets() {
  return Object.entries(requirementSets)
    .filter(([name]) => !name.startsWith("$"))
    .map(([name, calls]) => {
      const [call, version] = Object.entries(calls).sort(([, a], [, b]) => compareVersions(b, a))[0];
      return { name, version, call };
    });
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sizesRequired = ["16", "32", "80"];

function checkSequence(element, sequence, where, report) {
  let position = 0;
  const seen = new Set();
  for (const { name } of element.children) {
    const index = sequence.findIndex(([expected]) => expected === name);
    if (index < 0) {
      report("order", `${where}: <${name}> is not a child the schema allows here.`);
    } else if (index < position) {
      report("order", `${where}: <${name}> must come before <${sequence[position][0]}> (the schema fixes the order).`);
    } else if (seen.has(name) && !sequence[index][2]) {
      report("order", `${where}: <${name}> appears twice.`);
    } else {
      position = index;
    }
    seen.add(name);
  }
  for (const [name, required] of sequence) {
    if (required && !seen.has(name)) report("required", `${where}: <${name}> is missing.`);
  }
}

function checkStructure(manifest, report) {
  checkSequence(manifest, sequences.OfficeApp, "<OfficeApp>", report);
  const overrides = child(manifest, "VersionOverrides");
  if (!overrides) return;
  checkSequence(overrides, sequences.VersionOverrides, "<VersionOverrides>", report);
  const host = at(overrides, "Hosts", "Host");
  if (host) checkSequence(host, sequences["VersionOverrides/Hosts/Host"], "<VersionOverrides> <Host>", report);
  const desktop = child(host, "DesktopFormFactor");
  if (desktop) checkSequence(desktop, sequences.DesktopFormFactor, "<DesktopFormFactor>", report);
  const resourcesElement = child(overrides, "Resources");
  if (resourcesElement) checkSequence(resourcesElement, sequences.Resources, "<Resources>", report);
  const functions = customFunctionsExtension(manifest);
  if (functions)
    checkSequence(functions, sequences["ExtensionPoint[CustomFunctions]"], "CustomFunctions <ExtensionPoint>", report);
  else report("required", '<AllFormFactors> has no <ExtensionPoint xsi:type="CustomFunctions">.');
  if (at(manifest, "Hosts", "Host")?.attributes.Name !== "Workbook") {
    report("required", '<Hosts> must hold <Host Name="Workbook"/>: the add-in is for Excel.');
  }
  if (host && host.attributes["xsi:type"] !== "Workbook") {
    report("required", '<VersionOverrides> <Host> must be xsi:type="Workbook".');
  }
}

/** The rules, by the name a problem is reported under. */
const rules = {
  xml: "the manifest is well-formed XML",
  order: "elements sit where the schema allows, in its order",
  required: "the elements this add-in needs are present",
  "id-guid": "<Id> is a GUID",
  "version-four-part": "<Version> has four parts",
  "resid-defined": "every resid is defined once, in the right resource table",
  https: "every URL is https",
  "shared-runtime": "runtime, functions page, function file and task pane share one resid; SharedRuntime 1.1",
  namespace: "the functions' namespace is MERGER",
  "function-files":
    "the CustomFunctions script and metadata are functions.js and functions.json (functions.ja.json for ja-JP)",
  icons: "every icon has 16, 32 and 80 px images, and each image file exists in assets/",
  permissions: "<Permissions> is ReadWriteDocument",
  "requirement-sets":
    "<Requirements> declares each requirement set at the highest version the add-in's calls need (src/workbook/requirement-sets.json)",
};

/** The checks after parsing; each reports under one or more of the rules above. */
const checks = [
  checkStructure,
  (manifest, report) => {
    const id = child(manifest, "Id")?.text ?? "";
    if (!guid.test(id)) report("id-guid", `<Id> "${id}" is not a GUID (8-4-4-4-12 hexadecimal digits).`);
  },
  (manifest, report) => {
    const version = child(manifest, "Version")?.text ?? "";
    if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) {
      report("version-four-part", `<Version> "${version}" must have four numeric parts, e.g. 1.0.0.0.`);
    }
  },
  (manifest, report) => {
    const table = resources(manifest);
    const ids = descendants(at(manifest, "VersionOverrides", "Resources") ?? { children: [] })
      .map((e) => e.attributes?.id)
      .filter(Boolean);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) {
      report("resid-defined", `resource id "${id}" is defined more than once.`);
    }
    for (const element of descendants(manifest)) {
      const resid = element.attributes.resid;
      if (resid === undefined) continue;
      const resource = table.get(resid);
      if (!resource) {
        report(
          "resid-defined",
          `<${element.name} resid="${resid}"> refers to a resource that <Resources> does not define.`,
        );
      } else if (residKinds[element.name] && residKinds[element.name] !== resource.kind) {
        report(
          "resid-defined",
          `<${element.name} resid="${resid}"> needs a resource in bt:${residKinds[element.name]}, not bt:${resource.kind}.`,
        );
      }
    }
  },
  (manifest, report) => {
    for (const element of descendants(manifest)) {
      // xmlns declarations name schemas; they are never fetched.
      const attributes = Object.entries(element.attributes).filter(([name]) => !/^xmlns(:|$)/.test(name));
      const values = [element.text, ...attributes.map(([, value]) => value)];
      for (const value of values) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith("https://")) {
          report("https", `<${element.name}> has the URL ${value}: Office loads add-ins over https only.`);
        }
      }
    }
  },
  (manifest, report) => {
    const host = at(manifest, "VersionOverrides", "Hosts", "Host");
    const runtime = at(host, "Runtimes", "Runtime");
    const uses = [
      ["<Runtime>", runtime?.attributes.resid],
      [
        "the CustomFunctions <Page>",
        at(customFunctionsExtension(manifest), "Page", "SourceLocation")?.attributes.resid,
      ],
      ["<FunctionFile>", at(host, "DesktopFormFactor", "FunctionFile")?.attributes.resid],
      ...descendants(manifest)
        .filter((e) => e.name === "Action" && e.attributes["xsi:type"] === "ShowTaskpane")
        .map((action) => ["the task pane's <SourceLocation>", child(action, "SourceLocation")?.attributes.resid]),
    ];
    const residsUsed = new Set(uses.map(([, resid]) => resid));
    if (residsUsed.size !== 1 || residsUsed.has(undefined)) {
      report(
        "shared-runtime",
        `one shared runtime needs one resid for ${uses.map(([what, resid]) => `${what} (${resid ?? "none"})`).join(", ")}; ` +
          "Excel does not load the runtime when they differ.",
      );
    }
    if (runtime && runtime.attributes.lifetime !== "long") {
      report("shared-runtime", '<Runtime> needs lifetime="long", or the functions stop when the task pane closes.');
    }
    const sets = at(manifest, "Requirements", "Sets")?.children ?? [];
    if (!sets.some((set) => set.attributes.Name === "SharedRuntime" && set.attributes.MinVersion === "1.1")) {
      report("shared-runtime", '<Requirements> must include <Set Name="SharedRuntime" MinVersion="1.1"/>.');
    }
  },
  (manifest, report) => {
    const namespace = functionsNamespace(manifest);
    if (namespace !== "MERGER") report("namespace", `the functions' namespace is "${namespace}", not MERGER.`);
  },
  (manifest, report) => {
    const table = resources(manifest);
    const point = customFunctionsExtension(manifest);
    for (const [element, file] of [
      ["Script", "functions.js"],
      ["Metadata", "functions.json"],
    ]) {
      const resource = table.get(at(point, element, "SourceLocation")?.attributes.resid ?? "");
      const url = resource?.value ?? "";
      if (!url.endsWith(`/${file}`))
        report("function-files", `the CustomFunctions <${element}> must point at ${file}, not "${url}".`);
      // Localised metadata (functions.ja.json for ja-JP) is built beside functions.json; one script serves all.
      for (const { locale = "", value = "" } of resource?.overrides ?? []) {
        const localised = file.replace(/\.json$/, `.${locale.split("-")[0].toLowerCase()}.json`);
        if (element === "Script" || !value.endsWith(`/${localised}`)) {
          report(
            "function-files",
            element === "Script"
              ? `the CustomFunctions <Script> has an Override for ${locale}: one functions.js serves every language.`
              : `the CustomFunctions <Metadata> Override for ${locale} must point at ${localised}, not "${value}".`,
          );
        }
      }
    }
  },
  (manifest, report, { assetsDir }) => {
    for (const icon of descendants(manifest).filter((e) => e.name === "Icon")) {
      const sizes = icon.children.map((image) => image.attributes.size);
      const missing = sizesRequired.filter((size) => !sizes.includes(size));
      if (missing.length > 0) report("icons", `an <Icon> lacks the ${missing.join(", ")} px image(s) Office requires.`);
    }
    const urls = descendants(manifest)
      .flatMap((e) => [e.attributes.DefaultValue, e.attributes.Value])
      .filter((value) => value && /^https:\/\/.*\.png$/.test(value));
    for (const url of new Set(urls)) {
      const file = decodeURIComponent(new URL(url).pathname.split("/").pop());
      if (!fs.existsSync(path.join(assetsDir, file))) {
        report("icons", `the icon ${url} has no file ${file} in ${assetsDir}.`);
      }
    }
  },
  (manifest, report) => {
    const declared = new Map(
      (at(manifest, "Requirements", "Sets")?.children ?? []).map((set) => [
        set.attributes.Name,
        set.attributes.MinVersion,
      ]),
    );
    for (const { name, version, call } of neededSets()) {
      const minVersion = declared.get(name);
      if (minVersion === undefined || compareVersions(minVersion, version) < 0) {
        report(
          "requirement-sets",
          `<Requirements> declares ${name} ${minVersion ?? "not at all"}, but ${call} needs ${name} ${version}: ` +
            `on an older Excel the add-in would load and then fail part way. Declare <Set Name="${name}" MinVersion="${version}"/>.`,
        );
      } else if (compareVersions(minVersion, version) > 0) {
        report(
          "requirement-sets",
          `<Requirements> declares ${name} ${minVersion}; no call needs more than ${version}, and the higher set shuts out Excel versions that could run the add-in.`,
        );
      }
    }
  },
  (manifest, report) => {
    const permission = child(manifest, "Permissions")?.text;
    if (permission !== "ReadWriteDocument") {
      report(
        "permissions",
        `<Permissions> is "${permission ?? ""}"; the worksheet builder writes cells, so it is ReadWriteDocument.`,
      );
    }
  },
];

/**
 * Every problem with the manifest text, as {rule, message}; [] when it passes. Icons are looked
 * up in `assetsDir` (assets/ beside the manifest).
 */
function checkManifest(xml, { assetsDir }) {
  const problems = [];
  let manifest;
  try {
    manifest = parseManifest(xml);
  } catch (error) {
    return [{ rule: "xml", message: error.message }];
  }
  const report = (rule, message) => problems.push({ rule, message });
  for (const check of checks) check(manifest, report, { assetsDir });
  return problems;
}

function main() {
  const file = path.resolve(process.argv[2] ?? "manifest.xml");
  if (!fs.existsSync(file)) {
    console.error(`check-manifest: ${file} does not exist.`);
    return 2;
  }
  const problems = checkManifest(fs.readFileSync(file, "utf8"), { assetsDir: path.join(path.dirname(file), "assets") });
  const shown = path.relative(process.cwd(), file) || file;
  if (problems.length === 0) {
    console.log(`${shown}: offline check passed (${Object.keys(rules).length} rules).`);
    return 0;
  }
  console.error(`${shown}: offline check failed:`);
  for (const { rule, message } of problems) console.error(`  [${rule}] ${message}`);
  return 1;
}

if (require.main === module) process.exitCode = main();

module.exports = { checkManifest, ruleNames: Object.keys(rules) };
