/**
 * A sample of the hostile-input table through the BUILT add-in (dist/, made by `npm test`'s
 * build step), called by the same loader and Excel-call rules as `npm run invoke`: the minified
 * bundle must refuse bad input exactly as the sources do. Rows with an error value in a cell are
 * left to functions.test.ts: the invoke caller passes only plain cell values.
 */
import { hostileRows, type HostileRow } from "./rows";
import { problemWith, type Outcome } from "./outcome";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadBuiltAddin, findFunction } = require("../../scripts/lib/built-addin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { callAsExcel, presentOutcome } = require("../../scripts/lib/excel-call");

const plainCells = (row: HostileRow) =>
  row.args.every((arg) =>
    Array.isArray(arg)
      ? arg.every((r) => r.every((c: unknown) => typeof c !== "object" || c === null))
      : typeof arg !== "object" || arg === null,
  );
const addin = loadBuiltAddin();

/** A range where the function declares one value: Excel would lift the call over the range, which invoke does not play. */
const rangeForValue = (row: HostileRow) => {
  const parameters: { dimensionality?: string }[] = findFunction(addin, row.fn).metadata.parameters ?? [];
  return row.args.some((arg, i) => Array.isArray(arg) && parameters[i]?.dimensionality !== "matrix");
};

// Every third row with plain cells, each function's first, and every row that checks a value; the whole-column row is the slowest to copy and is left to the sources.
const sample = hostileRows.filter(
  (row, i) =>
    plainCells(row) &&
    !rangeForValue(row) &&
    (i % 3 === 0 || "value" in row.expected || hostileRows.findIndex((other) => other.fn === row.fn) === i) &&
    !row.case.startsWith("whole columns"),
);

/** Presented JSON (`{"error", "message"}`, a scalar, or rows) back into the table's outcome form. */
function asOutcome(presented: unknown): Outcome {
  const isError = (v: unknown): v is { error: string; message?: string } =>
    typeof v === "object" && v !== null && "error" in v;
  if (isError(presented)) return { error: presented.error, message: presented.message };
  const cells = Array.isArray(presented) ? presented : [[presented]];
  return { value: cells.map((r: unknown[]) => r.map((c) => (isError(c) ? { code: c.error, message: c.message } : c))) };
}

test("the sample covers every function", () => {
  expect(new Set(sample.map((row) => row.fn))).toEqual(new Set(hostileRows.map((row) => row.fn)));
});

test.each(sample.map((row) => [`${row.fn}: ${row.case}`, row] as const))("%s", async (_, row) => {
  const { metadata, implementation } = findFunction(addin, row.fn);
  const presented = presentOutcome(await callAsExcel(metadata, implementation, row.args), metadata);
  // A function declared to return one value (VWAP) is presented bare: compare it bare.
  const expected =
    "value" in row.expected && !Array.isArray(row.expected.value) ? { value: [[row.expected.value]] } : row.expected;
  expect(problemWith(asOutcome(presented), expected)).toBeUndefined();
});
