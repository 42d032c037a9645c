/**
 * The built task pane in headless Chromium, outside Excel: the development build (dist-preview/,
 * after `npm run build:preview`) says so, offers the in-memory preview, builds the 2013 example
 * and shows its computed cells and key results, in English and in Japanese, builds the
 * share-exchange and joint share-transfer examples, imports a Shift_JIS register, with no console
 * error and no CSP violation; the CSP refuses inline script and style while Fluent UI's run-time
 * styles apply. Screenshots go to test-artifacts/ for a person to look at.
 */
import { mkdirSync } from "fs";
import { join, resolve } from "path";
import type { Browser, Page } from "playwright-core";
import { absorptionMerger, parseTemplate } from "../../src/templates";
import {
  routeOfficeJs,
  serveDist,
  watchPageProblems,
  type PageProblems,
  type StaticServer,
  openPreviewPane,
} from "./support";

jest.setTimeout(120_000);

const artifacts = resolve(__dirname, "../../test-artifacts");
const fixtures = resolve(__dirname, "../taskpane/import/fixtures");

let server: StaticServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  ({ server, browser, page, problems } = await openPreviewPane());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The whole page as a person scrolling it sees it: the window is made as tall as the page, so
 * the sticky Build bar sits where it belongs instead of mid-page; then the preview sheet whole.
 */
async function screenshot(name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
  await page.setViewportSize(viewport);
  const grid = page.getByTestId("preview-grid");
  if ((await grid.count()) === 0) return;
  // The sheet whole, its wide tables too: the scroll box around it neither cuts nor scrolls.
  await grid.evaluate((table) =>
    Object.assign((table.parentElement as HTMLElement).style, { maxHeight: "none", overflow: "visible" }),
  );
  await grid.screenshot({ path: join(artifacts, `${name}-sheet.png`) });
  await grid.evaluate((table) =>
    Object.assign((table.parentElement as HTMLElement).style, { maxHeight: "", overflow: "" }),
  );
}

/** The row of the latest preview sheet whose label (column A) is exactly `label`. */
async function rowOf(label: string): Promise<number> {
  const grid = page.getByTestId("preview-grid");
  const address = await grid
    .locator("td[data-address^='A']")
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })
    .first()
    .getAttribute("data-address", { timeout: 5_000 });
  if (!address) throw new Error(`No row labelled "${label}" in the preview.`);
  return Number(address.slice(1));
}

/** The text of the cells of one preview row, columns B to D. */
async function rowCells(label: string): Promise<string[]> {
  const row = await rowOf(label);
  const grid = page.getByTestId("preview-grid");
  return Promise.all(
    ["B", "C", "D"].map(async (column) =>
      (await grid.locator(`td[data-address='${column}${row}']`).innerText()).trim(),
    ),
  );
}

/**
 * The rows from the one labelled `first` to the one labelled `last`, as a picture: the window as
 * tall as the page, the preview grid opened to its full height and clipped to those rows (the
 * preview draws no charts: the football field's data rows stand in for it; the writer's chart
 * calls are checked in test/contract).
 */
async function sectionScreenshot(name: string, first: string, last: string): Promise<void> {
  const grid = page.getByTestId("preview-grid");
  const viewport = page.viewportSize()!;
  await grid.evaluate((table) => ((table.parentElement as HTMLElement).style.maxHeight = "none"));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(() => window.scrollTo(0, 0));
  const [top, bottom] = [await rowOf(first), await rowOf(last)];
  const from = await grid.locator(`td[data-address='A${top}']`).boundingBox();
  const to = await grid.locator(`td[data-address='E${bottom}']`).boundingBox();
  if (!from || !to) throw new Error("The rows are not on screen.");
  const width = Math.min(to.x + to.width, viewport.width) - from.x;
  await page.screenshot({
    path: join(artifacts, `${name}.png`),
    clip: { x: from.x, y: from.y, width, height: to.y + to.height - from.y },
  });
  await page.setViewportSize(viewport);
  await grid.evaluate((table) => ((table.parentElement as HTMLElement).style.maxHeight = ""));
}

/** The value shown in column B of the latest preview sheet, on the row whose label starts so. */
async function cellBeside(label: string): Promise<string> {
  const grid = page.getByTestId("preview-grid");
  const startsWithLabel = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  const labelCell = grid.locator("td[data-address^='A']").filter({ hasText: startsWithLabel }).first();
  const address = await labelCell.getAttribute("data-address");
  if (!address) throw new Error(`No row labelled "${label}" in the preview.`);
  return (await grid.locator(`td[data-address='B${address.slice(1)}']`).innerText()).trim();
}

