/**
 * A number as CSV files write it, in the core's grammar for text numbers (parseNumberText):
 * "1,234", "927.72", full-width "１２３４", a sign, "▲1,000" or "(1,000)" for a negative, spaces
 * around it but none inside ("12 34" is not 1,234); and a dash for "no value" (Japanese price
 * tables print "-" or "―" on a day without a trade). Read exactly, so "0.29" stays 29/100 until the caller decides. Refused, each with its reason:
 * exponent form ("1.2E+07": Excel writes a General cell so when it is wide, after rounding it to
 * its display), values so small they would become 0 in a cell, and values past 2^53, which a
 * cell cannot hold exactly.
 */
import { numberTextForm, numberTextProblem, parseNumberText } from "../../core/exact/numberText";
import { toNumber, type Rational } from "../../core/exact/rational";

export type NumberText =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: Rational }
  | { readonly kind: "notANumber" | "exponent" | "roundsToZero" | "beyondExact" };

const NO_VALUE = new Set(["", "-", "―", "—", "–"]);
const EXACT_LIMIT = 2n ** 53n;

export function readNumberText(text: string): NumberText {
  const clean = numberTextForm(text);
  if (NO_VALUE.has(clean)) return { kind: "blank" };
  if (numberTextProblem(clean) === "exponent") return { kind: "exponent" };
  const value = parseNumberText(clean);
  if (!value) return { kind: "notANumber" };
  const magnitude = value.num < 0n ? -value.num : value.num;
  if (magnitude > EXACT_LIMIT * value.den) return { kind: "beyondExact" };
  if (magnitude !== 0n && toNumber(value) === 0) return { kind: "roundsToZero" };
  return { kind: "number", value };
}

/** A field as a problem quotes it: trimmed, and cut short so a message never echoes a whole line. */
export const fieldShown = (text: string): string => {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
};
