/**
 * `npm run sheet`: a template built through the pane's preview engine and printed as each cell
 * shows, by sheet and row; its inputs from a JSON file and CSV tables; its refusals.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { InputProblems, runSheet, UsageError } from "../../src/sheet/cli";
import { toTsv } from "../../src/sheet/shown";

const directory = mkdtempSync(join(tmpdir(), "sheet-cli-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
};

/** The fields after a row's label (column A) in the TSV, above the release tables that repeat some labels. */
const rowOf = (tsv: string, label: string): string[] => {
  const release = tsv.search(/\t(Release: |開示資料：)/);
  const working = release < 0 ? tsv : tsv.slice(0, release);
  const lines = working.split("\n").filter((line) => line.split("\t")[2] === label);
  if (lines.length !== 1) throw new Error(`${lines.length} rows labelled "${label}"`);
  return lines[0]!.split("\t").slice(3);
};

test("the 2013 example as TSV: sheet, row number, then each cell as Excel shows it", async () => {
  const tsv = await runSheet(["absorption-merger-2013-example"], "test");
  expect(tsv.split("\n")[0]).toBe("Merger\t1\tAbsorption-type merger: 2013 example (IIJ / IIJ Exlayer)");
  expect(rowOf(tsv, "Dissolving company: shares issued")).toEqual(["4,000"]);
  expect(rowOf(tsv, "Shares to provide (whole shares + shares sold for fractions)").slice(0, 1)).toEqual(["104"]);
  expect(rowOf(tsv, "Board resolution")).toEqual(["2013-11-07"]);
  expect(rowOf(tsv, "Share of voting rights held")).toEqual(["99.9%"]);
  // Empty rows are left out; no line is longer than its last filled cell.
  expect(tsv.split("\n").filter((line) => line.endsWith("\t"))).toEqual([]);
});

test("--language ja builds the Japanese sheet", async () => {
  const tsv = await runSheet(["absorption-merger-2013-example", "--language", "ja"], "test");
  expect(tsv.split("\n")[0]!.split("\t")[0]).toBe("吸収合併");
});

test("--format json: each cell's text, value, formula and number format", async () => {
  const json = JSON.parse(await runSheet(["share-exchange-example", "--format", "json"], "test"));
  expect(json.template).toBe("share-exchange-example");
  const cells = json.sheets[0].rows.flatMap((row: { cells: object[] }) => row.cells);
  const formula = cells.find((cell: { formula?: string }) => cell.formula?.startsWith("=MERGER.ALLOTMENT_SHARES("));
  expect(formula).toMatchObject({ numberFormat: "#,##0" });
  expect(typeof formula.value).toBe("number");
  expect(formula.shows).toBe(formula.value.toLocaleString("en-US"));
});

test("--inputs and --register fill the template's inputs; --out writes the file", async () => {
  const inputs = file("inputs.json", JSON.stringify({ ratio: 5.83, dissolvingIssued: 150, heldBySurviving: 0 }));
  const register = file("register.csv", "Holder,Shares,Held\nA,80,0\nB,40,10\nC,30,\n");
  const out = join(directory, "out.tsv");
  const args = ["absorption-merger-2013-example", "--inputs", inputs, "--register", register, "--out", out];
  expect(await runSheet(args, "test")).toBe("");
  const tsv = readFileSync(out, "utf8");
  expect(rowOf(tsv, "Shares to provide (whole shares + shares sold for fractions)")[0]).toBe("874");
  expect(rowOf(tsv, "A").slice(0, 3)).toEqual(["80", "0", "466"]);
});

test("refusals: an unknown template, a blank template's missing inputs, a refused CSV row, a bad option", async () => {
  await expect(runSheet(["no-such-template"], "test")).rejects.toThrow(UsageError);
  await expect(runSheet(["absorption-merger"], "test")).rejects.toThrow(InputProblems);
  await expect(runSheet(["absorption-merger"], "test")).rejects.toThrow("survivingName: Required.");
  const bad = file("bad.csv", "Holder,Shares\nA,80\nB,-4\n");
  await expect(runSheet(["absorption-merger-2013-example", "--register", bad], "test")).rejects.toThrow(
    /1 line needs fixing.*\n {2}Line 3: .*-4/s,
  );
  await expect(runSheet(["absorption-merger-2013-example", "--format", "xlsx"], "test")).rejects.toThrow(
    "--format xlsx needs --out",
  );
  await expect(runSheet(["absorption-merger-2013-example", "--language", "fr"], "test")).rejects.toThrow(UsageError);
  const inputs = file("unknown.json", JSON.stringify({ rato: 2 }));
  await expect(runSheet(["absorption-merger-2013-example", "--inputs", inputs], "test")).rejects.toThrow(
    'the template has no input "rato"',
  );
});

test("a TSV field keeps a cell's tab, line break and backslash as escapes, one record a line", () => {
  const grid = {
    sheetName: "S",
    values: [[null, "a\tb\nc\\d"]],
    formulas: [[null, "a\tb\nc\\d"]],
    numberFormats: [["General", "@"]],
    errors: [],
  };
  expect(toTsv([grid])).toBe("S\t1\t\ta\\tb\\nc\\\\d\n");
});
