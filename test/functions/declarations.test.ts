/**
 * One declaration per function: the JSDoc in src/functions, read by custom-functions-metadata's
 * own parser (the one the build's metadata plugin runs). Every other place that names a
 * function's arguments is held to it: the registry (ids, implementations, parameters in order,
 * scalar or matrix, optional, and the result's shape), the Japanese metadata (a text per
 * parameter, in the same order) and the README (each function's signature heading, and its
 * argument table or list). A renamed, added or reordered argument fails here until every place
 * says the same.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata, type IAssociate, type IFunction } from "custom-functions-metadata";
import { CUSTOM_FUNCTIONS, NAMESPACE, type Parameter } from "../../src/functions/registry";
import texts from "../../src/functions/metadata.ja.json";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionSources } = require("../../scripts/lib/function-sources");

/** An argument as every place can state it: its name, and whether it may be left out. */
interface Argument {
  readonly name: string;
  readonly optional: boolean;
}

let declared: IFunction[];
let associated: IAssociate[];
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(functionSources());
  expect(generated.errors).toEqual([]);
  declared = JSON.parse(generated.metadataJson).functions;
  associated = generated.associate;
});

const jsdocArguments = (fn: IFunction): Argument[] =>
  fn.parameters.map((p) => ({ name: p.name, optional: p.optional === true }));
const declaration = (id: string): IFunction => {
  const fn = declared.find((f) => f.id === id);
  if (!fn) throw new Error(`${id} has no @customfunction JSDoc`);
  return fn;
};
const ids = CUSTOM_FUNCTIONS.map((f) => [f.id] as const);

describe("the registry", () => {
  test("lists the functions the JSDoc declares", () => {
    expect(CUSTOM_FUNCTIONS.map((f) => f.id).sort()).toEqual(declared.map((f) => f.id).sort());
  });

  test.each(CUSTOM_FUNCTIONS.map((f) => [f.id, f] as const))("%s: as its JSDoc declares it", (id, f) => {
    const fn = declaration(id);
    expect(fn.name).toBe(id);
    expect(associated.find((a) => a.id === id)?.functionName).toBe(f.implementation);
    const shape = (p: { dimensionality?: string }) => p.dimensionality ?? "scalar";
    expect(
      f.parameters.map((p: Parameter) => ({ name: p.name, shape: p.shape, optional: p.optional === true })),
    ).toEqual(fn.parameters.map((p) => ({ name: p.name, shape: shape(p), optional: p.optional === true })));
    expect(f.result.shape).toBe(shape(fn.result ?? {}));
  });
});

describe("the Japanese metadata", () => {
  // The option lists' tooltips (`enums`) sit beside the functions in the same file.
  const { enums: _enums, ...functionTexts } = texts;
  const table = functionTexts as Record<string, { parameters: Record<string, string> }>;

  test("has an entry for each declared function and no other", () => {
    expect(Object.keys(table).sort()).toEqual(declared.map((f) => f.id).sort());
  });

  test.each(ids)("%s: a text for each parameter, in the declared order", (id) => {
    expect(Object.keys(table[id]?.parameters ?? {})).toEqual(declaration(id).parameters.map((p) => p.name));
  });
});

/** Each function's part of the README: its signature heading and the text below it. */
interface ReadmeEntry {
  readonly signature: Argument[];
  readonly body: string;
}

const HEADING = new RegExp(`^#{3,4} \`?=?${NAMESPACE}\\.([A-Z0-9_]+)\\(([^)]*)\\)\`?\\s*$`);

function readmeEntries(readme: string): Map<string, ReadmeEntry> {
  const entries = new Map<string, ReadmeEntry>();
  let current: { id: string; signature: Argument[]; body: string[] } | undefined;
  const close = () =>
    current && entries.set(current.id, { signature: current.signature, body: current.body.join("\n") });
  for (const line of readme.split("\n")) {
    if (!line.startsWith("#")) {
      current?.body.push(line);
      continue;
    }
    close();
    current = undefined;
    const heading = HEADING.exec(line);
    if (!heading) continue;
    if (entries.has(heading[1]!)) throw new Error(`The README has two headings for ${heading[1]}`);
    const signature = heading[2]!.trim() === "" ? [] : heading[2]!.split(",").map((text) => signatureArgument(text));
    current = { id: heading[1]!, signature, body: [] };
  }
  close();
  return entries;
}

