#!/usr/bin/env node
/**
 * `npm audit --omit=dev` at level high, for CI. Fails on a high or critical finding in what the
 * add-in ships. When the registry's audit service cannot be reached (some mirrors and closed
 * networks refuse its POST), it says plainly that nothing was checked instead of failing the build.
 */
const { spawnSync } = require("child_process");

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
  encoding: "utf8",
  shell: process.platform === "win32",
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = report?.message ?? report?.error?.summary ?? (run.stderr.trim().split("\n").pop() || "no answer");
  console.log(`npm audit: the audit service could not be reached (${reason}); dependencies NOT audited.`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low.`,
);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === "high" || v.severity === "critical") console.log(`  ${v.severity}: ${name} (${v.range})`);
  }
  process.exit(1);
}
