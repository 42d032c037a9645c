/**
 * A number as CSV files write it: "1,234", "927.72", full-width "１２３４" (NFKC), a sign, or
 * a dash for "no value" (Japanese price tables print "-" or "―" on a day without a trade).
 * Read exactly (parseDecimal), so "0.29" stays 29/100 until the caller decides.
 */
import { parseDecimal, type Rational } from "../../core/exact/rational";

export type NumberText =
  { readonly kind: "blank" } | { readonly kind: "number"; readonly value: Rational } | { readonly kind: "notANumber" };

const NO_VALUE = new Set(["", "-", "―", "—", "–"]);
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

export function readNumberText(text: string): NumberText {
  const clean = text.normalize("NFKC").replace(/\s+/g, "");
  if (NO_VALUE.has(clean)) return { kind: "blank" };
  const value = parseDecimal(GROUPED.test(clean) ? clean.replace(/,/g, "") : clean);
  return value ? { kind: "number", value } : { kind: "notANumber" };
}
