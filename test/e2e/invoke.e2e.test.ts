/**
 * `npm run -s invoke`, run as an analyst runs it (a child process over the built dist/): the
 * issue's "Done means" calls typed as on a shell, every example of examples.ts, and the CLI's
 * refusals and exit codes.
 */
import { execFile } from "child_process";
import { resolve } from "path";
import { describeExample, Example, examples, matchesExample } from "./examples";

jest.setTimeout(120000);

const root = resolve(__dirname, "../..");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function invoke(args: string[], stdin?: string): Promise<Run> {
  return new Promise((done) => {
    const child = execFile("npm", ["run", "-s", "invoke", "--", ...args], { cwd: root }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}

/** Runs many invocations a few at a time (each is an npm and a node start-up). */
async function invokeAll(calls: string[][]): Promise<Run[]> {
  const runs: Run[] = new Array(calls.length);
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const index = next++;
      runs[index] = await invoke(calls[index]!);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return runs;
}

describe("the issue's Done-means calls, typed as on a shell", () => {
  const cases: [string[], string][] = [
    [["ALLOTMENT_SHARES", "4000", "26", "3996"], "104"],
    [["ALLOTMENT_SHARES", "[[80],[40],[30]]", "5.83", "null", "holders"], "[[466],[233],[174]]"],
    [["ALLOTMENT_SHARES", "[[80],[40],[30]]", "5.83", "null", "sold"], "1"],
    [["ALLOTMENT_SHARES", "[[80],[40],[30]]", "5.83", "null", "total"], "874"],
    [["ODD_LOT", "26"], "26"],
    [["ODD_LOT", "26", "100", "all"], "[[0,26,74]]"],
    [["VARIABLE_RATIO", "3500", "309734.2", "null", "null", "4"], "0.0113"],
    [["EX_DATE", "2024-03-31"], "45379"],
    [["EX_DATE", "2024-03-31", "null", "last"], "45378"],
    [["RATIO_RANGE", "20000", "21000", "900", "1000", "2"], "[[20,23.33]]"],
    [["PREMIUM", "1500", "[[1200],[1000]]"], "[[0.25],[0.5]]"],
    [["NET_ASSETS_PER_SHARE", "83000000", "4000"], "20750"],
    [["ADJUSTED_PRICES", "[[41576],[41577]]", "[[1000],[505]]", "[[41577,2]]"], "[[500],[505]]"],
    // Issue 13: the 2013 schedule's shareholder notice (41619 = 2013-12-11) and registration (41653 = 2014-01-14).
    [
      ["SCHEDULE", "2014-01-01", "merger", "short-form, simplified", "dates"],
      '[[41605,""],[41605,""],[41605,41640],[41605,41821],[41606,41635],[41619,""],[41620,41633],[41620,41639],[41639,""],[41640,""],[41640,41653],[41640,41821]]',
    ],
    [["RIGHTS_CONVERSION", "100", "1000", "0.5", "price"], "2000"],
    // Issue 22, by hand: 2,500 + 150 + 80 + 30 at 100 → 1 keep 25 and 1; the fractions 0.5 + 0.8 + 0.3
    // pool to 1.6, one share is sold; at ¥500 the expected cash is 50, 80 and 30 shares before × 500,
    // and a sale at ¥80,000 (price × ratio × pool) pays exactly that, pro rata.
    [["CONSOLIDATION", "[[2500],[150],[80],[30]]", "100", "fractions"], "[[0],[0.5],[0.8],[0.3]]"],
    [["CONSOLIDATION", "[[2500],[150],[80],[30]]", "100", "sold"], "1"],
    [["CONSOLIDATION", "[[2500],[150],[80],[30]]", "100", "cash", "500"], "[[0],[25000],[40000],[15000]]"],
    [
      ["CONSOLIDATION", "[[2500],[150],[80],[30]]", "100", "paid", "null", "null", "80000"],
      "[[0],[25000],[40000],[15000]]",
    ],
    [
      ["CONSOLIDATION", "[[2500],[150],[80],[30]]", "100", "check", "500"],
      '[["Price per share before",500],["Shares sold for fractions (CA 235)",1],["Proceeds of the sale",50000],["Expected cash, total (price × shares before of each fraction)",80000],["Paid out pro rata, total",50000],["Proceeds left undistributed",0],["Proceeds needed for the expected cash (price × ratio × pool)",80000],["Sale price per share after needed",80000],["Holders paid less than expected",3],["Every holder receives the expected cash",false]]',
    ],
  ];
  let runs: Run[];
  beforeAll(async () => {
    runs = await invokeAll(cases.map(([args]) => args));
  });

  test.each(cases.map(([args, printed], index): [string, string, number] => [args.join(" "), printed, index]))(
    "invoke %s prints %s",
    (_, printed, index) => {
      expect(runs[index]).toEqual({ code: 0, stdout: `${printed}\n`, stderr: "" });
    },
  );
});

describe("every example, through the CLI", () => {
  let runs: Run[];
  beforeAll(async () => {
    runs = await invokeAll(examples.map(({ name, args }) => [name, ...args.map((arg) => JSON.stringify(arg))]));
  });

  test.each(examples.map((example, index): [string, Example, number] => [describeExample(example), example, index]))(
    "%s",
    (_, example, index) => {
      const run = runs[index]!;
      expect(run.code).toBe(0);
      expect(run.stdout.split("\n")).toHaveLength(2); // one line of JSON
      const shown: unknown = JSON.parse(run.stdout);
      if (!matchesExample(shown, example.expected)) {
        throw new Error(
          `${describeExample(example)} printed ${run.stdout.trim()}, expected ${JSON.stringify(example.expected)}`,
        );
      }
    },
  );
});

describe("the command line", () => {
  test("takes the name in any case, with or without the namespace", async () => {
    expect((await invoke(["merger.odd_lot", "26", "100", "buyup"])).stdout).toBe("74\n");
  });

  test("--stdin reads the whole argument list as one JSON array", async () => {
    const run = await invoke(["--stdin", "ALLOTMENT_SHARES"], '[[[80],[40],[30]], "5.83", null, "holders"]');
    expect(run).toEqual({ code: 0, stdout: "[[466],[233],[174]]\n", stderr: "" });
  });

  test("an Excel error is an answer: JSON with code and message, exit 0", async () => {
    const run = await invoke(["ODD_LOT", "26", "0"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ error: "#VALUE!", message: expect.stringContaining("unit") });
  });

  test("an error inside an array is shown in its cell", async () => {
    const run = await invoke(["ODD_LOT", "[[26],[-1]]"]);
    const shown = JSON.parse(run.stdout);
    expect(shown[0]).toEqual([26]);
    expect(shown[1][0]).toEqual({ error: "#VALUE!", message: expect.any(String) });
  });

  test("an ARG that is not JSON is text", async () => {
    // "2/3" is not JSON, so the ratio arrives as the text "2/3": exactly two thirds.
    expect((await invoke(["ALLOTMENT_SHARES", "300", "2/3"])).stdout).toBe("200\n");
  });

  test.each([
    [["ALLOTMENT_SHARES", "4000", "26", "3996", "total", "en", "extra"], /takes at most 5 argument/],
    [["ALLOTMENT_SHARES", "4000"], /needs at least 2 argument/],
    [["ODD_LOT", "26", "[[100]]"], /unit takes a single value, not a range/],
    [["ODD_LOT", "[26,150]"], /rows of cells/],
    [["NO_SUCH_FUNCTION", "1"], /No function NO_SUCH_FUNCTION .* It has: .*ODD_LOT/],
    [[], /Name the function to call/],
    [["--stdin", "ODD_LOT", "26"], /standard input only/],
  ])("refuses %j with exit 2 and a clear message", async (args, message) => {
    const run = await invoke(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });

  test("says to build when dist/ is missing", async () => {
    const run = await invoke(["--dist", resolve(root, "test/e2e/no-such-dist"), "ODD_LOT", "26"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/functions\.json is missing: run `npm run build` first/);
  });

  test("--help prints the usage", async () => {
    const run = await invoke(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: npm run -s invoke -- [--dist DIR] NAME ARG...");
  });
});
