/**
 * A number written as text, read exactly: the one grammar for text numbers, in a cell or a CSV
 * file. Japanese sheets and broker files write "1,234", full-width "１，２３４" (read after NFKC),
 * and negatives as "-1,000", "▲1,000" (or △, as accounts print them) or "(1,000)". Thousands
 * separators must fall every three digits: "1,23" is a typo, not 123. A fraction "2/3" is read
 * only where the caller allows one (a ratio, a threshold).
 */
import { divide, parseDecimal, rational, type Rational } from "./rational";

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const NEGATIVE_MARK = /^[▲△]/;
const PARENTHESISED = /^\((.*)\)$/;

/** One number without a fraction bar: sign or negative mark, grouped digits, decimals, exponent. */
function parseSigned(text: string): Rational | undefined {
  let body = text;
  let negative = false;
  const wrapped = PARENTHESISED.exec(body);
  if (wrapped) [negative, body] = [true, wrapped[1]!];
  else if (NEGATIVE_MARK.test(body)) [negative, body] = [true, body.slice(1)];
  if (negative && /^[+-]/.test(body)) return undefined;
  const sign = /^[+-]/.test(body) ? body.charAt(0) : "";
  const digits = body.slice(sign.length);
  const value = parseDecimal(sign + (GROUPED.test(digits) ? digits.replace(/,/g, "") : digits));
  return value && negative ? rational(-value.num, value.den) : value;
}

/** The exact number a text holds, or undefined when it holds none. */
export function parseNumberText(text: string, fractions = false): Rational | undefined {
  const clean = text.normalize("NFKC").replace(/\s+/g, "");
  const parts = clean.split("/");
  if (parts.length === 1) return parseSigned(clean);
  if (!fractions || parts.length !== 2) return undefined;
  const [p, q] = parts.map(parseSigned);
  if (!p || !q || q.num === 0n) return undefined;
  return divide(p, q);
}

/** Text holding an exact decimal or a fraction: "0.2019", "2/3", "1.5/2", "０．２９". */
export const parseRational = (text: string): Rational | undefined => parseNumberText(text, true);
