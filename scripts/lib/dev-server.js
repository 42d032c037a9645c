/**
 * The https dev server that `npm start` runs on machines without desktop Excel, and `npm stop`
 * ends: webpack serve in its own process group, its id in a small record in the temp folder.
 */
const fs = require("fs");
const https = require("https");
const net = require("net");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");

const projectRoot = path.resolve(__dirname, "..", "..");

/** The port from package.json's config (npm sets npm_package_config_dev_server_port), else 3000. */
function devServerPort() {
  return Number(process.env.npm_package_config_dev_server_port || 3000);
}

/**
 * The origins that may read the dev server's files from another origin: Excel on the web, whose
 * pages on officeapps.live.com (excel.officeapps.live.com, and regional hosts of Microsoft 365
 * such as inc-excel.officeapps.live.com) fetch functions.json for the custom functions. The task
 * pane, functions.js in it, and desktop Excel load from the dev server's own origin and need no
 * CORS. Any other page (a site open in the same browser while `npm start` runs) gets no
 * Access-Control-Allow-Origin, so it cannot read the source or its maps.
 */
const OFFICE_ORIGIN = /^https:\/\/(?:[a-z0-9-]+\.)*officeapps\.live\.com$/;

/** The CORS headers of a response to a request from `origin` (its Origin header, if any). */
function corsHeaders(origin) {
  // Vary: a cache must not hand one origin's answer to another.
  return typeof origin === "string" && OFFICE_ORIGIN.test(origin)
    ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" }
    : { Vary: "Origin" };
}

const recordFile = (port) => path.join(os.tmpdir(), `merger-allotment-dev-server-${port}.json`);
const logFile = (port) => path.join(os.tmpdir(), `merger-allotment-dev-server-${port}.log`);

/** Resolves whether something already listens on `port` (any address). */
function portInUse(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => (error.code === "EADDRINUSE" ? resolve(true) : reject(error)));
    probe.once("listening", () => probe.close(() => resolve(false)));
    probe.listen(port);
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The dev server this project started on `port`, if it is still running; a stale record is removed. */
function runningDevServer(port) {
  const file = recordFile(port);
  if (!fs.existsSync(file)) return undefined;
  const record = JSON.parse(fs.readFileSync(file, "utf8"));
  // A recycled process id must not be taken for our server: on Linux, check what it runs.
  const cmdline = `/proc/${record.pid}/cmdline`;
  const ours =
    isAlive(record.pid) &&
    (!fs.existsSync("/proc") || (fs.existsSync(cmdline) && fs.readFileSync(cmdline, "utf8").includes("webpack")));
  if (!ours) {
    fs.rmSync(file, { force: true });
    return undefined;
  }
  return record;
}

/** GET over https without trusting the certificate (it is the untrusted dev certificate). */
function fetchStatus(url) {
  return new Promise((resolve) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on("error", () => resolve(undefined));
    request.on("timeout", () => request.destroy());
  });
}

/**
 * Starts `webpack serve` (development build, in memory) detached, and waits until it answers
 * functions.json over https. Rejects with the log's tail if it exits or does not answer in time.
 */
async function startDevServer(port, { timeoutMs = 180000 } = {}) {
  const log = fs.openSync(logFile(port), "w");
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [projectRoot] });
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", "--port", String(port)], {
    cwd: projectRoot,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, npm_package_config_dev_server_port: String(port) },
  });
  fs.closeSync(log);
  let exited;
  child.once("exit", (code, signal) => {
    exited = signal ?? code;
  });
  fs.writeFileSync(recordFile(port), JSON.stringify({ pid: child.pid, port, log: logFile(port) }));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && exited === undefined) {
    if ((await fetchStatus(`https://localhost:${port}/functions.json`)) === 200) {
      child.unref();
      return { pid: child.pid, log: logFile(port) };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const tail = fs.readFileSync(logFile(port), "utf8").split("\n").slice(-30).join("\n");
  if (exited === undefined) await stopDevServer({ pid: child.pid, port });
  fs.rmSync(recordFile(port), { force: true });
  throw new Error(
    `The dev server ${exited === undefined ? `did not answer within ${timeoutMs / 1000} s` : `exited (${exited})`}. ` +
      `Its log ends:\n${tail}`,
  );
}

/**
 * Ends the dev server's whole process group (webpack and anything it spawned), waits until it has
 * exited (webpack finishes its own shutdown after SIGTERM; SIGKILL after 10 s), and removes its
 * record and log.
 */
async function stopDevServer(record) {
  const signalGroup = (signal) => {
    try {
      process.kill(-record.pid, signal);
    } catch (error) {
      if (error.code !== "ESRCH") throw error;
    }
  };
  signalGroup("SIGTERM");
  for (let waited = 0; isAlive(record.pid); waited += 100) {
    if (waited === 10000) signalGroup("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  fs.rmSync(recordFile(record.port), { force: true });
  fs.rmSync(logFile(record.port), { force: true });
}

module.exports = {
  corsHeaders,
  devServerPort,
  isAlive,
  portInUse,
  runningDevServer,
  startDevServer,
  stopDevServer,
  projectRoot,
};
