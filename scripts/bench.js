#!/usr/bin/env node
/**
 * npm run bench [-- --check] [-- --dist DIR]
 *
 * Prints ratios measured side by side in one run (interleaved rounds of CPU time, medians), the
 * worksheet writer's syncs and request sizes as Microsoft's Excel client serializes them ("real
 * request bytes"), the largest reply of Copy as values of each register ("real response bytes",
 * held under 5 MB as requests are) and, for each register, the custom-function invocations of one full
 * recalculation, and the bundles' gzip sizes. With --check, exits 1 when a target is missed. Not
 * part of `npm test`: it takes a production build and a few minutes.
 *
 * The functions are measured in the built bundle (dist/functions.js as shipped, minified) called
 * with Excel's argument shapes, argument reading included: the code users run, not a test build
 * of the sources. --dist DIR measures an existing build instead of making one.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { loadForTiming } = require("./bench/addin");
const { productionBuild } = require("./bench/build");
const { benchAllotment } = require("./bench/allotment");
const { benchConsolidation } = require("./bench/consolidation");
const { benchAverageClose } = require("./bench/average-close");
const { benchWorksheet } = require("./bench/worksheet");
const { bundleSizes } = require("./bench/bundles");

const TARGETS = {
  allotmentVersusFloat: 2,
  // On the median of 15 rounds of CPU time, closes with a tenth and whole-yen closes alike.
  averageVersusBarePass: 2,
  functionsGzipBytes: 60 * 1024,
  taskpaneGzipBytes: 250 * 1024,
};

function parseCommandLine(argv) {
  const options = { check: false, dist: undefined, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--check") options.check = true;
    else if (argv[i] === "--dist") options.dist = path.resolve(argv[++i] ?? "");
    else if (argv[i] === "--rounds") options.rounds = Number(argv[++i]);
    else throw new Error(`Unknown option ${argv[i]}. Usage: npm run bench [-- --check] [--dist DIR] [--rounds N]`);
  }
  return options;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const times = (ratio) => `${ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2)}×`;
const count = (n) => n.toLocaleString("en-US");

/** "0.00 MB, 12 × 3.81 MB, 0.68 MB": repeated sizes told once. */
function runs(sizes) {
  const groups = [];
  for (const size of sizes) {
    const last = groups[groups.length - 1];
    if (last && last.size === size) last.count++;
    else groups.push({ size, count: 1 });
  }
  return groups.map(({ size, count }) => (count > 1 ? `${count} × ${size}` : size)).join(", ");
}

