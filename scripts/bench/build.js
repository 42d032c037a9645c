/**
 * A production build of the add-in into a temporary directory, with webpack's stats, so the bench
 * measures the code as it stands without touching dist/ (which other tools and tests use).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const { CHUNKS_FILE } = require("./bundles");

const ROOT = path.resolve(__dirname, "..", "..");

/** Builds with the project's own webpack.config.js; resolves to { dir, chunks }. */
async function productionBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "merger-bench-"));
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "production" });
  config.mode = "production";
  config.context = ROOT;
  config.output = { ...config.output, path: dir };
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) {
    const errors = stats.toJson({ all: false, errors: true }).errors.map((e) => e.message);
    throw new Error(`The production build failed:\n${errors.join("\n")}`);
  }
  const chunks = chunksOf(stats);
  fs.writeFileSync(path.join(dir, CHUNKS_FILE), JSON.stringify(chunks));
  return { dir, chunks };
}

/** Each emitted chunk: its JS files, whether it loads at start, and the packages inside it. */
function chunksOf(stats) {
  const json = stats.toJson({ all: false, chunks: true, chunkModules: true, ids: true });
  return json.chunks.map((chunk) => ({
    names: chunk.names,
    initial: chunk.initial,
    files: chunk.files.filter((file) => file.endsWith(".js")),
    packages: [...new Set((chunk.modules ?? []).flatMap((m) => packagesIn(m)))],
  }));
}

function packagesIn(module) {
  const inner = module.modules ?? [];
  const own = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(module.name ?? "");
  return [...(own ? [own[1].replace(/\\/g, "/")] : []), ...inner.flatMap(packagesIn)];
}

module.exports = { productionBuild, ROOT };
