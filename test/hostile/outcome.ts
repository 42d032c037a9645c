/** What a call answered, as Excel would show it, and how it differs from a row's expectation. */
import type { Expected } from "./rows";

export type Outcome = { error: string; message?: string } | { value: unknown };

const isExcelError = (value: unknown): value is { code: string; message?: string } =>
  typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";

export function outcomeOf(call: () => unknown): Outcome {
  try {
    return { value: call() };
  } catch (thrown) {
    if (isExcelError(thrown)) return { error: thrown.code, message: thrown.message };
    return { error: "uncaught", message: String(thrown) };
  }
}

/** undefined when the outcome is what the row expects; otherwise what went wrong, for the test report. */
export function problemWith(outcome: Outcome, expected: Expected): string | undefined {
  const shown = JSON.stringify(outcome, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
  if ("value" in expected) {
    return "value" in outcome && JSON.stringify(outcome.value) === JSON.stringify(expected.value)
      ? undefined
      : `expected the value ${JSON.stringify(expected.value)}, got ${shown}`;
  }
  if ("cellError" in expected) {
    if (!("value" in outcome) || !Array.isArray(outcome.value))
      return `expected an array with an error cell, got ${shown}`;
    const [r, c] = expected.at;
    const cell = (outcome.value as unknown[][])[r]?.[c];
    if (!isExcelError(cell) || cell.code !== expected.cellError || !cell.message?.includes(expected.message)) {
      return `expected ${expected.cellError} "${expected.message}" at [${r}][${c}], got ${JSON.stringify(cell)}`;
    }
    return undefined;
  }
  if (!("error" in outcome)) return `expected ${expected.error} "${expected.message}", got a plausible answer ${shown}`;
  if (outcome.error !== expected.error || !outcome.message?.includes(expected.message)) {
    return `expected ${expected.error} "${expected.message}", got ${shown}`;
  }
  return undefined;
}
