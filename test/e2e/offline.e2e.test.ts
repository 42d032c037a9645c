/**
 * The preview with no network at all: every request that is not to the local server is aborted,
 * office.js included (a firm's proxy blocking Microsoft's CDN). The pane must still load, build
 * a sheet and show its figures, with no error on the page; an error cell shows the function's
 * message on hover. Screenshots at the task pane's real width (360 px) and wide, in English and
 * Japanese, go to test-artifacts/ for a person to look at.
 */
import { mkdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, previewDistDir, serveDist, watchPageProblems, type StaticServer } from "./support";

jest.setTimeout(180_000);

const artifacts = resolve(__dirname, "../../test-artifacts");
const smallTemplate = resolve(__dirname, "../templates/golden/small-allotment.template.json");
const registerFixtures = resolve(__dirname, "../taskpane/import/fixtures/register");

let server: StaticServer;
let browser: Browser;
const blocked: string[] = [];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await serveDist(previewDistDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A pane whose every outside request is aborted; the aborted URLs are collected. */
async function offlinePane(
  width: number,
  locale: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    blocked.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const watched = await watchPageProblems(page);
  await page.goto(`${server.url}taskpane.html`);
  // Chromium reports the blocked office.js itself as a console error; that one is expected.
  const problems = watched.all;
  return { context, page, problems: problems as string[] };
}

const unexpected = (problems: string[]) =>
  problems.filter((p) => !/Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(p));

async function build(page: Page, templatePart: string, sheet: string): Promise<void> {
  const select = page.getByTestId("template-select");
  const options = await select.locator("option").allInnerTexts();
  const index = options.findIndex((text) => text.includes(templatePart));
  expect(index).toBeGreaterThanOrEqual(0);
  await select.selectOption(String(index));
  await page.getByTestId("build").click();
  await page.locator(`[data-testid='preview-grid'][data-sheet='${sheet}']`).waitFor({ timeout: 90_000 });
}

/** The whole page, the window made as tall as the page so the sticky bar sits where it belongs. */
async function screenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
  await page.setViewportSize(viewport);
}

/** How far the grid's cell at `address` reaches to the right of the grid's visible box, in px. */
async function beyondView(page: Page, address: string): Promise<number> {
  return page.evaluate((at) => {
    const cell = document.querySelector(`[data-testid='preview-grid'] td[data-address='${at}']`)!;
    const scroller = cell.closest("table")!.parentElement!;
    return cell.getBoundingClientRect().right - scroller.getBoundingClientRect().right;
  }, address);
}

