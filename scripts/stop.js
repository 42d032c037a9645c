#!/usr/bin/env node
/**
 * npm stop
 *
 * Windows and Mac: office-addin-debugging stop (ends the dev server, removes the sideloaded
 * add-in), as Microsoft's templates do. Linux: ends the dev server `npm start` started.
 */
const { spawnSync } = require("child_process");
const path = require("path");
const { runCommand } = require("./lib/command");
const { devServerPort, runningDevServer, stopDevServer, projectRoot } = require("./lib/dev-server");

async function main() {
  if (process.platform === "win32" || process.platform === "darwin") {
    const cli = require.resolve("office-addin-debugging/cli.js", { paths: [projectRoot] });
    const run = spawnSync(process.execPath, [cli, "stop", path.join(projectRoot, "manifest.xml")], {
      stdio: "inherit",
    });
    return run.status ?? 1;
  }
  const port = devServerPort();
  const running = runningDevServer(port);
  if (!running) {
    console.log(`No dev server started by \`npm start\` is running on port ${port}.`);
    return 0;
  }
  await stopDevServer(running);
  console.log(`Stopped the dev server (process ${running.pid}) on port ${port}.`);
  return 0;
}

runCommand(main);