/** `name` or `[name]` (optional), as the headings write a signature. */
function signatureArgument(text: string): Argument {
  const optional = /^\[(.*)\]$/.exec(text.trim());
  return { name: (optional ? optional[1]! : text).trim(), optional: optional !== null };
}

/**
 * The arguments an entry's own table (`| Argument | Meaning |`) or list (`- **`name`:**`)
 * describes, in the order it describes them: a row or item may name several (`holdings`, `ratio`).
 * A table row's meaning tells whether the argument may be left out ("Optional", or a default).
 */
function describedArguments(body: string): { tabled: boolean; rows: { names: string[]; meaning: string }[] } {
  const rows: { names: string[]; meaning: string }[] = [];
  let tabled = false;
  let inTable = false;
  for (const line of body.split("\n")) {
    if (/^\| Argument \| Meaning \|$/.test(line)) {
      tabled = inTable = true;
      continue;
    }
    if (inTable && line.startsWith("|")) {
      const [, names, meaning] = line.split("|");
      if (/^-+$/.test(names!.trim())) continue;
      rows.push({ names: [...names!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), meaning: meaning!.trim() });
      continue;
    }
    inTable = false;
    const item = /^- \*\*(.+?):\*\*/.exec(line);
    if (item) rows.push({ names: [...item[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), meaning: "" });
  }
  return { tabled, rows };
}

describe("the README", () => {
  const entries = readmeEntries(readFileSync(join(__dirname, "../../README.md"), "utf8"));

  test("has a heading for each declared function and no other", () => {
    expect([...entries.keys()].sort()).toEqual(declared.map((f) => f.id).sort());
  });

  test.each(ids)("%s: the heading's signature is the declared one", (id) => {
    expect(entries.get(id)?.signature).toEqual(jsdocArguments(declaration(id)));
  });

  test.each(ids)("%s: the arguments described are declared, in order, optional as declared", (id) => {
    const { tabled, rows } = describedArguments(entries.get(id)?.body ?? "");
    const order = declaration(id).parameters.map((p) => p.name);
    const described = rows.flatMap((row) => row.names);
    expect(described.filter((name) => !order.includes(name))).toEqual([]);
    expect(described).toEqual(order.filter((name) => described.includes(name)));
    if (!tabled) return;
    // A table describes every argument, and says which may be left out.
    expect(described).toEqual(order);
    const optional = new Set(
      jsdocArguments(declaration(id))
        .filter((a) => a.optional)
        .map((a) => a.name),
    );
    for (const row of rows) {
      const saysOptional = /^Optional\b/.test(row.meaning) || /\(default\)|default \S/.test(row.meaning);
      expect({ arguments: row.names, optional: saysOptional }).toEqual({
        arguments: row.names,
        optional: row.names.every((name) => optional.has(name)),
      });
    }
  });
});

describe("the README reader", () => {
  const readme = [
    "### MERGER.F(a, b, [c])",
    "| Argument | Meaning |",
    "|---|---|",
    "| `a`, `b` | Two numbers. |",
    "| `c` | Optional, default 1. |",
    "#### `=MERGER.G(x, [y])`",
    "- **`x`:** a date.",
    "## Other",
    "| Argument | Meaning |",
  ].join("\n");

  test("reads signatures and the arguments each entry describes", () => {
    const entries = readmeEntries(readme);
    expect([...entries.keys()]).toEqual(["F", "G"]);
    expect(entries.get("F")?.signature).toEqual([
      { name: "a", optional: false },
      { name: "b", optional: false },
      { name: "c", optional: true },
    ]);
    expect(describedArguments(entries.get("F")!.body)).toEqual({
      tabled: true,
      rows: [
        { names: ["a", "b"], meaning: "Two numbers." },
        { names: ["c"], meaning: "Optional, default 1." },
      ],
    });
    expect(describedArguments(entries.get("G")!.body)).toEqual({
      tabled: false,
      rows: [{ names: ["x"], meaning: "" }],
    });
  });
});
