/**
 * The task pane page carries a Content-Security-Policy: scripts only from the add-in's own origin
 * and the Office CDN, never eval, no plugins, network only to its own origin, everything else
 * from its own origin only, and no inline style.
 */
import { createHash } from "crypto";
import fs from "fs";
import path from "path";
import { builtFile } from "./built";

/** The policy of a page's <meta http-equiv="Content-Security-Policy">, as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /http-equiv=["']?Content-Security-Policy/i.test(tag));
  expect(metas).toHaveLength(1);
  const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(metas[0]!);
  const policy = new Map<string, string[]>();
  for (const directive of (content?.[1] ?? content?.[2] ?? "").split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** office.js's logger frames this page, hidden by a style attribute. */
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";
const hashOf = (content: string) => `'sha256-${createHash("sha256").update(content).digest("base64")}'`;
/** Griffel's <style> elements are created empty, then filled by insertRule. */
const EMPTY_CONTENT_HASH = hashOf("");

describe.each([
  ["the built taskpane.html", () => builtFile("taskpane.html")],
  [
    "src/taskpane/taskpane.html",
    () => fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8"),
  ],
])("%s", (_, read) => {
  const html = read();
  const policy = policyOf(html);

  test("script-src: the add-in's own origin and the Office CDN, no eval, no inline script", () => {
    const scripts = policy.get("script-src") ?? policy.get("default-src");
    expect(scripts).toBeDefined();
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("*");
    for (const source of scripts!) expect(["'self'", OFFICE_CDN]).toContain(source);
  });

  test("no plugins, no foreign base, network only to its own origin", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  test("default-src: nothing the policy does not name comes from anywhere but the add-in's own origin", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
  });

  test("style-src: no inline style, only the add-in's stylesheets and empty <style> elements Griffel fills", () => {
    expect(policy.get("style-src")).toEqual(["'self'", EMPTY_CONTENT_HASH]);
    // No <style> with text and no style attribute in the page: the policy would refuse them.
    const markup = html.replace(/<!--[\s\S]*?-->/g, "");
    expect(markup).not.toMatch(/<style\b[^>]*>\s*[^<\s]/i);
    expect(markup).not.toMatch(/\sstyle=/i);
    // Style attributes: only office.js's display:none on its telemetry frame, by its hash.
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-hashes'", hashOf("display:none")]);
    expect(policy.get("frame-src")).toEqual([OFFICE_TELEMETRY]);
    for (const [, href] of html.matchAll(/<link\b[^>]*href="([^"]+)"/gi)) expect(href).not.toMatch(/^[a-z]+:|^\/\//i);
  });

  test("every script the page loads is allowed by its policy, and none is inline", () => {
    const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(tags.length).toBeGreaterThan(0);
    for (const [, attributes, body] of tags) {
      const src = /\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/.exec(attributes!);
      expect(src).not.toBeNull();
      expect(body!.trim()).toBe("");
      const url = src![1] ?? src![2] ?? src![3]!;
      if (/^https?:/.test(url)) expect(new URL(url).origin).toBe(OFFICE_CDN);
    }
  });
});
