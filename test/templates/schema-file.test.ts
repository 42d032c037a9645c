/**
 * The published template.schema.json: generated from the one definition of the format, kept
 * current in the repository, and accepting the built-in templates as an editor would check them.
 */
import Ajv2020 from "ajv/dist/2020";
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join, resolve } from "path";

const root = resolve(__dirname, "../..");
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(join(root, ...parts), "utf8"));
const validate = new Ajv2020({ allErrors: true }).compile(readJson("template.schema.json") as object);

test("the committed schema is what the definition gives (npm run schema rewrites it)", () => {
  const output = execFileSync(process.execPath, [join(root, "scripts/template-schema.js"), "--check"], {
    encoding: "utf8",
  });
  expect(output).toContain("template.schema.json is current");
});

test.each([
  ...["absorption-merger", "ratio-analysis", "share-exchange", "joint-share-transfer"].map((id): [string, string[]] => [
    `the built-in ${id}, built-in sections by name`,
    ["src", "templates", "builtin", `${id}.json`],
  ]),
  ["the small custom template of the golden tests", ["test", "templates", "golden", "small-allotment.template.json"]],
])("it accepts %s", (_, parts) => {
  expect(validate(readJson(...parts))).toBe(true);
  expect(validate.errors ?? []).toEqual([]);
});

test("it refuses what the schema refuses: an unknown property, a number format off the list", () => {
  const template = readJson("test", "templates", "golden", "small-allotment.template.json") as Record<string, unknown>;
  expect(validate({ ...template, macro: true })).toBe(false);
  const withFormat = JSON.parse(JSON.stringify(template).replace('"format":"#,##0"', '"format":";;;"'));
  expect(validate(withFormat)).toBe(false);
  expect(validate.errors?.some((error) => error.instancePath.endsWith("/format"))).toBe(true);
});

test("it refuses a built-in section it does not have, and one used without its parameters", () => {
  const template = readJson("src", "templates", "builtin", "share-exchange.json") as { sections: unknown[] };
  expect(validate({ ...template, sections: [...template.sections, { use: "no-such-section" }] })).toBe(false);
  expect(validate({ ...template, sections: [...template.sections, { use: "rights", with: { article: "749" } }] })).toBe(
    false,
  );
});
