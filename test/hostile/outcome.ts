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

/** Messages stay readable: a figure is never echoed digit by digit (5e-324 once gave 440 digits). */
const LONGEST_MESSAGE = 400;

/**
 * What Excel would show without a message, or an unreadable message: an error code with no
 * message, a number that is not finite (Excel shows #NUM! with none), an error cell in an array
 * without one. undefined when every part of the answer is a value or an explained error.
 */
export function silentError(outcome: Outcome): string | undefined {
  const explained = (message: string | undefined) =>
    message !== undefined && message.trim() !== "" && message.length <= LONGEST_MESSAGE;
  if ("error" in outcome) {
    return explained(outcome.message)
      ? undefined
      : `${outcome.error} with the message ${JSON.stringify(outcome.message)}`;
  }
  const cells = Array.isArray(outcome.value) ? (outcome.value as unknown[][]).flat() : [outcome.value];
  for (const cell of cells) {
    if (typeof cell === "number" && !Number.isFinite(cell)) return `the number ${cell}, which Excel shows as #NUM!`;
    if (isExcelError(cell) && !explained(cell.message))
      return `an error cell ${cell.code} with the message ${JSON.stringify(cell.message)}`;
    if (cell === undefined || (typeof cell === "object" && cell !== null && !isExcelError(cell))) {
      return `a cell Excel cannot show: ${String(cell)}`;
    }
  }
  return undefined;
}

/** Every message an outcome carries: the error's, or each error cell's in an array. */
export function messagesOf(outcome: Outcome): string[] {
  if ("error" in outcome) return [outcome.message ?? ""];
  const cells = Array.isArray(outcome.value) ? (outcome.value as unknown[][]).flat() : [outcome.value];
  return cells.flatMap((cell) => (isExcelError(cell) ? [cell.message ?? ""] : []));
}
