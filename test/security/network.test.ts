/**
 * The add-in talks to no server but its own origin and the Office CDN that serves office.js:
 * no fetch, XHR, socket or beacon in the sources, no URL but office.js.
 */
import fs from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.(tsx?|js|html|json)$/.test(entry.name) ? [full] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), text: fs.readFileSync(file, "utf8") }));

const NETWORK_API =
  /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|\.open\s*\(\s*["'](?:GET|POST)/;

test("the sources are read", () => {
  expect(files.length).toBeGreaterThan(20);
});

test.each(files.map(({ file }) => [file]))("src/%s calls no network API", (file) => {
  expect(files.find((f) => f.file === file)!.text).not.toMatch(NETWORK_API);
});

test("no import or load from a URL", () => {
  const imports = files
    .filter(({ text }) => /(?:import|require)\s*\(?\s*["'`](?:https?:)?\/\//.test(text))
    .map(({ file }) => file);
  expect(imports).toEqual([]);
});

test("the only outside address is office.js on the Office CDN", () => {
  const urls = files.flatMap(({ file, text }) =>
    [...text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>;]*/gi)].map((m) => `${file}: ${m[0]}`),
  );
  const outside = urls.filter(
    (entry) => !/: https:\/\/appsforoffice\.microsoft\.com(\/lib\/1\/hosted\/office\.js)?$/.test(entry),
  );
  expect(outside).toEqual([]);
  expect(urls.some((entry) => entry.endsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js"))).toBe(true);
});
