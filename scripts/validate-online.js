#!/usr/bin/env node
/**
 * npm run validate [-- MANIFEST]
 *
 * The offline check (scripts/check-manifest.js), then Microsoft's online validator
 * (`office-addin-manifest validate`), which POSTs the manifest to a web service. Without a
 * connection that service cannot answer: this says so plainly instead of leaving a fetch error.
 * Exit 0 when both pass, 1 when either finds a fault, 2 when the service was unreachable.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { checkManifest } = require("./check-manifest");

const unreachable = /Unable to contact the manifest validation service|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/;

function main() {
  const file = path.resolve(process.argv[2] ?? "manifest.xml");
  if (!fs.existsSync(file)) {
    console.error(`validate: ${file} does not exist.`);
    return 1;
  }
  const problems = checkManifest(fs.readFileSync(file, "utf8"), { assetsDir: path.join(path.dirname(file), "assets") });
  const offline = problems.length === 0 ? "passed" : "FAILED";
  console.log(`Offline check of ${path.basename(file)}: ${offline}.`);
  for (const { rule, message } of problems) console.log(`  [${rule}] ${message}`);

  const cli = require.resolve("office-addin-manifest/cli.js");
  const online = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8" });
  const output = `${online.stdout ?? ""}${online.stderr ?? ""}`;
  process.stdout.write(output);
  if (unreachable.test(output)) {
    console.log(
      "\nThe online validation service (validationgateway.omex.office.net) was unreachable, so the manifest " +
        `was NOT validated online. The offline check ${offline}. Run \`npm run validate\` again with a connection.`,
    );
    return problems.length === 0 ? 2 : 1;
  }
  return online.status === 0 && problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
