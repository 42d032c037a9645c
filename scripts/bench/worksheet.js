/**
 * Worksheet builds through Microsoft's own Excel JavaScript client (excel-web-16.00.debug.js, in
 * jsdom, with the fake endpoint of test/contract/real-excel.ts): the absorption-merger template
 * with registers of 10, 10,000 and 100,000 holders, and a user's template of 50 × 110 rows in
 * alternating styles. Each request's size is the body the client serializes ("real request
 * bytes"), which Excel on the web caps at 5 MB; the writer's estimate and the in-memory double's
 * count are shown beside it. For the registers, the custom-function calls of one full
 * recalculation, counted by the preview's formula engine around each MERGER.* call, and Copy as
 * values of the built sheet: its largest reply ("real response bytes", the reads of the sheet come
 * back in them), which Excel on the web caps at 5 MB as it caps requests.
 */
const path = require("path");
const { registerTypeScript } = require("../lib/typescript-require");
const { ROOT } = require("./build");

async function benchWorksheet() {
  registerTypeScript();
  const { buildWorksheet } = require(path.join(ROOT, "src/workbook"));
  const { MemoryWorkbook } = require(path.join(ROOT, "test/support/memory-workbook"));
  const { layout } = require(path.join(ROOT, "src/templates"));
  const { RealExcel, REQUEST_LIMIT } = require(path.join(ROOT, "test/contract/real-excel"));
  const { REGISTER_SIZES, registerPlan, manyStylesTemplate, customFunctionCallsPerRecalculation } = require(
    path.join(ROOT, "test/contract/builds"),
  );
  const builds = [
    ...REGISTER_SIZES.map((count) => ({
      name: `${count.toLocaleString("en-US")} holders`,
      plan: () => registerPlan(count),
      calls: () => customFunctionCallsPerRecalculation(count),
      copy: true,
    })),
    {
      name: "user template, 50 × 110 rows of alternating styles",
      plan: () => layout(manyStylesTemplate(), {}, { language: "en" }),
    },
  ];
  const rows = [];
  for (const build of builds) {
    try {
      const plan = build.plan();
      const excel = new RealExcel();
      const result = await buildWorksheet(excel.run, plan);
      const double = new MemoryWorkbook();
      await buildWorksheet(double.run, plan);
      const requests = excel.requests.map((r) => r.bytes);
      // Writing requests are the ones between the read and the recalculation.
      const writing = requests.length - 2;
      const row = {
        name: build.name,
        syncs: excel.requests.length,
        reportedSyncs: result.syncs,
        chunks: Math.max(0, writing - 1),
        allowedSyncs: 3 + Math.max(0, writing - 1),
        largestRequest: excel.largestRequestBytes,
        written: excel.totalRequestBytes,
        requests,
        estimatedLargest: result.largestRequestBytes,
        doubleLargest: double.largestRequestBytes,
        calls: build.calls ? await build.calls() : undefined,
      };
      // After the build's figures are taken: the copy's requests go to the same client.
      if (build.copy) row.copy = await copied(excel, plan, result.sheetId);
      rows.push(row);
    } catch (error) {
      // A build that cannot be made at this size is a finding, reported in its row.
      rows.push({ name: build.name, failure: `${error.name}: ${error.message}`.slice(0, 160) });
    }
  }
  return { rows, REQUEST_LIMIT };
}

/**
 * Copy as values of the sheet just built, through the same client: the largest reply of its
 * requests (the reads of the built sheet come back in them) and the largest request.
 */
async function copied(excel, plan, sheetId) {
  const { copyAsValues } = require(path.join(ROOT, "src/workbook"));
  const start = excel.requests.length;
  try {
    await copyAsValues(excel.run, plan, { sheetId }, { date: "2026-12-08", version: "bench" });
  } catch (error) {
    return { failure: `${error.name}: ${error.message}`.slice(0, 160) };
  }
  const requests = excel.requests.slice(start);
  return {
    requests: requests.length,
    largestResponse: Math.max(...requests.map((r) => r.responseBytes)),
    largestRequest: Math.max(...requests.map((r) => r.bytes)),
  };
}

module.exports = { benchWorksheet };
