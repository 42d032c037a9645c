/** A plain static server of the built add-in (dist/) on 127.0.0.1, for the e2e tests. */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, resolve, sep } from "path";

export const distDir = resolve(__dirname, "../../../dist");
/** The development build with the in-memory preview (`npm run build:preview`); production leaves it out. */
export const previewDistDir = resolve(__dirname, "../../../dist-preview");

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
};

export interface StaticServer {
  /** Base URL ending in "/", e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ on a random free port; call close() in afterAll. Fails if dist/ was not built. */
export async function serveDist(root: string = distDir): Promise<StaticServer> {
  if (!existsSync(join(root, "taskpane.html"))) {
    throw new Error(
      `${root} has no taskpane.html: run \`npm run build\` and \`npm run build:preview\` before the e2e tests.`,
    );
  }
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = normalize(join(root, pathname));
    // Never serve outside dist/ (a "../" in the URL).
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end(`Not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {
      "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
