/**
 * `npm start` and `npm stop` on a machine without desktop Excel (Linux): start builds and serves
 * the add-in over https (untrusted developer certificate), prints the manifest and how to
 * sideload; a busy port is refused clearly; stop ends the server. A built test: start runs a
 * full webpack build. Each run takes a free port of its own (other tests run at the same time),
 * and the certificates are made under a lock, once.
 */
import { spawnSync } from "child_process";
import { mkdirSync, rmdirSync } from "fs";
import type { IncomingHttpHeaders } from "http";
import { get } from "https";
import { createServer, type AddressInfo, type Server } from "net";
import { tmpdir } from "os";
import { join, resolve } from "path";

jest.setTimeout(240000);

const root = resolve(__dirname, "../..");
const linux = process.platform === "linux";

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

function npmScript(script: "start" | "stop", port: number) {
  return spawnSync(process.execPath, [join(root, `scripts/${script}.js`)], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, npm_package_config_dev_server_port: String(port) },
  });
}

/** Status, headers and body of an https GET that accepts the untrusted developer certificate. */
function fetchUntrusted(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status?: number; headers?: IncomingHttpHeaders; body: string; error?: string }> {
  return new Promise((done) => {
    get(url, { rejectUnauthorized: false, agent: false, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => done({ status: response.statusCode, headers: response.headers, body }));
    }).on("error", (error: NodeJS.ErrnoException) => done({ body: "", error: error.code }));
  });
}

/** Runs `body` while holding a lock shared by the test projects (the first start makes the certificates). */
async function withLock<T>(body: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), "merger-allotment-start-test.lock");
  for (const deadline = Date.now() + 200000; ;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || Date.now() > deadline) throw error;
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  try {
    return await body();
  } finally {
    rmdirSync(lock);
  }
}

(linux ? describe : describe.skip)("npm start / npm stop without desktop Excel", () => {
  test("start serves the add-in over https and says how to sideload; stop ends it", async () => {
    const port = await freePort();
    await withLock(async () => {
      const started = npmScript("start", port);
      try {
        expect(started.status).toBe(0);
        expect(started.stdout).toContain(`Manifest: ${join(root, "manifest.xml")}`);
        expect(started.stdout).toContain("Home → Add-ins → More Settings → Upload My Add-in");
        expect(started.stdout).toContain("npm start -- web --document");

        const page = await fetchUntrusted(`https://localhost:${port}/taskpane.html`);
        expect(page.status).toBe(200);
        expect(page.body).toContain("functions.js");
        const metadata = await fetchUntrusted(`https://localhost:${port}/functions.json`);
        expect(metadata.status).toBe(200);
        expect(JSON.parse(metadata.body).functions.map((f: { id: string }) => f.id)).toContain("ALLOTMENT_SHARES");

        // CORS for Excel on the web only: another site open in the browser cannot read the source maps.
        const map = `https://localhost:${port}/functions.js.map`;
        const fromElsewhere = await fetchUntrusted(map, { Origin: "https://evil.example" });
        expect(fromElsewhere.status).toBe(200);
        expect(fromElsewhere.headers!["access-control-allow-origin"]).toBeUndefined();
        const fromExcel = await fetchUntrusted(`https://localhost:${port}/functions.json`, {
          Origin: "https://excel.officeapps.live.com",
        });
        expect(fromExcel.headers!["access-control-allow-origin"]).toBe("https://excel.officeapps.live.com");

        const again = npmScript("start", port);
        expect(again.status).toBe(0);
        expect(again.stdout).toContain("already running");
      } finally {
        const stopped = npmScript("stop", port);
        expect(stopped.status).toBe(0);
        expect(stopped.stdout).toContain(`Stopped the dev server`);
      }
      expect((await fetchUntrusted(`https://localhost:${port}/taskpane.html`)).error).toBe("ECONNREFUSED");
      expect(npmScript("stop", port).stdout).toContain("No dev server started by `npm start` is running");
    });
  });

  test("a busy port gets a clear message, not a stack trace", async () => {
    const port = await freePort();
    const squatter: Server = createServer().listen(port);
    await new Promise((listening) => squatter.once("listening", listening));
    try {
      const started = npmScript("start", port);
      expect(started.status).toBe(1);
      expect(started.stderr).toContain(`Port ${port} is already in use by another program`);
      expect(started.stderr).toContain(`lsof -i :${port}`);
    } finally {
      squatter.close();
    }
  });
});
