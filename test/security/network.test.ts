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

/**
 * A fetch of a file served beside the pane (a relative name such as "functions.json", chosen
 * between literals at most) stays on the add-in's own origin, as the CSP's connect-src 'self'
 * also holds at run time; any other fetch is a network call.
 */
const OWN_FILE_FETCH =
  /\bfetch\s*\(\s*(?:"[\w.-]+\.json"|[\w.]+\s*===\s*"[\w-]+"\s*\?\s*"[\w.-]+\.json"\s*:\s*"[\w.-]+\.json")\s*\)/g;

test.each(files.map(({ file }) => [file]))("src/%s calls no network API", (file) => {
  expect(files.find((f) => f.file === file)!.text.replace(OWN_FILE_FETCH, "")).not.toMatch(NETWORK_API);
});

test("a fetch of another origin is still caught", () => {
  for (const call of ['fetch("https://example.com/x.json")', "fetch(url)", 'fetch("../x.json")']) {
    expect(call.replace(OWN_FILE_FETCH, "")).toMatch(NETWORK_API);
  }
  expect('fetch(language === "ja" ? "functions.ja.json" : "functions.json")'.replace(OWN_FILE_FETCH, "")).not.toMatch(
    NETWORK_API,
  );
});

test("no import or load from a URL", () => {
  const imports = files
    .filter(({ text }) => /(?:import|require)\s*\(?\s*["'`](?:https?:)?\/\//.test(text))
    .map(({ file }) => file);
  expect(imports).toEqual([]);
});

/**
 * office.js opens a hidden frame to Microsoft's telemetry proxy by itself; the pane's CSP names
 * that origin in frame-src (and nowhere else) so the frame is not reported as a violation. The
 * add-in's own code sends nothing there.
 */
const OFFICE_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";

test("office.js's telemetry frame is allowed as a frame only", () => {
  const page = files.find(({ file }) => file === path.join("taskpane", "taskpane.html"))!.text;
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page)![1]!;
  const naming = policy.split(";").filter((directive) => directive.includes(OFFICE_TELEMETRY_FRAME));
  expect(naming.map((directive) => directive.trim())).toEqual([`frame-src ${OFFICE_TELEMETRY_FRAME}`]);
});

test("the only outside address is office.js on the Office CDN", () => {
  const urls = files.flatMap(({ file, text }) =>
    [...text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>;]*/gi)].map((m) => `${file}: ${m[0]}`),
  );
  const outside = urls.filter(
    (entry) =>
      !/: https:\/\/appsforoffice\.microsoft\.com(\/lib\/1\/hosted\/office\.js)?$/.test(entry) &&
      entry !== `taskpane/taskpane.html: ${OFFICE_TELEMETRY_FRAME}`,
  );
  expect(outside).toEqual([]);
  expect(urls.some((entry) => entry.endsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js"))).toBe(true);
});
