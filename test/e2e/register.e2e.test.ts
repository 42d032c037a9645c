/**
 * The preview at scale, in headless Chromium on the development build (dist-preview/): a register
 * of 100,000 holders is imported as CSV (read in a Web Worker), built into the in-memory workbook
 * and evaluated by the formula engine; the grid shows the sheet's first and last rows with a note
 * of the rows between, and the register's totals below the table are right. A screenshot goes to
 * test-artifacts/ for a person to look at.
 */
import { mkdirSync } from "fs";
import { join, resolve } from "path";
import type { Browser, Page } from "playwright-core";
import { type PageProblems, type StaticServer, openPreviewPane } from "./support";

// Building and evaluating 100,000 rows takes minutes on a shared machine.
jest.setTimeout(900_000);

const HOLDERS = 100_000;
const artifacts = resolve(__dirname, "../../test-artifacts");
/** The 2013 example's ratio: 26 surviving shares for each dissolving share, so no fractions. */
const RATIO = 26;
const sharesOf = (i: number) => 1 + ((i * 7919) % 1000);

let server: StaticServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  ({ server, browser, page, problems } = await openPreviewPane());
  await page.getByTestId("outside-excel").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The value shown in column B of the preview, on the row whose label (column A) is `label`. */
async function cellBeside(label: string): Promise<string> {
  const grid = page.getByTestId("preview-grid");
  const labelCell = grid.locator("td[data-address^='A']").filter({ hasText: new RegExp(`^${label}$`) });
  expect(await labelCell.count()).toBe(1);
  const address = await labelCell.getAttribute("data-address");
  return (await grid.locator(`td[data-address='B${address!.slice(1)}']`).innerText()).trim();
}

test("a register of 100,000 holders imports off the main thread, builds into the preview and shows its totals", async () => {
  const select = page.getByTestId("template-select");
  const options = await select.locator("option").allInnerTexts();
  await select.selectOption(String(options.findIndex((text) => text.includes("2013 example"))));

  const csv = ["Holder,Shares", ...Array.from({ length: HOLDERS }, (_, i) => `Holder ${i + 1},${sharesOf(i)}`)].join(
    "\n",
  );
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page
    .getByTestId("import-register")
    .setInputFiles({ name: "register-100000.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("import-report-register").getByText("Read 100000 rows from register-100000.csv").waitFor();
  expect(workers).toHaveLength(1); // the file was read in a Web Worker

  await page.getByTestId("build").click();
  await page.locator("[data-testid='preview-grid'][data-sheet='Merger']").waitFor({ timeout: 840_000 });

  const totalShares = Array.from({ length: HOLDERS }, (_, i) => sharesOf(i)).reduce((sum, s) => sum + s, 0);
  const grouped = (n: number) => n.toLocaleString("en-US");
  expect(await cellBeside("Dissolving shares in the register")).toBe(grouped(totalShares));
  expect(await cellBeside("Whole shares allotted")).toBe(grouped(totalShares * RATIO));
  expect(await cellBeside("Fraction pool F")).toBe("0");
  // The first holder's row is shown, the rows between the first and last 200 are not, and the
  // grid says so.
  const grid = page.getByTestId("preview-grid");
  expect(
    await grid
      .locator("td")
      .filter({ hasText: /^Holder 1$/ })
      .count(),
  ).toBe(1);
  expect(
    await grid
      .locator("td")
      .filter({ hasText: /^Holder 50000$/ })
      .count(),
  ).toBe(0);
  expect(await page.getByTestId("preview-skipped").innerText()).toMatch(/Rows \d{3}–\d{3},\d{3} are not shown here/);
  expect(await page.getByTestId("build-result").innerText()).toContain("“Merger”");

  // The totals below the register, in view, for a person to look at.
  await grid
    .locator("td[data-address^='A']")
    .filter({ hasText: /^Dissolving shares in the register$/ })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, "preview-register-100000.png") });
  expect(problems.all).toEqual([]);
});
