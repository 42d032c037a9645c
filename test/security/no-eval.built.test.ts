/**
 * No eval and no Function constructor in what the add-in ships. The page's CSP forbids them, so
 * code that reached one would fail in Office; the scan proves none is reachable. Two copies in
 * library code are known and shown dead here; any other is a failure.
 */
import fs from "fs";
import path from "path";
import { builtFile, builtScripts } from "./built";

// Also the constructor under another name (`const F=Function;new F(…)`), as zod writes it.
const EVAL = /(?<![\w$.])eval\s*\(|(?<![\w$.])Function\s*\(|new\s+Function\b|[=,(:]\s*Function\s*[,;)]/g;

/**
 * Allowed, each for a reason shown below:
 * - webpack's runtime helper for the global object (`__webpack_require__.g`) returns globalThis
 *   first; `new Function("return this")` is its fallback for engines without globalThis, which
 *   Office's browsers all have.
 * - chevrotain's generateParserFactory (generate/generate_public.js) builds a parser from text;
 *   HyperFormula, its only user here, never calls it, and it ships only in the preview chunk.
 * - zod (the template schema) compiles fast object parsers (Doc.compile) after probing whether
 *   eval is allowed; src/templates/schema.ts sets `jitless`, which skips both, and the e2e
 *   tests load the pane, which parses the built-in templates at start, under the CSP.
 */
const KNOWN = [
  {
    pattern: /"object"==typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)/,
    what: "webpack global helper",
  },
  { pattern: /new Function\("tokenVocabulary","config","chevrotain",/, what: "chevrotain generateParserFactory" },
  { pattern: /try\{return new Function\(""\),!0\}catch/, what: "zod's eval probe (allowsEval)" },
  { pattern: /compile\(\)\{const \w+=Function,\w+=this\?\.args;return new \w+\(/, what: "zod's Doc.compile" },
];

function unexplained(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(EVAL)) {
    const around = source.slice(Math.max(0, match.index! - 120), match.index! + 80);
    if (!KNOWN.some(({ pattern }) => pattern.test(around))) found.push(around);
  }
  return found;
}

test("functions.js, what Excel loads for the custom functions, has no eval or Function constructor at all", () => {
  expect(builtFile("functions.js").match(EVAL)).toBeNull();
});

test.each(builtScripts())("dist/%s has no eval or Function constructor but the known dead ones", (file) => {
  expect(unexplained(builtFile(file))).toEqual([]);
});

test("the webpack helper's fallback is only reached without globalThis", () => {
  const helper = builtScripts()
    .map((file) => builtFile(file))
    .find((source) => KNOWN[0]!.pattern.test(source));
  // Whether a bundle carries the helper depends on its libraries; when it does, globalThis is tested first.
  if (helper)
    expect(helper).toMatch(/if\("object"==typeof globalThis\)return globalThis;try\{return this\|\|new Function/);
  expect(typeof globalThis).toBe("object");
});

test("HyperFormula never calls chevrotain's code generator, so its Function constructor is dead", () => {
  // The package's exports map hides package.json, so the folder is found beside the project.
  const hyperformula = path.resolve(__dirname, "..", "..", "node_modules", "hyperformula");
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(m?js)$/.test(entry.name)) sources.push(fs.readFileSync(full, "utf8"));
    }
  };
  walk(path.join(hyperformula, "es"));
  expect(sources.length).toBeGreaterThan(10);
  expect(sources.filter((source) => /generateParserFactory|generateParserModule|generate_public/.test(source))).toEqual(
    [],
  );
});
