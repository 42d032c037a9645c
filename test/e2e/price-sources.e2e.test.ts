/**
 * Price files from J-Quants and Capital IQ imported in the built pane (dist-preview/, headless
 * Chromium): J-Quants' adjustment factor fills the empty side of the splits table; imported again,
 * the typed side is checked and a changed factor reported by day; Capital IQ's dividend-adjusted
 * closes are reported, not applied.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import type { Browser, Page } from "playwright-core";
import { openPreviewPane, type StaticServer } from "./support";

jest.setTimeout(120_000);

const prices = (file: string) => resolve(__dirname, "../taskpane/import/fixtures/price", file);

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser, page } = await openPreviewPane());
  const select = page.getByTestId("template-select");
  const options = await select.locator("option").allInnerTexts();
  await select.selectOption(String(options.findIndex((text) => text.includes("2013 example"))));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("J-Quants V2: its adjustment factor fills the surviving company's side of the splits table", async () => {
  await page.getByTestId("import-prices").setInputFiles(prices("sources.jquants-v2.csv"));
  const splits = page.getByTestId("import-splits-prices");
  await splits.waitFor();
  expect(await splits.innerText()).toContain("filled from the file's adjustment factors (1 split)");
  expect(await page.locator("[data-input='splits'] td").allInnerTexts()).toEqual(["", "", "2020-09-29", "2"]);
});

test("imported again, the typed side is checked: the same factor says nothing, another is named by day", async () => {
  await page.getByTestId("import-prices").setInputFiles(prices("sources.jquants-v1.csv"));
  await page.getByTestId("import-report-prices").getByText("sources.jquants-v1.csv").waitFor();
  expect(await page.getByTestId("import-splits-prices").count()).toBe(0);
  // The same file with a 1→3 split on that day (J-Quants writes 0.333333): the table is kept, the file contradicts it.
  const v1 = readFileSync(prices("sources.jquants-v1.csv"), "utf8");
  const buffer = Buffer.from(v1.replace(",0.5,", ",0.333333,"));
  await page.getByTestId("import-prices").setInputFiles({ name: "three.csv", mimeType: "text/csv", buffer });
  const splits = page.getByTestId("import-splits-prices");
  await splits.waitFor();
  expect(await splits.innerText()).toContain("2020-09-29: the file's factor is 3, the table's 2.");
  expect(await page.locator("[data-input='splits'] td").allInnerTexts()).toEqual(["", "", "2020-09-29", "2"]);
});

test("Capital IQ: adjusted closes the splits do not explain are reported, never applied", async () => {
  await page.getByTestId("import-prices").setInputFiles(prices("sources.capiq.csv"));
  const adjusted = page.getByTestId("import-adjusted-prices");
  await adjusted.waitFor();
  expect(await adjusted.innerText()).toContain("on 4 days (2020-09-23 … 2020-09-28)");
  expect(await page.locator("[data-input='prices'] td").first().innerText()).toBe("2020-09-23");
});
