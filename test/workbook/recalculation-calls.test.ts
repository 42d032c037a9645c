/**
 * One full recalculation of the built register sheet calls each MERGER.* formula once, whatever
 * the register's size: the computed columns are one spilled call each, not a call per holder.
 * Counted by the formula engine around each call (the bench prints the same count at 10, 10,000
 * and 100,000 holders).
 */
import { customFunctionCallsPerRecalculation } from "../contract/builds";

test("a register of 2,000 holders costs the same custom-function calls as one of 10", async () => {
  const small = await customFunctionCallsPerRecalculation(10);
  const large = await customFunctionCallsPerRecalculation(2_000);
  // Something was counted: the sheet does call the functions.
  expect(small).toBeGreaterThan(0);
  expect(large).toBe(small);
  // A call per holder would be thousands here.
  expect(large).toBeLessThan(500);
}, 60_000);
