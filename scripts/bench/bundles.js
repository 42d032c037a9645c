/**
 * What users download, gzip-compressed as a web server sends it: the functions bundle Excel loads
 * (core, functions, calendar data), and the task pane page's scripts. HyperFormula is loaded only
 * by the preview outside Excel, so its chunk is reported apart from the pane's total.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const gzipBytes = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The scripts taskpane.html loads itself (webpack's initial chunks, in page order). */
function pageScripts(dir) {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  // The production page is minified: attribute values may come without quotes.
  const sources = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  return sources.filter((src) => !/^https?:/.test(src));
}

/**
 * webpack's account of the chunks, saved beside a build the bench made; without it (an existing
 * build, --dist) every script the page does not load is counted as a lazy chunk of the pane.
 */
const CHUNKS_FILE = "bench-chunks.json";

function savedChunks(dir) {
  const file = path.join(dir, CHUNKS_FILE);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"));
  const page = new Set(pageScripts(dir));
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".js") && !page.has(file))
    .map((file) => ({ names: [], initial: false, files: [file], packages: [] }));
}

function bundleSizes({ dir, chunks = savedChunks(dir) }) {
  const size = (file) => gzipBytes(path.join(dir, file));
  const page = pageScripts(dir);
  const lazy = chunks.filter((chunk) => !chunk.initial);
  // The engine's own package, and the chunk that loads it (named after it by webpackChunkName).
  const isHyperFormula = (chunk) => chunk.packages.includes("hyperformula") || chunk.names.includes("hyperformula");
  const lazyFiles = (pick) => lazy.filter(pick).flatMap((chunk) => chunk.files);
  return {
    functions: size("functions.js"),
    page: page.map((file) => ({ file, bytes: size(file) })),
    lazy: lazyFiles((chunk) => !isHyperFormula(chunk)).map((file) => ({ file, bytes: size(file) })),
    hyperformula: lazyFiles(isHyperFormula).map((file) => ({ file, bytes: size(file) })),
  };
}

module.exports = { bundleSizes, CHUNKS_FILE };
