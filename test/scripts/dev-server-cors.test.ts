/**
 * The dev server's CORS, as webpack.config.js gives it to `webpack serve`: Excel on the web's
 * pages (https, on officeapps.live.com) may read the served files from their origin, to load
 * functions.json; no other page may, so a site open in the same browser while `npm start` runs
 * cannot read the source or its maps (https://localhost:3000/*.js.map).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<{ devServer: { headers: (request: { headers: { origin?: string } }) => Record<string, string> } }>;

async function headersFor(origin: string | undefined): Promise<Record<string, string>> {
  const { devServer } = await webpackConfig({}, { mode: "development" });
  return devServer.headers({ headers: origin === undefined ? {} : { origin } });
}

test.each(["https://excel.officeapps.live.com", "https://inc-excel.officeapps.live.com"])(
  "Excel on the web (%s) may read the files, and only from its own origin",
  async (origin) => {
    expect(await headersFor(origin)).toEqual({ "Access-Control-Allow-Origin": origin, Vary: "Origin" });
  },
);

test.each([
  ["any other site", "https://evil.example"],
  ["a look-alike host", "https://excel.officeapps.live.com.evil.example"],
  ["a host ending in the same letters", "https://evilofficeapps.live.com"],
  ["Excel's host over plain http", "http://excel.officeapps.live.com"],
  ["a page of the local machine on another port", "https://localhost:8080"],
  ["a sandboxed frame", "null"],
  ["no Origin at all (same origin, or not a browser)", undefined],
])("%s gets no Access-Control-Allow-Origin", async (_, origin) => {
  const headers = await headersFor(origin);
  expect(headers["Access-Control-Allow-Origin"]).toBeUndefined();
  expect(Object.values(headers)).not.toContain("*");
  expect(headers.Vary).toBe("Origin");
});
