/**
 * The system Chromium, driven by playwright-core (which never downloads a browser here).
 * Shared by every e2e test.
 */
import { existsSync } from "fs";
import { chromium, type Browser } from "playwright-core";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** CHROME_PATH when set, else the first Chromium installed in a usual place. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in ${candidates.join(", ")}). Install one with ` +
        "`sudo apt-get install chromium` or point CHROME_PATH at a Chrome/Chromium binary.",
    );
  }
  return found;
}

/**
 * Headless Chromium, isolated from the network and from any profile. Playwright's launch()
 * creates a fresh temporary --user-data-dir itself, deletes it on close, and refuses the flag
 * in args, so it is not passed here.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
