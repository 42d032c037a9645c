/**
 * A recalculation storm through Microsoft's custom-functions runtime (custom-functions-runtime.js
 * from @microsoft/office-js, loaded as the Office CDN serves it) and the built functions.js: a
 * sheet of every function's examples is recalculated twice, each call with fresh argument arrays
 * as Excel passes them. Every function builds a new array (or a new error) for each answer it
 * computes, so an answer identical to the first recalculation's was not computed again: it came
 * from the add-in's cache. A changed cell of a range is computed anew.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import type { Browser, Page } from "playwright-core";
import { examples } from "./examples";
import { distDir, launchChromium, officeJsCdnUrl, routeOfficeJs, serveDist, StaticServer } from "./support";

jest.setTimeout(120000);

const metadata: { id: string; name: string }[] = JSON.parse(
  readFileSync(join(distDir, "functions.json"), "utf8"),
).functions;
const microsoftRuntimeUrl = officeJsCdnUrl.replace(/office\.js$/, "custom-functions-runtime.js");
const excelCallSource = `(function (module) {\n${readFileSync(
  resolve(__dirname, "../../scripts/lib/excel-call.js"),
  "utf8",
)}\nwindow.excelCall = module.exports;\n})({ exports: {} });`;

interface Recalculated {
  /** Calls the runtime delivered, per recalculation. */
  invocations: number[];
  /** Answers that are objects (arrays, errors): the ones whose identity shows where they came from. */
  objects: number;
  /** Of those, the second recalculation's answers identical to the first's. */
  fromCache: number;
  /** A changed cell in a range: answered anew. */
  changedCellAnsweredAnew: boolean;
}

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  const context = await browser.newContext();
  await routeOfficeJs(context);
  page = await context.newPage();
  const harness = `${server.url}harness.html`;
  await page.route(harness, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>harness</title>" }),
  );
  await page.goto(harness);
  await page.addScriptTag({ url: microsoftRuntimeUrl });
  await page.addScriptTag({ content: excelCallSource });
  await page.addScriptTag({ url: "functions.js" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("a sheet recalculated twice: the second recalculation is answered from the cache", async () => {
  const sheet = examples.map((example) => ({
    entry: metadata.find((m) => m.name.toUpperCase() === example.name.toUpperCase())!,
    args: example.args,
  }));
  const seen: Recalculated = await page.evaluate(async (sheet) => {
    const w = window as unknown as {
      CustomFunctions: { _association: { mappings: Record<string, (...args: unknown[]) => unknown> } };
      excelCall: {
        callAsExcel(
          metadata: unknown,
          implementation: unknown,
          args: unknown[],
        ): Promise<{ value?: unknown; thrown?: unknown }>;
      };
    };
    const invocations = [0, 0];
    const recalculate = (pass: number) =>
      Promise.all(
        sheet.map(async ({ entry, args }) => {
          const implementation = w.CustomFunctions._association.mappings[entry.id.toUpperCase()]!;
          const counted = (...a: unknown[]) => {
            invocations[pass]!++;
            return implementation(...a);
          };
          const outcome = await w.excelCall.callAsExcel(entry, counted, structuredClone(args));
          return "thrown" in outcome ? outcome.thrown : outcome.value;
        }),
      );
    const first = await recalculate(0);
    const second = await recalculate(1);
    const isObject = (answer: unknown) => typeof answer === "object" && answer !== null;
    const objects = first.filter(isObject).length;
    const fromCache = second.filter((answer, i) => isObject(answer) && answer === first[i]).length;

    const allotment = sheet.find(({ entry, args }) => entry.id === "ALLOTMENT_SHARES" && Array.isArray(args[0]))!;
    const changed = structuredClone(allotment.args) as unknown[][][];
    changed[0]![0]![0] = Number(changed[0]![0]![0]) + 1;
    const mapped = w.CustomFunctions._association.mappings.ALLOTMENT_SHARES!;
    const before = await w.excelCall.callAsExcel(allotment.entry, mapped, structuredClone(allotment.args));
    const after = await w.excelCall.callAsExcel(allotment.entry, mapped, changed);
    return { invocations, objects, fromCache, changedCellAnsweredAnew: after.value !== before.value };
  }, sheet);

  expect(seen.invocations).toEqual([sheet.length, sheet.length]);
  expect(seen.objects).toBeGreaterThanOrEqual(20);
  expect(seen.fromCache).toBe(seen.objects);
  expect(seen.changedCellAnsweredAnew).toBe(true);
});
