/**
 * A production build for the analysts' IT: `ADDIN_URL=https://… npm run build` points every URL
 * of dist/manifest.xml at the hosting URL. Built into a temporary folder, not dist/, so the e2e
 * tests reading dist/ are undisturbed.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

jest.setTimeout(180000);

const root = resolve(__dirname, "../..");
const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });

function build(outputPath: string, addinUrl: string) {
  return spawnSync(process.execPath, [webpackCli, "--mode", "production", "--output-path", outputPath], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ADDIN_URL: addinUrl },
  });
}

describe("ADDIN_URL=https://example.com/addin/ npm run build", () => {
  let outputPath: string;
  let manifest: string;

  beforeAll(() => {
    outputPath = mkdtempSync(join(tmpdir(), "merger-production-"));
    const run = build(outputPath, "https://example.com/addin/");
    expect(run.status).toBe(0);
    manifest = readFileSync(join(outputPath, "manifest.xml"), "utf8");
  });

  afterAll(() => rmSync(outputPath, { recursive: true, force: true }));

  test("writes the hosting URL into every URL of dist/manifest.xml", () => {
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://example.com/addin/taskpane.html"/>');
    expect(manifest).toContain(
      '<bt:Url id="Functions.Script.Url" DefaultValue="https://example.com/addin/functions.js"/>',
    );
    expect(manifest).toContain(
      '<bt:Image id="Icon.80x80" DefaultValue="https://example.com/addin/assets/icon-80.png"/>',
    );
    expect(manifest).toContain("<AppDomain>https://example.com</AppDomain>");
  });

  test("the production manifest passes the offline check", () => {
    const output = execFileSync("node", [join(root, "scripts/check-manifest.js"), join(outputPath, "manifest.xml")], {
      encoding: "utf8",
    });
    expect(output).toContain("offline check passed");
  });

  test("the source manifest.xml keeps localhost, for development", () => {
    expect(readFileSync(join(root, "manifest.xml"), "utf8")).toContain("https://localhost:3000/taskpane.html");
  });
});

test("an ADDIN_URL that is not https is refused", () => {
  const outputPath = mkdtempSync(join(tmpdir(), "merger-production-"));
  try {
    const run = build(outputPath, "http://example.com/addin/");
    expect(run.status).not.toBe(0);
    expect(run.stderr + run.stdout).toContain("ADDIN_URL must be an https:// URL");
  } finally {
    rmSync(outputPath, { recursive: true, force: true });
  }
});
