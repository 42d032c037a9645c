/**
 * Worksheet builds of the absorption-merger template with registers of 10, 10,000 and 100,000
 * holders, written into the in-memory workbook double, which counts syncs and measures each
 * request's payload as Excel on the web limits it (5 MB).
 */
const path = require("path");
const { registerTypeScript } = require("../lib/typescript-require");
const { ROOT } = require("./build");

const REQUEST_LIMIT = 5 * 1024 * 1024;
/** What a chunk may carry: the 5 MB limit less room for the request's own envelope (the writer keeps 4 MB). */
const CHUNK_BYTES = 4_000_000;
const REGISTER_SIZES = [10, 10_000, 100_000];

/** A register with Japanese holder names (3 bytes a character in the request's UTF-8). */
const holders = (count) =>
  Array.from({ length: count }, (_, i) => ({
    holder: `株主 ${i + 1} 株式会社`,
    shares: 100 + ((i * 7919) % 100_000),
    held: i % 10 === 0 ? 50 : 0,
  }));

async function benchWorksheet() {
  registerTypeScript();
  const templates = require(path.join(ROOT, "src/templates"));
  const { buildWorksheet, MemoryWorkbook } = require(path.join(ROOT, "src/workbook"));
  const template = templates.absorptionMerger2013;
  const rows = [];
  for (const count of REGISTER_SIZES) {
    try {
      const inputs = { ...templates.initialInputs(template), register: holders(count) };
      const plan = templates.layout(template, inputs, { language: "ja" });
      const workbook = new MemoryWorkbook();
      const result = await buildWorksheet(workbook.run, plan);
      const written = workbook.requestBytes.reduce((n, b) => n + b, 0);
      // A chunk is each request past the first that the payload needs at CHUNK_BYTES a request.
      const chunks = Math.max(0, Math.ceil(written / CHUNK_BYTES) - 1);
      rows.push({
        holders: count,
        syncs: workbook.syncCount,
        reportedSyncs: result.syncs,
        chunks,
        allowedSyncs: 3 + chunks,
        largestRequest: workbook.largestRequestBytes,
        written,
        requests: workbook.requestBytes,
      });
    } catch (error) {
      // A build that cannot be made at this size is a finding, reported in its row.
      rows.push({ holders: count, failure: `${error.name}: ${error.message}`.slice(0, 160) });
    }
  }
  return rows;
}

module.exports = { benchWorksheet, REQUEST_LIMIT };
