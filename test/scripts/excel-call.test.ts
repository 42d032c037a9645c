/**
 * scripts/lib/excel-call.js, the calling convention shared by `npm run invoke`, the bench and the
 * Chromium tests, on made-up functions: the cases the add-in's own functions do not reach.
 */
import {
  callAsExcel,
  ContractError,
  excelArguments,
  ExcelCallError,
  FunctionMetadata,
  presentOutcome,
} from "../../scripts/lib/excel-call";

const { Error: ExcelError, ErrorCode } = (globalThis as unknown as { CustomFunctions: typeof CustomFunctions })
  .CustomFunctions;

const sum: FunctionMetadata = {
  id: "SUM_ALL",
  name: "SUM_ALL",
  parameters: [
    { name: "first", dimensionality: "matrix" },
    { name: "scale", optional: true },
    { name: "more", dimensionality: "matrix", optional: true, repeating: true },
  ],
  result: { dimensionality: "scalar" },
};

describe("excelArguments", () => {
  test("a range parameter gets a scalar as [[x]], omitted optionals are null, a repeating last parameter an array", () => {
    expect(excelArguments(sum, [5])).toEqual([[[5]], null, []]);
    expect(excelArguments(sum, [[[1, 2]], 3, 4, [[5], [6]]])).toEqual([[[1, 2]], 3, [[[4]], [[5], [6]]]]);
  });

  test("refuses what Excel would not accept as a formula", () => {
    expect(() => excelArguments(sum, [])).toThrow(
      new ExcelCallError("SUM_ALL needs at least 1 argument(s), got 0: SUM_ALL(first, [scale], [more]…)."),
    );
    expect(() => excelArguments(sum, [1, [[2]]])).toThrow(/scale takes a single value, not a range; got a 1×1 array/);
    expect(() => excelArguments(sum, [[[1], [2, 3]]])).toThrow(/rows of cells of equal length/);
    expect(() => excelArguments(sum, [[[{ a: 1 }]]])).toThrow(/is not a cell value/);
    const fixed: FunctionMetadata = { id: "F", name: "F", parameters: [{ name: "x" }] };
    expect(() => excelArguments(fixed, [1, 2])).toThrow(/takes at most 1 argument/);
  });
});

describe("callAsExcel and presentOutcome", () => {
  const matrix: FunctionMetadata = {
    id: "M",
    name: "M",
    parameters: [{ name: "x" }],
    result: { dimensionality: "matrix" },
  };
  const present = async (
    metadata: FunctionMetadata,
    implementation: (...args: unknown[]) => unknown,
    args: unknown[],
  ) => presentOutcome(await callAsExcel(metadata, implementation, args, { namespace: "MERGER" }), metadata);

  test("passes the invocation last, named with the namespace", async () => {
    let seen: unknown;
    await callAsExcel(matrix, (_x, invocation) => ((seen = invocation), [[1]]), [1], { namespace: "MERGER" });
    expect(seen).toEqual({ functionName: "MERGER.M" });
  });

  test("shows a 1×1 array as its value, an error per cell, and a non-finite number as #NUM!", async () => {
    expect(await present(matrix, () => [[7]], [1])).toBe(7);
    expect(await present(matrix, async () => [[1, new ExcelError(ErrorCode.notAvailable, "none")]], [1])).toEqual([
      [1, { error: "#N/A", message: "none" }],
    ]);
    expect(await present(matrix, () => [[Infinity, NaN]], [1])).toEqual([[{ error: "#NUM!" }, { error: "#NUM!" }]]);
  });

  test("an Excel error thrown or rejected is shown with its message; any other throw as a bare #VALUE!", async () => {
    const thrower = () => {
      throw new ExcelError(ErrorCode.invalidValue, "x: not a number.");
    };
    expect(await present(matrix, thrower, [1])).toEqual({ error: "#VALUE!", message: "x: not a number." });
    expect(await present(matrix, () => Promise.reject(new ExcelError(ErrorCode.divisionByZero)), [1])).toEqual({
      error: "#DIV/0!",
    });
    const unexpected: unknown[] = [];
    const outcome = await callAsExcel(matrix, () => JSON.parse("{"), [1]);
    expect(presentOutcome(outcome, matrix, (thrown) => unexpected.push(thrown))).toEqual({ error: "#VALUE!" });
    expect(unexpected[0]).toBeInstanceOf(SyntaxError);
  });

  test("a streaming function answers with its first setResult", async () => {
    const streaming: FunctionMetadata = { ...matrix, result: {}, options: { stream: true } };
    const implementation = (_x: unknown, invocation: { setResult(value: unknown): void }) => {
      setTimeout(() => invocation.setResult(42), 5);
    };
    expect(await present(streaming, implementation as (...args: unknown[]) => unknown, [1])).toBe(42);
  });

  test("a function that never answers is #BUSY!", async () => {
    const outcome = await callAsExcel(matrix, () => new Promise(() => {}), [1], { timeoutMs: 20 });
    expect(presentOutcome(outcome, matrix)).toEqual({
      error: "#BUSY!",
      message: expect.stringContaining("M did not answer"),
    });
  });

  test("a result that breaks the declared shape is the add-in's fault, not an Excel answer", async () => {
    const scalar: FunctionMetadata = { ...matrix, result: { type: "number" } };
    await expect(present(matrix, () => 5, [1])).rejects.toThrow(ContractError);
    await expect(present(matrix, () => [[1, 2], [3]], [1])).rejects.toThrow(/declared to return a 2-D array/);
    await expect(present(scalar, () => [[1]], [1])).rejects.toThrow(
      /declared to return one value but returned a 1×1 array/,
    );
    await expect(present(scalar, () => ({}), [1])).rejects.toThrow(/not a value Excel can show/);
  });
});
