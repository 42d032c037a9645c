/**
 * The built custom-functions bundle (dist/functions.js) in headless Chromium, served over http
 * as Excel's runtime would fetch it. A harness page loads Microsoft's own custom-functions runtime
 * (custom-functions-runtime.js from @microsoft/office-js: the real CustomFunctions.associate,
 * Error and ErrorCode, which work without a host; only its link to Excel, which delivers the
 * invocations, needs one) and the calling logic `npm run invoke` uses, loads functions.js, and
 * checks that registration covers exactly functions.json, once, and that each function gives the
 * examples' answers, called as Excel calls them. Then the real
 * task pane page with Microsoft's office.js: outside Excel, office.js still defines
 * CustomFunctions.associate (but not CustomFunctions.Error), so registration is checked there too.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describeExample, Example, examples, matchesExample } from "./examples";
import {
  distDir,
  launchChromium,
  officeJsCdnUrl,
  routeOfficeJs,
  serveDist,
  StaticServer,
  watchPageProblems,
  PageProblems,
} from "./support";

jest.setTimeout(120000);

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: {
    name: string;
    description?: string;
    dimensionality?: string;
    optional?: boolean;
    repeating?: boolean;
  }[];
  result: { dimensionality?: string };
}
const metadata: FunctionMetadata[] = JSON.parse(readFileSync(join(distDir, "functions.json"), "utf8")).functions;
const listedIds = metadata.map((entry) => entry.id.toUpperCase()).sort();

const scriptsLib = resolve(__dirname, "../../scripts/lib");
/**
 * Microsoft's custom-functions runtime, from the Office CDN's address (answered from the npm copy):
 * it finds its own files by its script's name, so it must load from a URL, not as inline source.
 */
const microsoftRuntimeUrl = officeJsCdnUrl.replace(/office\.js$/, "custom-functions-runtime.js");

/** The functions Microsoft's runtime holds, by upper-case id. */
interface RuntimeWindow {
  CustomFunctions: { _association: { mappings: Record<string, (...args: unknown[]) => unknown> } };
}
/** A CommonJS file of scripts/lib run in the page; its exports land on window[name]. */
const asPageScript = (file: string, name: string) =>
  `(function (module) {\n${readFileSync(join(scriptsLib, file), "utf8")}\nwindow.${name} = module.exports;\n})({ exports: {} });`;

/**
 * The Excel contract of each function: which parameters take a range (Excel passes a 2-D array
 * only to those) and whether the result spills. A function missing here fails the test by name.
 */
const contracts: Record<string, { ranges: string[]; spills: boolean }> = {
  ALLOTMENT_SHARES: { ranges: ["holdings"], spills: true },
  FRACTION_CASH: { ranges: ["holdings"], spills: true },
  ODD_LOT: { ranges: ["shares"], spills: true },
  AVG_CLOSE_30: { ranges: ["dates", "closes", "closed_dates", "adjustments"], spills: true },
  VWAP: { ranges: ["dates", "turnover", "volumes", "closed_dates", "adjustments"], spills: false },
  TSE_IS_SESSION: { ranges: ["closed_dates"], spills: false },
  TSE_WORKDAY: { ranges: ["closed_dates"], spills: false },
  TSE_WINDOW: { ranges: ["closed_dates"], spills: true },
  SHORT_FORM: { ranges: [], spills: false },
  SIMPLIFIED: { ranges: [], spills: true }, // result "all": the test, X, Y and ρ·Y
  SIMPLIFIED_ARTICLE: { ranges: [], spills: false },
  RATIO_RANGE: { ranges: [], spills: true },
  MARKET_RATIO: {
    ranges: ["target_dates", "target_closes", "acquirer_dates", "acquirer_closes", "periods", "adjustments"],
    spills: true,
  },
  PREMIUM: { ranges: ["offer", "reference"], spills: true },
  VARIABLE_RATIO: { ranges: [], spills: false },
  NET_ASSETS_PER_SHARE: { ranges: ["adjustments"], spills: false },
  ADJUSTED_PRICES: { ranges: ["dates", "values", "adjustments"], spills: true },
  EX_DATE: { ranges: ["closed_dates"], spills: false },
  SCHEDULE: { ranges: ["options"], spills: true },
  SCHEDULE_CHECK: { ranges: ["planned_dates", "options"], spills: true },
  RIGHTS_CONVERSION: { ranges: [], spills: true },
  PRO_FORMA: { ranges: ["allotments"], spills: true },
  CONSOLIDATION: { ranges: ["holdings"], spills: true },
  SQUEEZE_OUT_RATIO: { ranges: ["holdings"], spills: true },
  SQUEEZE_OUT_TEST: { ranges: ["holdings"], spills: true },
  AUTHORISED_SHARES_TEST: { ranges: [], spills: true },
  SPECIAL_CONTROLLING: { ranges: [], spills: true },
};

