/** Page-level helpers shared by the e2e tests: office.js without network, and problems seen. */
import { existsSync, readFileSync } from "fs";
import { join, resolve, sep } from "path";
import type { BrowserContext, Page } from "playwright-core";

export const officeJsCdnUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const cdnRoot = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const localOfficeDist = resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");

/**
 * Answers the Office CDN (office.js and the files it loads next, e.g. its string tables)
 * from the local npm copy, as there is no network here, and refuses every other outside
 * request, so a page that reaches out fails the test visibly. One handler, because
 * Playwright runs overlapping routes in reverse order of registration.
 */
export async function routeOfficeJs(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    const url = route.request().url();
    const file = url.startsWith(cdnRoot)
      ? join(localOfficeDist, new URL(url).pathname.slice(new URL(cdnRoot).pathname.length))
      : "";
    if (!file.startsWith(localOfficeDist + sep) || !existsSync(file)) return route.abort("blockedbyclient");
    return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: readFileSync(file) });
  });
}

export interface PageProblems {
  /**
   * Console errors, uncaught exceptions, Content-Security-Policy violations and the warnings
   * Office's custom-functions runtime logs when a function is associated twice or is not a
   * function ("[DuplicatedName] Function=…", "[InvalidArg] Function=associate"), as text.
   */
  readonly all: string[];
  readonly cspViolations: string[];
}

/** Collects what a practitioner's browser would complain about; call before page.goto. */
export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const all: string[] = [];
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") all.push(`console: ${message.text()}`);
    // What Office's custom-functions runtime refuses it only warns about: a function associated
    // twice, or something not a function.
    if (message.type() === "warning" && /\[(DuplicatedName|InvalidArg)\]/.test(message.text())) {
      all.push(`console: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => all.push(`uncaught: ${error.message}`));
  await page.exposeFunction("__reportCspViolation", (text: string) => {
    cspViolations.push(text);
    all.push(`csp: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { all, cspViolations };
}
