import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { routeOfficeJs, watchPageProblems, type PageProblems } from "./page";
import { previewDistDir, serveDist, type StaticServer } from "./server";

export interface PreviewPane {
  server: StaticServer;
  browser: Browser;
  page: Page;
  problems: PageProblems;
}

/** The development build's task pane (dist-preview/) in headless Chromium, outside Excel, at 1440 × 1000. */
export async function openPreviewPane(): Promise<PreviewPane> {
  const server = await serveDist(previewDistDir);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: "en-US" });
  await routeOfficeJs(context);
  const page = await context.newPage();
  const problems = await watchPageProblems(page);
  await page.goto(`${server.url}taskpane.html`);
  return { server, browser, page, problems };
}
