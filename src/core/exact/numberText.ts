/**
 * A number written as text, read exactly: the one grammar for text numbers, in a function's
 * argument, the task pane's form, a CSV file or a SCHEDULE option. Japanese sheets and broker files
 * write "1,234", full-width "１，２３４" (read after NFKC), and negatives as "-1,000", "▲1,000" (or
 * △, as accounts print them) or "(1,000)". Thousands separators must fall every three digits:
 * "1,23" is a typo, not 123. Whitespace may surround a number but not sit inside one: "1 23" is
 * two numbers or a typo, never 123. Exponent form ("1.2E+07") is what Excel shows for a wide
 * General cell after rounding it, and hex or other radix forms are not how a figure is written:
 * neither is in the grammar. A fraction "2/3" is read only where the caller allows one (a ratio,
 * a threshold).
 */
import { divide, parseDecimal, rational, type Rational } from "./rational";

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN = /^(\d+(\.\d*)?|\.\d+)$/;
const NEGATIVE_MARK = /^[▲△]/;
const PARENTHESISED = /^\((.*)\)$/;

/** One number without a fraction bar: sign or negative mark, grouped digits, decimals. */
function parseSigned(text: string): Rational | undefined {
  let body = text;
  let negative = false;
  const wrapped = PARENTHESISED.exec(body);
  if (wrapped) [negative, body] = [true, wrapped[1]!];
  else if (NEGATIVE_MARK.test(body)) [negative, body] = [true, body.slice(1)];
  if (negative && /^[+-]/.test(body)) return undefined;
  const sign = /^[+-]/.test(body) ? body.charAt(0) : "";
  const digits = body.slice(sign.length);
  const plain = GROUPED.test(digits) ? digits.replace(/,/g, "") : digits;
  if (!PLAIN.test(plain)) return undefined;
  const value = parseDecimal(sign + plain);
  return value && negative ? rational(-value.num, value.den) : value;
}

/** The text as the grammar reads it: full-width forms folded (NFKC), surrounding whitespace dropped. */
export const numberTextForm = (text: string): string => text.normalize("NFKC").trim();

/** The exact number a text holds, or undefined when it holds none. */
export function parseNumberText(text: string, fractions = false): Rational | undefined {
  const clean = numberTextForm(text);
  if (/\s/.test(clean)) return undefined;
  const parts = clean.split("/");
  if (parts.length === 1) return parseSigned(clean);
  if (!fractions || parts.length !== 2) return undefined;
  const [p, q] = parts.map(parseSigned);
  if (!p || !q || q.num === 0n) return undefined;
  return divide(p, q);
}

/** Text holding an exact decimal or a fraction: "0.2019", "2/3", "1.5/2", "０．２９". */
export const parseRational = (text: string): Rational | undefined => parseNumberText(text, true);

/** Text holding a whole number in the grammar ("31", "1,000", "▲2"), or undefined: "0x1F", "1e2", "31.5" hold none. */
export function parseWholeNumberText(text: string): bigint | undefined {
  const value = parseNumberText(text);
  return value?.den === 1n ? value.num : undefined;
}

const EXPONENT_FORM = /^[+-]?[\d.,]+e[+-]?\d+$/i;

/**
 * Why a text that looks like a number is outside the grammar, so a message can say more than "not
 * a number": a space inside it ("1 23"), exponent form ("1.2E+07"), or a fraction where the caller
 * takes none. undefined when the text holds a number, or nothing like one.
 */
export function numberTextProblem(
  text: string,
  fractions = false,
): "spaceInside" | "exponent" | "fraction" | undefined {
  if (parseNumberText(text, fractions)) return undefined;
  const clean = numberTextForm(text);
  if (/\s/.test(clean) && parseNumberText(clean.replace(/\s+/g, ""), true)) return "spaceInside";
  if (EXPONENT_FORM.test(clean)) return "exponent";
  if (!fractions && parseNumberText(clean, true)) return "fraction";
  return undefined;
}
