#!/usr/bin/env node
/**
 * npm start [-- desktop | web --document URL]
 *
 * Windows and Mac: as Microsoft's templates do, office-addin-debugging starts the dev server
 * (`npm run dev-server`) and sideloads manifest.xml into desktop Excel (or Excel on the web).
 * Linux has no desktop Excel: the https dev server is started here, over the untrusted developer
 * certificate when the CA cannot be trusted (no sudo), and the way to sideload is printed.
 */
const { spawnSync } = require("child_process");
const path = require("path");
const { runCommand } = require("./lib/command");
const devCertDefaults = require("office-addin-dev-certs/lib/defaults");
const { readDevServerProcessId } = require("office-addin-debugging/lib/debugInfo");
const {
  devServerPort,
  isAlive,
  portInUse,
  runningDevServer,
  startDevServer,
  projectRoot,
} = require("./lib/dev-server");

const manifest = path.join(projectRoot, "manifest.xml");
const debuggingCli = require.resolve("office-addin-debugging/cli.js", { paths: [projectRoot] });

/** office-addin-debugging start, with the user's arguments (default: desktop). */
function officeAddinDebugging(args) {
  const run = spawnSync(process.execPath, [debuggingCli, "start", manifest, ...(args.length ? args : ["desktop"])], {
    cwd: projectRoot,
    stdio: "inherit",
  });
  return run.status ?? 1;
}

function busyPortMessage(port) {
  return (
    `Port ${port} is already in use by another program, and the add-in must be served there: ` +
    `manifest.xml points Excel at https://localhost:${port}/.\n` +
    `  Find the program:  lsof -i :${port}   (Windows: netstat -ano | findstr :${port})\n` +
    "  Stop it, or if it is an earlier dev server of this project, run `npm stop`, then `npm start` again."
  );
}

async function startOnLinux(args, port) {
  if (args[0] === "desktop") {
    console.error("There is no desktop Excel on Linux. Use Excel on the web: `npm start -- web --document <URL>`.");
    return 1;
  }
  const running = runningDevServer(port);
  if (running) {
    console.log(`The dev server is already running (process ${running.pid}); \`npm stop\` stops it.`);
  } else {
    if (await portInUse(port)) {
      console.error(busyPortMessage(port));
      return 1;
    }
    console.log(`Building the add-in and starting the https dev server on port ${port}…`);
    const started = await startDevServer(port);
    console.log(`The add-in is served at https://localhost:${port}/ (process ${started.pid}, log ${started.log}).`);
  }
  console.log(
    [
      "",
      `Manifest: ${manifest}`,
      "",
      "No desktop Excel on Linux. To sideload into Excel on the web:",
      "  1. Open a workbook in Excel on the web (OneDrive or SharePoint), on this machine.",
      "  2. Home → Add-ins → More Settings → Upload My Add-in, and choose the manifest above.",
      "  or: npm start -- web --document <URL of that workbook>",
      "",
      `The developer certificate is not trusted on this machine, so the browser refuses https://localhost:${port}`,
      `until you trust it: import ${devCertDefaults.caCertificatePath} as a trusted root authority`,
      `(or open https://localhost:${port}/taskpane.html once and accept the warning).`,
      "",
      "`npm stop` stops the dev server.",
    ].join("\n"),
  );
  // The server already runs, so office-addin-debugging only sideloads (and skips its sudo step).
  return args[0] === "web" ? officeAddinDebugging(args) : 0;
}

async function main() {
  const args = process.argv.slice(2);
  const port = devServerPort();
  if (process.platform === "win32" || process.platform === "darwin") {
    const earlier = readDevServerProcessId();
    if (!(earlier && isAlive(earlier)) && (await portInUse(port))) {
      // office-addin-debugging would take any program on the port for the dev server.
      console.error(busyPortMessage(port));
      return 1;
    }
    return officeAddinDebugging(args);
  }
  return startOnLinux(args, port);
}

runCommand(main);
