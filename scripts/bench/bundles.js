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
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

function bundleSizes(build) {
  const { dir, chunks } = build;
  const size = (file) => gzipBytes(path.join(dir, file));
  const page = pageScripts(dir);
  const lazy = chunks.filter((chunk) => !chunk.initial);
  const isHyperFormula = (chunk) => chunk.packages.includes("hyperformula");
  const lazyFiles = (pick) => lazy.filter(pick).flatMap((chunk) => chunk.files);
  return {
    functions: size("functions.js"),
    page: page.map((file) => ({ file, bytes: size(file) })),
    lazy: lazyFiles((chunk) => !isHyperFormula(chunk)).map((file) => ({ file, bytes: size(file) })),
    hyperformula: lazyFiles(isHyperFormula).map((file) => ({ file, bytes: size(file) })),
  };
}

module.exports = { bundleSizes };