/** What parseTemplate says about a template, run here in Node: the page must say the same. */
function refusalOf(template: unknown): string {
  try {
    parseTemplate(template);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the template was accepted");
}

async function pickTemplate(titlePart: string): Promise<void> {
  const select = page.getByTestId("template-select");
  const options = await select.locator("option").allInnerTexts();
  const index = options.findIndex((text) => text.includes(titlePart));
  expect(index).toBeGreaterThanOrEqual(0);
  await select.selectOption(String(index));
}

async function buildPreview(expectedSheet: string): Promise<void> {
  await page.getByTestId("build").click();
  await page.locator(`[data-testid='preview-grid'][data-sheet='${expectedSheet}']`).waitFor({ timeout: 60_000 });
}

test("outside Excel, the page says so and offers a preview", async () => {
  const banner = page.getByTestId("outside-excel");
  await banner.waitFor();
  expect(await banner.innerText()).toContain("Not running in Excel");
  expect(await page.getByTestId("build").innerText()).toBe("Build preview");
});

test("the 2013 example builds into the preview: 104 shares, all from treasury, short-form, simplified", async () => {
  await pickTemplate("2013 example");
  const results = page.getByTestId("key-results");
  expect(await results.innerText()).toContain("Build the sheet to see its key results here.");
  await buildPreview("Merger");
  // The key results the template declares, read back from the built sheet.
  await expect(results.locator("[data-key-result='SharesToProvide'] dd").innerText()).resolves.toBe("104");
  await expect(results.locator("[data-key-result='NewShares'] dd").innerText()).resolves.toBe("0");
  await expect(results.locator("[data-key-result='SimplifiedResult'] dd").innerText()).resolves.toMatch(
    /^Meets the simplified-merger test/,
  );
  expect(await page.getByTestId("build-result").innerText()).toContain("“Merger”");
  expect(await cellBeside("Shares eligible for allotment")).toBe("4");
  expect(await cellBeside("Shares to provide")).toBe("104");
  expect(await cellBeside("Delivered from treasury")).toBe("104");
  expect(await cellBeside("New shares issued")).toBe("0");
  expect(await cellBeside("Share of voting rights held")).toBe("99.9%");
  expect(await cellBeside("Short-form merger")).toMatch(/^Meets the short-form test/);
  expect(await cellBeside("Simplified merger")).toMatch(/^Meets the simplified-merger test/);
  expect(await cellBeside("Article by the effective date")).toMatch(/796\(3\)/);
  await screenshot("taskpane-preview-en");

  // The ratio analysis: IIJ's price and the transaction price (illustrative inputs), the adjusted net assets.
  expect(await cellBeside("Surviving company: price used")).toBe("2,500.00");
  expect(await cellBeside("Dissolving company: adjusted net assets per share")).toBe("20,750.00");
  expect(await rowCells("Ratio by the transaction price")).toEqual(["26", "26", "Inside the range"]);
  expect(await rowCells("Ratio by adjusted net assets")).toEqual(["8.3", "8.3", "Above the range"]);
  expect(await cellBeside("Premium over the adjusted net assets")).toBe("213.25%");
  expect(await rowCells("Adjusted net assets")).toEqual(["8.3", "0", "26"]);
  await sectionScreenshot(
    "taskpane-ratio-analysis-en",
    "Ratio analysis: values per share by method",
    "Comparable companies",
  );
  // The release tables, in the release's English form.
  expect(await cellBeside("Effective date")).toBe("2014-01-01");
  expect(await rowCells("(5) Capital")).toEqual([
    "JPY22,958 million (as of September 30, 2013)",
    "JPY10 million (as of September 30, 2013)",
    "",
  ]);
  await sectionScreenshot("taskpane-release-en", "Release: schedule of the merger", "Note: major shareholders");
});

test("switched to Japanese, the pane and the next build speak Japanese", async () => {
  await page.getByRole("button", { name: "日本語" }).click();
  expect(await page.locator("h1").innerText()).toBe("合併ワークシート");
  expect(await page.getByTestId("outside-excel").innerText()).toContain("Excel の外で開いています");
  expect(await page.getByTestId("build").innerText()).toBe("プレビューを作成");
  expect(await page.locator("[data-input='ratio'] label").first().innerText()).toContain("合併比率");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");

  await buildPreview("吸収合併");
  expect(await cellBeside("交付する株式数")).toBe("104");
  expect(await cellBeside("新株発行")).toBe("0");
  expect(await cellBeside("略式合併（消滅会社）")).toMatch(/^略式合併の要件を満たす/);
  expect(await cellBeside("簡易合併（存続会社）")).toMatch(/^簡易合併の要件を満たす/);
  await screenshot("taskpane-preview-ja");
  expect(await rowCells("取引価格による比率")).toEqual(["26", "26", "レンジ内"]);
  expect(await rowCells("修正簿価純資産法による比率")).toEqual(["8.3", "8.3", "レンジを上回る"]);
  await sectionScreenshot(
    "taskpane-ratio-analysis-ja",
    "割当比率の算定：評価手法ごとの1株当たり価値",
    "類似会社比較法",
  );
  expect(await rowCells("(5) 資本金")).toEqual([
    "22,958百万円（2013年9月30日現在）",
    "10百万円（2013年9月30日現在）",
    "",
  ]);
  await sectionScreenshot("taskpane-release-ja", "開示資料：合併の日程", "（注）大株主");
});

test("a Shift_JIS register imports in the browser; a register with lines refused is not imported, and the lines are listed", async () => {
  await page.getByTestId("import-register").setInputFiles(join(fixtures, "register/japanese-sjis.csv"));
  const report = page.getByTestId("import-report-register");
  await report.getByText("3 行を読み込みました（Shift_JIS）").waitFor();
  expect(await page.locator("[data-input='register'] td").allInnerTexts()).toContain("株式会社サンプル");

  await page.getByTestId("import-register").setInputFiles(join(fixtures, "register/error.bad-rows.csv"));
  await report.getByText("ファイルの 9 行を直す必要があります").waitFor();
  const refused = await report.innerText();
  expect(refused).toContain("ファイルの 3 行目: shares: -3 は負の値です。");
  await screenshot("taskpane-import-ja");
});

test("a large register builds with progress shown, and the preview lists its holders", async () => {
  const holders = 3_000;
  const csv = ["株主名,所有株式数", ...Array.from({ length: holders }, (_, i) => `株主${i + 1},${(i % 7) + 1}`)].join(
    "\n",
  );
  await page
    .getByTestId("import-register")
    .setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("import-report-register").getByText(`${holders} 行を読み込みました`).waitFor();
  // Progress appears and goes while the build runs: watch the DOM for it from before the click.
  await page.evaluate(() => {
    const watched = window as unknown as { progressSeen: boolean };
    watched.progressSeen = false;
    new MutationObserver(() => {
      if (document.querySelector("[role='progressbar']")) watched.progressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const sheetsBefore = await page.getByRole("tab").count();
  await page.getByTestId("build").click();
  await page.getByRole("tab").nth(sheetsBefore).waitFor({ timeout: 90_000 });
  expect(await page.evaluate(() => (window as unknown as { progressSeen: boolean }).progressSeen)).toBe(true);
  const grid = page.getByTestId("preview-grid");
  expect(
    await grid
      .locator("td")
      .filter({ hasText: /^株主1$/ })
      .count(),
  ).toBe(1);
  expect(await page.getByTestId("build-result").innerText()).toMatch(/セル/);
});

test("a template file that fails the schema is refused, pointing at the error, and nothing changes", async () => {
  const select = page.getByTestId("template-select");
  const before = await select.locator("option").allInnerTexts();
  // The blank built-in with a misspelt name in its first formula.
  const broken = structuredClone(absorptionMerger);
  const section = broken.sections.find((s) => s.kind === "rows" && s.rows.some((row) => "formula" in row.cells[0]!));
  if (section?.kind !== "rows") throw new Error("the built-in template has no formula in a rows section");
  section.rows.find((row) => "formula" in row.cells[0]!)!.cells[0] = { formula: "=Ratoi*2" };
  const expected = refusalOf(broken);
  expect(expected).toMatch(/^sections\[\d+\]\.rows\[\d+\]\.cells\[0\]\.formula: .*Ratoi/);
  await page.getByTestId("template-file").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const notice = page.getByTestId("template-notice");
  await notice.waitFor();
  expect(await notice.innerText()).toContain("テンプレート ファイルを受け付けませんでした");
  expect(await notice.innerText()).toContain(expected);
  expect(await select.locator("option").allInnerTexts()).toEqual(before);
});

test("in a pane as narrow as Excel's, the form still fits", async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifacts, "taskpane-narrow-ja.png") });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the share-exchange and joint share-transfer examples build in both languages", async () => {
  // The pane speaks Japanese here (switched above), at a normal width again.
  await page.setViewportSize({ width: 1440, height: 1000 });
  await pickTemplate("株式交換：設例");
  await buildPreview("株式交換");
  expect(await cellBeside("交付する株式数")).toBe("56,250");
  expect(await cellBeside("新株発行")).toBe("26,250");
  expect(await cellBeside("新株予約権の回号数")).toBe("1");
  expect(await cellBeside("略式株式交換（完全子会社）")).toMatch(/^略式株式交換の要件を満たす/);
  await screenshot("taskpane-share-exchange-ja");
  await pickTemplate("共同株式移転：設例");
  await buildPreview("共同株式移転");
  expect(await cellBeside("株式移転設立完全親会社の設立時発行株式数")).toBe("1,383,666");
  await screenshot("taskpane-joint-share-transfer-ja");

  await page.getByRole("button", { name: "English" }).click();
  await pickTemplate("Share exchange: illustrative example");
  await buildPreview("Share exchange");
  expect(await cellBeside("Shares to deliver")).toBe("56,250");
  expect(await cellBeside("Options given to MERGER.SCHEDULE")).toBe("language=en, short-form, simplified, rights");
  await screenshot("taskpane-share-exchange-en");
  await pickTemplate("Joint share transfer: illustrative example");
  await buildPreview("Share transfer");
  expect(await cellBeside("New holding company: shares issued at formation")).toBe("1,383,666");
  expect(await cellBeside("Pro-forma ownership, total")).toBe("100.00%");
  await screenshot("taskpane-joint-share-transfer-en");
  await page.getByRole("button", { name: "日本語" }).click();
});

test("no console error, no [DuplicatedName] warning and no Content-Security-Policy violation on the way", () => {
  expect(problems.cspViolations).toEqual([]);
  expect(problems.all).toEqual([]);
});

test("the page's CSP blocks inline script, and the watcher above would have reported it", async () => {
  const probe = await page.context().newPage();
  const seen = await watchPageProblems(probe);
  await probe.goto(`${server.url}taskpane.html`);
  await probe.getByTestId("outside-excel").waitFor();
  const ran = await probe.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.inlineRan = true";
    document.head.appendChild(script);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  // The violation event reaches Node through an exposed function, a moment later.
  for (let wait = 0; wait < 40 && seen.cspViolations.length === 0; wait++) await probe.waitForTimeout(50);
  expect(seen.cspViolations[0]).toMatch(/script-src/);
  await probe.close();
});

test("the page's CSP refuses inline style, yet Fluent UI's styles (Griffel, the theme) are in place", async () => {
  const probe = await page.context().newPage();
  const seen = await watchPageProblems(probe);
  await probe.goto(`${server.url}taskpane.html`);
  await probe.getByTestId("outside-excel").waitFor();
  const styled = await probe.evaluate(() => {
    // Griffel's and the theme's <style> elements, empty in markup, filled through insertRule.
    const rules = [...document.querySelectorAll("style")].reduce((n, tag) => n + (tag.sheet?.cssRules.length ?? 0), 0);
    const button = document.querySelector("button")!;
    const before = getComputedStyle(document.body).backgroundColor;
    const style = document.createElement("style");
    style.textContent = "body { background: rgb(255, 0, 0) !important; }";
    document.head.appendChild(style);
    return {
      rules,
      buttonRadius: getComputedStyle(button).borderTopLeftRadius,
      themeVariable: getComputedStyle(button).getPropertyValue("--colorBrandBackground").trim(),
      bodyMargin: getComputedStyle(document.body).margin,
      before,
      after: getComputedStyle(document.body).backgroundColor,
    };
  });
  expect(styled.rules).toBeGreaterThan(50);
  expect(styled.buttonRadius).not.toBe("0px");
  expect(styled.themeVariable).toMatch(/^#[0-9a-f]{6}$/i);
  // taskpane.css, from the add-in's origin.
  expect(styled.bodyMargin).toBe("0px");
  expect(styled.after).toBe(styled.before);
  for (let wait = 0; wait < 40 && seen.cspViolations.length === 0; wait++) await probe.waitForTimeout(50);
  expect(seen.cspViolations).toEqual([expect.stringMatching(/^style-src/)]);
  await probe.close();
});

test("the production build, outside Excel, has no preview: it says to open the add-in in Excel", async () => {
  const production = await serveDist();
  const context = await browser.newContext({ locale: "en-US" });
  try {
    await routeOfficeJs(context);
    const other = await context.newPage();
    await other.goto(`${production.url}taskpane.html`);
    const banner = other.getByTestId("outside-excel");
    await banner.waitFor();
    expect(await banner.innerText()).toContain("Open the add-in in Excel to build a worksheet");
    expect(await other.getByTestId("build").count()).toBe(0);
  } finally {
    await context.close();
    await production.close();
  }
});