describe("dist/functions.json", () => {
  test("ids are plain names: the manifest adds the MERGER namespace", () => {
    for (const entry of metadata) {
      expect(entry.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(entry.name).toBe(entry.id);
    }
  });

  test("every function and every parameter is described", () => {
    const undescribed = metadata.flatMap((entry) => [
      ...(entry.description?.trim() ? [] : [entry.name]),
      ...entry.parameters
        .filter((parameter) => !parameter.description?.trim())
        .map((parameter) => `${entry.name}(${parameter.name})`),
    ]);
    expect(undescribed).toEqual([]);
  });

  test("optional parameters come last, as Excel requires", () => {
    for (const entry of metadata) {
      const firstOptional = entry.parameters.findIndex((parameter) => parameter.optional);
      const requiredAfter = firstOptional < 0 ? [] : entry.parameters.slice(firstOptional).filter((p) => !p.optional);
      expect({ [entry.name]: requiredAfter.map((p) => p.name) }).toEqual({ [entry.name]: [] });
    }
  });

  test("no parameter repeats (a 1-D array in a signature would declare one)", () => {
    const repeating = metadata.flatMap((entry) =>
      entry.parameters
        .filter((parameter) => parameter.repeating)
        .map((parameter) => `${entry.name}(${parameter.name})`),
    );
    expect(repeating).toEqual([]);
  });

  test("range parameters are matrices and the others single values; spilling results are matrices", () => {
    expect(Object.keys(contracts).sort()).toEqual(metadata.map((entry) => entry.name).sort());
    for (const entry of metadata) {
      const contract = contracts[entry.name]!;
      const matrices = entry.parameters.filter((parameter) => parameter.dimensionality === "matrix").map((p) => p.name);
      expect({ [entry.name]: matrices }).toEqual({ [entry.name]: contract.ranges });
      expect({ [entry.name]: entry.result.dimensionality === "matrix" }).toEqual({ [entry.name]: contract.spills });
    }
  });
});

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext();
  await routeOfficeJs(context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("functions.js with Microsoft's custom-functions runtime", () => {
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    page = await context.newPage();
    problems = await watchPageProblems(page);
    // An empty page on the served origin, so functions.js loads as Excel's runtime loads it.
    const harness = `${server.url}harness.html`;
    await page.route(harness, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>harness</title>" }),
    );
    await page.goto(harness);
    await page.addScriptTag({ url: microsoftRuntimeUrl });
    await page.addScriptTag({ content: asPageScript("excel-call.js", "excelCall") });
    await page.addScriptTag({ url: "functions.js" });
  });

  test("registration associates every function in functions.json, and nothing else", async () => {
    const associated = await page.evaluate(() =>
      Object.keys((window as unknown as RuntimeWindow).CustomFunctions._association.mappings).sort(),
    );
    expect(listedIds.length).toBeGreaterThan(0);
    expect(associated).toEqual(listedIds);
  });

  test("every function in functions.json has an example", () => {
    const exampled = new Set(examples.map((example) => example.name.toUpperCase()));
    const withoutExample = metadata.map((entry) => entry.name).filter((name) => !exampled.has(name.toUpperCase()));
    expect(withoutExample).toEqual([]);
  });

  test.each(examples.map((example): [string, Example] => [describeExample(example), example]))(
    "%s",
    async (_, example) => {
      const entry = metadata.find((candidate) => candidate.name.toUpperCase() === example.name.toUpperCase());
      expect(entry).toBeDefined();
      const shown = await page.evaluate(
        async ({ entry, args }) => {
          const page = window as unknown as RuntimeWindow & {
            excelCall: {
              callAsExcel(metadata: unknown, implementation: unknown, args: unknown[]): Promise<unknown>;
              presentOutcome(outcome: unknown, metadata: unknown): unknown;
            };
          };
          const implementation = page.CustomFunctions._association.mappings[entry.id.toUpperCase()];
          return page.excelCall.presentOutcome(await page.excelCall.callAsExcel(entry, implementation, args), entry);
        },
        { entry: entry as FunctionMetadata, args: example.args },
      );
      if (!matchesExample(shown, example.expected)) {
        throw new Error(
          `${describeExample(example)} showed ${JSON.stringify(shown)}, expected ${JSON.stringify(example.expected)}`,
        );
      }
    },
  );

  test("the page saw no errors", () => {
    expect(problems.all).toEqual([]);
  });
});

describe("the task pane page with Microsoft's office.js", () => {
  test("office.js defines CustomFunctions.associate outside Excel, and the bundle registers every function with it", async () => {
    const page = await context.newPage();
    const problems = await watchPageProblems(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office === "object");
    const seen = await page.evaluate(() => {
      const cf = (window as unknown as { CustomFunctions?: Record<string, unknown> }).CustomFunctions;
      const association = cf?._association as { mappings?: Record<string, unknown> } | undefined;
      return {
        associate: typeof cf?.associate,
        error: typeof cf?.Error,
        mapped: Object.keys(association?.mappings ?? {}).sort(),
      };
    });
    expect(seen.associate).toBe("function");
    // Only Excel's runtime brings CustomFunctions.Error; a module that built one at load time would fail here.
    expect(seen.error).toBe("undefined");
    expect(seen.mapped).toEqual(listedIds);
    expect(problems.all).toEqual([]);
    await page.close();
  });
});
