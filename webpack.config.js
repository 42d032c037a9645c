const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { version } = require("./package.json");
const { devServerHttps } = require("./scripts/lib/dev-certs");
const { corsHeaders } = require("./scripts/lib/dev-server");
const { functionSources } = require("./scripts/lib/function-sources");
const { LocalisedMetadataPlugin } = require("./scripts/lib/localised-metadata");

const urlDev = "https://localhost:3000/";

/** The hosting URL a production manifest points at: ADDIN_URL, or localhost when not given. */
function productionUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return urlDev;
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over https only); got "${url}".`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest with every localhost URL moved to the hosting URL, and the AppDomain to its origin. */
function productionManifest(xml, hostUrl) {
  return xml.split(urlDev).join(hostUrl).split(new URL(urlDev).origin).join(new URL(hostUrl).origin);
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const hostUrl = dev ? urlDev : productionUrl();
  return {
    // Source maps in development only: a production build ships what Excel runs, nothing else.
    devtool: dev ? "source-map" : false,
    entry: {
      // Outside Office, with office.js blocked, a stand-in for CustomFunctions, before functions.js.
      "office-standin": "./src/taskpane/office-standin.ts",
      functions: "./src/functions/functions.ts",
      // The pane's preview engine imports the functions' modules, to which the metadata plugin
      // appends CustomFunctions.associate calls. As an entry of its own the pane would carry a
      // second copy and associate every function again ([DuplicatedName] warnings); depending
      // on the functions entry, it shares its modules and its runtime. functions.js still loads
      // alone, as Excel's custom-functions runtime loads it.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
      // CSV imports are read in a Web Worker. An entry of its own, loaded by name (import-worker.js
      // beside taskpane.html), not `new Worker(new URL(…, import.meta.url))`: that puts a
      // document-base lookup in the shared runtime of functions.js, which fails where Excel's
      // custom-functions runtime (or `npm run invoke`) runs it without a document.
      "import-worker": "./src/taskpane/import/import.worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Chunks sit beside taskpane.html. Said outright, not detected from the running script:
      // functions.js now carries the webpack runtime, and Excel's custom-functions runtime (or
      // `npm run invoke`) may run it where no script element can be found.
      publicPath: "",
      // Office's browsers all have globalThis: webpack's global helper then needs no
      // `new Function("return this")` fallback, which would now sit in functions.js (CSP forbids it).
      environment: { globalThis: true },
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked once by `tsc --noEmit` in the test command, not on every build.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The version a copy as values is stamped with.
      new DefinePlugin({ "process.env.ADDIN_VERSION": JSON.stringify(version) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources() }),
      // Japanese descriptions for Excel's formula autocomplete in ja-JP (the manifest's Override).
      new LocalisedMetadataPlugin({
        input: "functions.json",
        output: "functions.ja.json",
        textsFile: path.resolve(__dirname, "src/functions/metadata.ja.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["office-standin", "functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // The first run's worked example, fetched as data when asked for (not a script of the pane).
          { from: "src/taskpane/firstRun/try-functions.json", to: "try-functions.json" },
          // For template authors: their editors check a template file against it.
          { from: "template.schema.json", to: "template.schema.json" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (hostUrl === urlDev ? content : productionManifest(content.toString(), hostUrl)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      // CORS for Excel on the web only (scripts/lib/dev-server.js says which origins), never "*".
      headers: (request) => corsHeaders(request.headers.origin),
      server: serving ? { type: "https", options: await devServerHttps() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
    },
  };
};