function printTable(rows) {
  const header = ["measure", "figure", "target", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells) =>
    cells
      .map((c, i) => String(c ?? "").padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const options = parseCommandLine(process.argv.slice(2));
  const loadAtStart = os.loadavg()[0];
  const rows = [];
  const problems = [];
  const missed = [];
  const target = (name, figure, targetText, met) => {
    rows.push([name, figure, targetText, met ? "ok" : "MISSED"]);
    if (!met) missed.push(name);
  };
  const info = (name, figure) => rows.push([name, figure, "", ""]);

  console.error(
    options.dist
      ? `Measuring the build in ${options.dist}.`
      : "Building the add-in for production into a temporary directory…",
  );
  const build = options.dist ? { dir: options.dist } : await productionBuild();
  const prepare = loadForTiming(build.dir);

  console.error("Allotment over 1,000,000 holders…");
  const allotment = benchAllotment(prepare, { rounds: options.rounds });
  problems.push(...allotment.problems);
  const versusFloat = allotment.versusFloat.exact / allotment.versusFloat.float;
  target(
    "ALLOTMENT_SHARES, 1,000,000 holders: exact ÷ float loop",
    times(versusFloat),
    `≤ ${TARGETS.allotmentVersusFloat}×`,
    versusFloat <= TARGETS.allotmentVersusFloat,
  );
  info(
    "  median ms of CPU, exact / float (6 ratios, 1–6 decimals)",
    `${allotment.versusFloat.exact.toFixed(1)} / ${allotment.versusFloat.float.toFixed(1)}`,
  );
  info(
    "  float loop's wrong answers",
    `${count(allotment.floatWrong.holders)} of ${count(allotment.floatWrong.of)} holders; ${allotment.floatWrong.totals} of ${allotment.ratios.length} totals`,
  );
  info(
    "ALLOTMENT_SHARES ÷ per-holder decimal.js loop",
    times(allotment.versusDecimal.exact / allotment.versusDecimal.decimal),
  );

  console.error("Consolidation over 10, 10,000 and 100,000 holders…");
  const consolidation = benchConsolidation(prepare, { rounds: options.rounds });
  problems.push(...consolidation.problems);
  for (const size of consolidation.sizes) {
    info(
      `CONSOLIDATION "cash", ${count(size.holders)} holders at ${count(size.ratio)} → 1: ÷ ALLOTMENT_SHARES "holders"`,
      times(size.times.cash / size.times.allotment),
    );
    info(
      "  median ms of CPU, CONSOLIDATION / ALLOTMENT_SHARES (1 invocation each)",
      `${size.times.cash.toFixed(2)} / ${size.times.allotment.toFixed(2)}`,
    );
  }

  console.error("AVG_CLOSE_30 on a 20-year history…");
  // Three times the rounds: each is short, and the worst round is reported beside the median.
  const average = benchAverageClose(prepare, { rounds: 3 * options.rounds });
  problems.push(...average.problems);
  const versusPass = average.ratio.median;
  target(
    `AVG_CLOSE_30, ${count(average.rows)} rows × ${count(average.references)} dates ÷ bare pass`,
    times(versusPass),
    `< ${TARGETS.averageVersusBarePass}×`,
    versusPass < TARGETS.averageVersusBarePass,
  );
  info(`  median and worst of ${average.ratio.rounds} rounds`, `${times(versusPass)}, ${times(average.ratio.worst)}`);
  info(
    "  median ms of CPU, AVG_CLOSE_30 / bare pass (1,000 calls)",
    `${average.times.avgClose30.toFixed(1)} / ${average.times.barePass.toFixed(1)}`,
  );
  const { wholeYen, fresh } = average;
  target(
    "AVG_CLOSE_30 on whole-yen closes (most TSE prices) ÷ bare pass",
    times(wholeYen.ratio.median),
    `< ${TARGETS.averageVersusBarePass}×`,
    wholeYen.ratio.median < TARGETS.averageVersusBarePass,
  );
  info(
    `  median and worst of ${wholeYen.ratio.rounds} rounds`,
    `${times(wholeYen.ratio.median)}, ${times(wholeYen.ratio.worst)}`,
  );
  info(
    "  median ms of CPU, AVG_CLOSE_30 / bare pass (1,000 calls)",
    `${wholeYen.times.avgClose30.toFixed(1)} / ${wholeYen.times.barePass.toFixed(1)}`,
  );
  info(
    `  fresh arrays each call: median and worst (${fresh.references} calls)`,
    `${times(fresh.ratio.median)}, ${times(fresh.ratio.worst)}; ${fresh.microsPerCall.toFixed(0)} µs a call`,
  );

  console.error("Worksheet builds through Microsoft's Excel client…");
  const worksheets = await benchWorksheet();
  const REQUEST_LIMIT = worksheets.REQUEST_LIMIT;
  // The calls must not grow with the register: each size is held to the smallest's count.
  const registerCalls = worksheets.rows.flatMap((r) => (r.calls === undefined ? [] : [r.calls]));
  for (const built of worksheets.rows) {
    const name = `Worksheet build, ${built.name}: syncs`;
    if (built.failure) {
      target(name, `failed: ${built.failure}`, "≤ 3 + chunks", false);
      continue;
    }
    target(
      name,
      `${built.syncs}${built.chunks ? ` (${built.chunks} chunk${built.chunks > 1 ? "s" : ""})` : ""}`,
      `≤ ${built.allowedSyncs}`,
      built.syncs <= built.allowedSyncs,
    );
    if (built.syncs !== built.reportedSyncs)
      problems.push(
        `buildWorksheet reported ${built.reportedSyncs} syncs for ${built.name}; Microsoft's client sent ${built.syncs} requests.`,
      );
    info("  real request bytes, each (first reads, last recalculates)", runs(built.requests.map(mb)));
    target(
      `  largest request, real bytes (of ${mb(built.written)} sent in all)`,
      mb(built.largestRequest),
      `< ${mb(REQUEST_LIMIT)}`,
      built.largestRequest < REQUEST_LIMIT,
    );
    info(
      "  largest request: writer's estimate / double's count",
      `${mb(built.estimatedLargest)} / ${mb(built.doubleLargest)}`,
    );
    if (built.copy?.failure) {
      target(
        "  Copy as values: largest real response bytes",
        `failed: ${built.copy.failure}`,
        `< ${mb(REQUEST_LIMIT)}`,
        false,
      );
    } else if (built.copy) {
      target(
        `  Copy as values: largest real response bytes (${built.copy.requests} requests, largest request ${mb(built.copy.largestRequest)})`,
        mb(built.copy.largestResponse),
        `< ${mb(REQUEST_LIMIT)}`,
        built.copy.largestResponse < REQUEST_LIMIT && built.copy.largestRequest < REQUEST_LIMIT,
      );
    }
    if (built.calls !== undefined) {
      const fewest = Math.min(...registerCalls);
      target(
        "  custom-function invocations per full recalculation",
        count(built.calls),
        `same at every size (${count(fewest)})`,
        built.calls === fewest,
      );
    }
  }

  const sizes = bundleSizes(build);
  target(
    "functions.js (what Excel loads), gzip",
    kb(sizes.functions),
    `≤ ${kb(TARGETS.functionsGzipBytes)}`,
    sizes.functions <= TARGETS.functionsGzipBytes,
  );
  const pane = [...sizes.page, ...sizes.lazy];
  const paneBytes = pane.reduce((n, f) => n + f.bytes, 0);
  target(
    "Task pane, gzip: page scripts + lazy chunks",
    kb(paneBytes),
    `≤ ${kb(TARGETS.taskpaneGzipBytes)}`,
    paneBytes <= TARGETS.taskpaneGzipBytes,
  );
  for (const file of pane) info(`  ${file.file}`, kb(file.bytes));
  for (const file of sizes.hyperformula) info(`HyperFormula chunk (preview only): ${file.file}`, kb(file.bytes));

  // A build made for this run is not kept; one given with --dist is left alone.
  if (!options.dist) fs.rmSync(build.dir, { recursive: true, force: true });
  // Ratios are taken side by side, but a loaded machine still shifts them: say how loaded it was.
  info(
    "Machine load (1-minute average), start / end",
    `${loadAtStart.toFixed(1)} / ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  );
  printTable(rows);
  for (const problem of problems) console.log(`WRONG: ${problem}`);
  if (options.check && (missed.length > 0 || problems.length > 0)) {
    console.log(`\n${missed.length} target(s) missed${problems.length ? `, ${problems.length} wrong answer(s)` : ""}.`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exit(2);
});