test.each([
  [360, "en-US", "Merger", "Shares to provide"],
  [360, "ja-JP", "吸収合併", "交付する株式数"],
  [1280, "en-US", "Merger", "Shares to provide"],
  [1280, "ja-JP", "吸収合併", "交付する株式数"],
])(
  "with every outside request blocked, at %i px in %s, the pane builds the 2013 example",
  async (width, locale, sheet, label) => {
    const { context, page, problems } = await offlinePane(width, locale);
    try {
      await page.getByTestId("outside-excel").waitFor();
      await build(page, locale === "ja-JP" ? "2013年" : "2013 example", sheet);
      const results = page.getByTestId("key-results");
      await expect(results.locator("[data-key-result='SharesToProvide'] dd").innerText()).resolves.toBe("104");
      const article = await results.locator("[data-key-result='SimplifiedArticle'] dd").innerText();
      expect(article).toBe(locale === "ja-JP" ? "会社法796条3項" : "CA 796(3)");
      // The key rows' numbers are in view without scrolling sideways, even at 360 px.
      const grid = page.getByTestId("preview-grid");
      const labelCell = grid
        .locator("td[data-address^='A']")
        .filter({ hasText: new RegExp(`^${label}`) })
        .first();
      const row = (await labelCell.getAttribute("data-address"))!.slice(1);
      expect((await grid.locator(`td[data-address='B${row}']`).innerText()).trim()).toBe("104");
      await screenshot(page, `offline-${width}-${locale}`);
      await results.screenshot({ path: join(artifacts, `offline-${width}-${locale}-key-results.png`) });
      // What the user sees of the preview: the window scrolled to it, the grid to the key row.
      await grid.evaluate((table, at) => {
        table.closest("section")!.scrollIntoView();
        const cell = table.querySelector<HTMLElement>(`td[data-address='${at}']`)!;
        table.parentElement!.scrollTop = cell.offsetTop - 60;
      }, `A${row}`);
      await page.screenshot({ path: join(artifacts, `offline-${width}-${locale}-grid.png`) });
      expect(await beyondView(page, `B${row}`)).toBeLessThanOrEqual(0);
      expect(unexpected(problems)).toEqual([]);
      expect(blocked.some((url) => url.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
    } finally {
      await context.close();
    }
  },
);

test.each([
  ["en-US", "Squeeze-out by share consolidation", "Share consolidation"],
  ["ja-JP", "株式併合によるスクイーズアウト", "株式併合"],
])("at 1280 px in %s, the pane builds the squeeze-out example and its figures", async (locale, title, sheet) => {
  const { context, page, problems } = await offlinePane(1280, locale);
  try {
    await page.getByTestId("outside-excel").waitFor();
    await build(page, title, sheet);
    const results = page.getByTestId("key-results");
    // 11,750,000 shares ÷ 1,000,000; one pooled share sold; JPY 2,150 × 1,750,000 paid; four holders out.
    await expect(results.locator("[data-key-result='SharesAfterIssued'] dd").innerText()).resolves.toBe("11");
    await expect(results.locator("[data-key-result='SharesSold'] dd").innerText()).resolves.toBe("1");
    await expect(results.locator("[data-key-result='CashPaidTotal'] dd").innerText()).resolves.toBe("3,762,500,000");
    await expect(results.locator("[data-key-result='HoldersSqueezedOut'] dd").innerText()).resolves.toBe("4");
    await screenshot(page, `squeeze-out-1280-${locale}`);
    const grid = page.getByTestId("preview-grid");
    for (const [name, label] of [
      ["register", locale === "ja-JP" ? "株主" : "Holder"],
      ["checks", locale === "ja-JP" ? "併合の割合とその検証" : "The ratio and its checks"],
      ["schedule", locale === "ja-JP" ? "手続 id" : "Step id"],
    ]) {
      await grid.evaluate((table, text) => {
        table.closest("section")!.scrollIntoView();
        const cell = [...table.querySelectorAll<HTMLElement>("td[data-address^='A']")].find(
          (td) => td.innerText.trim() === text,
        )!;
        table.parentElement!.scrollTop = cell.offsetTop - 30;
      }, label);
      await page.screenshot({ path: join(artifacts, `squeeze-out-1280-${locale}-${name}.png`) });
    }
    // The register's computed columns, to the right: shares after, fraction, odd lot, cash.
    await grid.evaluate((table) => {
      const scroller = table.parentElement!;
      scroller.scrollLeft = table.querySelector<HTMLElement>("td[data-address^='B']")!.offsetLeft - 40;
    });
    await page.screenshot({ path: join(artifacts, `squeeze-out-1280-${locale}-register-cash.png`) });
    expect(unexpected(problems)).toEqual([]);
  } finally {
    await context.close();
  }
});

test("an error cell shows the function's message on hover, as Excel does", async () => {
  const { context, page, problems } = await offlinePane(1280, "en-US");
  try {
    // The small custom template, with inputs filled and one row whose call is refused.
    const template = JSON.parse(readFileSync(smallTemplate, "utf8"));
    template.inputs[0].default = 100;
    template.inputs[2].default = "2/3";
    template.sections[0].rows.push({
      label: { en: "Excluded past the issued", ja: "発行済を超える除外" },
      cells: [{ formula: "=MERGER.ALLOTMENT_SHARES(Issued,Ratio,Issued+1)" }],
    });
    await page.getByTestId("template-file").setInputFiles({
      name: "broken-call.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(template)),
    });
    await page.getByTestId("template-notice").waitFor();
    await page.getByTestId("build").click();
    const grid = page.locator("[data-testid='preview-grid'][data-sheet='Allotment']");
    await grid.waitFor({ timeout: 90_000 });
    const failed = grid.locator("td[data-error-message]");
    expect(await failed.count()).toBe(1);
    expect(await failed.innerText()).toBe("#VALUE!");
    const title = (await failed.getAttribute("title")) ?? "";
    expect(title).toMatch(/^#VALUE!: \S/);
    expect(title).toContain(await failed.getAttribute("data-error-message"));
    expect(title).toContain("=MERGER.ALLOTMENT_SHARES(");
    expect(await failed.getAttribute("data-error-message")).toMatch(/excluded/i);
    expect(unexpected(problems)).toEqual([]);
  } finally {
    await context.close();
  }
});

test("Copy as values adds a sheet of the same figures with no MERGER formula, and keeps the built one", async () => {
  const { context, page, problems } = await offlinePane(1280, "en-US");
  try {
    await build(page, "2013 example", "Merger");
    await page.getByTestId("copy-values").click();
    await page.getByTestId("copy-result").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("copy-result").innerText()).toContain("“Merger (values)”");
    const copy = page.locator("[data-testid='preview-grid'][data-sheet='Merger (values)']");
    await copy.waitFor();
    const titles = await copy
      .locator("td[title]")
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("title") ?? ""));
    expect(titles.filter((title) => /^=.*MERGER\./.test(title))).toEqual([]);
    expect(
      titles.some((title) => /^Values as of \d{4}-\d{2}-\d{2} \(merger worksheet add-in \d+\.\d+\.\d+\)/.test(title)),
    ).toBe(true);
    const labelCell = copy
      .locator("td[data-address^='A']")
      .filter({ hasText: /^Shares to provide/ })
      .first();
    const row = (await labelCell.getAttribute("data-address"))!.slice(1);
    expect((await copy.locator(`td[data-address='B${row}']`).innerText()).trim()).toBe("104");
    // The built sheet is still there, formulas and all.
    await page.getByRole("tab", { name: "Merger", exact: true }).click();
    const original = page.locator("[data-testid='preview-grid'][data-sheet='Merger']");
    expect(await original.locator(`td[data-address='B${row}']`).getAttribute("title")).toMatch(/MERGER\./);
    await screenshot(page, "offline-copy-as-values-en");
    expect(unexpected(problems)).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a register whose total differs from the shares to provide shows the template's check as a warning", async () => {
  const { context, page, problems } = await offlinePane(1280, "en-US");
  try {
    const select = page.getByTestId("template-select");
    const options = await select.locator("option").allInnerTexts();
    await select.selectOption(String(options.findIndex((text) => text.includes("2013 example"))));
    // Three holders, far from the 4 eligible shares of the 2013 example.
    await page.getByTestId("import-register").setInputFiles(join(registerFixtures, "japanese-sjis.csv"));
    await page
      .getByTestId("import-report-register")
      .getByText(/3 rows/)
      .waitFor();
    await page.getByTestId("build").click();
    await page.locator("[data-testid='preview-grid'][data-sheet='Merger']").waitFor({ timeout: 90_000 });
    const check = page.locator("[data-key-result='RegisterCheck']");
    await check.waitFor();
    expect(await check.getAttribute("data-warning")).toBe("true");
    expect(await check.locator("dd").innerText()).toMatch(/^⚠ Differs from the shares to provide above/);
    expect(await page.getByRole("alert").count()).toBeGreaterThan(0);
    expect(unexpected(problems)).toEqual([]);
  } finally {
    await context.close();
  }
});
