/**
 * The pane checked by axe-core (WCAG 2.x A and AA rules) in headless Chromium, in English and in
 * Japanese: the first-run view with its help open, the form, and a built preview. No violation
 * of serious or critical impact is allowed; the others are listed in the failure message too.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { openPreviewPane, type StaticServer } from "./support";

jest.setTimeout(180_000);

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, browser, page } = await openPreviewPane());
  await page.getByTestId("first-run").waitFor();
  await page.getByTestId("show-help").click();
  await page.getByTestId("function-reference").getByText("MERGER.ALLOTMENT_SHARES").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The serious and critical violations, each with the elements it found. */
async function seriousViolations(): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}

test("English: the first run, help and the form", async () => {
  expect(await seriousViolations()).toEqual([]);
});

test("English: after building the 2013 example", async () => {
  await page.getByTestId("open-example").click();
  await page.locator("[data-testid='preview-grid'][data-sheet='Merger']").waitFor({ timeout: 90_000 });
  expect(await seriousViolations()).toEqual([]);
});

test("Japanese: the same page", async () => {
  await page.getByRole("button", { name: "日本語" }).click();
  await page.getByTestId("function-reference").getByText("MERGER.ALLOTMENT_SHARES").waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
  expect(await seriousViolations()).toEqual([]);
});
