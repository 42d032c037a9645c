/**
 * The recalculation cache: the same arguments (exactly: types and every cell of a range) are
 * answered without calling the function again; any other argument calls it; the cache is bounded.
 */
import { CACHED_ANSWERS, CACHED_CELLS, RecalculationCache } from "../../src/functions/recalculation-cache";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createCustomFunctionsRuntime } = require("../../src/taskpane/custom-functions-runtime");

/** A function that counts its calls, answering a new array each time (as the functions do). */
function counted() {
  const calls: unknown[][] = [];
  const fn = (range: unknown, option?: unknown): unknown[][] => {
    calls.push([range, option]);
    return [[calls.length]];
  };
  return { fn, calls };
}

test("the same arguments, in fresh arrays as Excel passes them, are answered from the cache", () => {
  const { fn, calls } = counted();
  const cached = new RecalculationCache().cached("F", fn);
  const first = cached([[100], [250]], "holders");
  expect(cached([[100], [250]], "holders")).toBe(first);
  expect(calls).toHaveLength(1);
});

const BASE = [[[100], [250]], "holders"] as const;
test.each([
  ["a cell of the range", [[[100], [251]], "holders"], BASE],
  ["the shape of the range", [[[100, 250]], "holders"], BASE],
  ["text for a number", [[["100"], [250]], "holders"], BASE],
  ["TRUE for 1", [[[true]], "holders"], [[[1]], "holders"]],
  ["an omitted option", [[[100], [250]], null], BASE],
  ["-0 for 0", [[[-0]], "holders"], [[[0]], "holders"]],
] as const)("a change of %s calls the function again", (_, changed, base) => {
  const { fn, calls } = counted();
  const cached = new RecalculationCache().cached("F", fn);
  cached(base[0], base[1]);
  cached(changed[0], changed[1]);
  expect(calls).toHaveLength(2);
});

test("the invocation object Excel passes after the declared parameters is not part of the key", () => {
  const { fn, calls } = counted();
  const cached = new RecalculationCache().cached("F", fn);
  (cached as (...a: unknown[]) => unknown)(1, "x", { address: "A1" });
  (cached as (...a: unknown[]) => unknown)(1, "x", { address: "B2" });
  expect(calls).toHaveLength(1);
});

test("an error is answered again as the same error, without a second call", () => {
  let calls = 0;
  const cached = new RecalculationCache().cached("F", (value: unknown) => {
    calls++;
    throw new Error(`bad ${String(value)}`);
  });
  const thrown = (() => {
    try {
      cached("x");
    } catch (error) {
      return error;
    }
  })();
  expect(() => cached("x")).toThrow(thrown as Error);
  expect(calls).toBe(1);
});

test("two functions with the same arguments keep their own answers", () => {
  const cache = new RecalculationCache();
  const a = cache.cached("A", () => "a");
  const b = cache.cached("B", () => "b");
  expect([a(), b()]).toEqual(["a", "b"]);
});

test("bounded: past CACHED_ANSWERS the least recently used answer goes; a range past CACHED_CELLS is not kept", () => {
  const { fn, calls } = counted();
  const cached = new RecalculationCache().cached("F", fn);
  cached(0);
  for (let n = 1; n < CACHED_ANSWERS; n++) cached(n);
  cached(0); // used again: now the most recent
  cached(CACHED_ANSWERS); // evicts 1, the least recently used
  const before = calls.length;
  cached(0);
  expect(calls.length).toBe(before);
  cached(1);
  expect(calls.length).toBe(before + 1);

  const large = Array.from({ length: CACHED_CELLS + 1 }, () => [1]);
  cached(large);
  cached(large);
  expect(calls.length).toBe(before + 3);
});

test("installed on a runtime, every function associated afterwards answers from the cache", () => {
  const runtime = createCustomFunctionsRuntime();
  new RecalculationCache().install(runtime);
  const { fn, calls } = counted();
  runtime.associate("F", fn);
  runtime.associate({ G: fn });
  const f = runtime.associated.get("F");
  expect(f([[1]], "x")).toBe(f([[1]], "x"));
  runtime.associated.get("G")([[1]], "x");
  expect(calls).toHaveLength(2);
});
