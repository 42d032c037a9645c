/**
 * The offline manifest check: the real manifest passes, and each broken fixture
 * (fixtures/error.RULE.xml, the real manifest with one thing wrong) is refused by its rule alone.
 */
import { execFileSync, spawnSync } from "child_process";
import { readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { checkManifest, ruleNames } from "../../scripts/check-manifest";

const root = resolve(__dirname, "../..");
const assetsDir = join(root, "assets");
const fixturesDir = join(__dirname, "fixtures");
const fixtureRules = readdirSync(fixturesDir)
  .map((file) => /^error\.(.+)\.xml$/.exec(file)?.[1])
  .filter((rule): rule is string => rule !== undefined)
  .sort();

test("the project's manifest.xml passes every rule", () => {
  expect(checkManifest(readFileSync(join(root, "manifest.xml"), "utf8"), { assetsDir })).toEqual([]);
});

test("every rule has a broken fixture, and every fixture names a rule", () => {
  expect(fixtureRules).toEqual([...ruleNames].sort());
});

test.each(fixtureRules)("error.%s.xml is refused by that rule alone", (rule) => {
  const problems = checkManifest(readFileSync(join(fixturesDir, `error.${rule}.xml`), "utf8"), { assetsDir });
  expect(problems.length).toBeGreaterThan(0);
  expect(new Set(problems.map((problem) => problem.rule))).toEqual(new Set([rule]));
});

test("the messages say what is wrong", () => {
  const messageFor = (rule: string) =>
    checkManifest(readFileSync(join(fixturesDir, `error.${rule}.xml`), "utf8"), { assetsDir })
      .map((problem) => problem.message)
      .join("\n");
  expect(messageFor("version-four-part")).toContain('"1.0.0" must have four numeric parts');
  expect(messageFor("resid-defined")).toContain('resid="GetStarted.Heading"');
  expect(messageFor("https")).toContain("http://localhost:3000/functions.json");
  expect(messageFor("shared-runtime")).toContain("<FunctionFile> (Commands.Url)");
  expect(messageFor("icons")).toContain("icon-81.png");
  expect(messageFor("requirement-sets")).toContain(
    "declares ExcelApi 1.4, but Application.suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9",
  );
});

test("the Japanese metadata Override is accepted, and one pointing elsewhere is refused", () => {
  const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
  expect(manifest).toContain('<bt:Override Locale="ja-JP" Value="https://localhost:3000/functions.ja.json"/>');
  const wrong = manifest.replace("functions.ja.json", "functions-ja.json");
  expect(checkManifest(wrong, { assetsDir })).toEqual([
    {
      rule: "function-files",
      message:
        'the CustomFunctions <Metadata> Override for ja-JP must point at functions.ja.json, not "https://localhost:3000/functions-ja.json".',
    },
  ]);
});

describe("npm run check:manifest", () => {
  const script = join(root, "scripts/check-manifest.js");

  test("passes manifest.xml with exit code 0", () => {
    expect(execFileSync("node", [script, "manifest.xml"], { cwd: root, encoding: "utf8" })).toMatch(
      /^manifest\.xml: offline check passed/,
    );
  });

  test("fails a broken manifest with exit code 1 and names the rule", () => {
    const run = spawnSync("node", [script, join(fixturesDir, "error.permissions.xml")], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("[permissions]");
  });
});
