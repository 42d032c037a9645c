/**
 * A computed cell as Excel would show it under its number format, for the pane's preview grid,
 * `npm run sheet` (src/sheet) and the preview engine's TEXT: the subset of Excel's format codes
 * templates use (General, #,##0.00, 0.0%, yyyy-mm-dd, mmmm d, literal text in quotes, sections
 * for negatives, trailing commas dividing by 1,000; a locale tag such as [$-409] is skipped).
 * Display only: the value itself comes from the engine.
 */
import { dayFromSerial, partsOfDay } from "../core/calendar/dayNumber";

export type GridValue = string | number | boolean | null;

type Token = { literal: string } | { digits: string } | { date: string };

/** Splits one format section into literals, digit placeholders and date codes. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (token: Token) => {
    const last = tokens[tokens.length - 1];
    if ("literal" in token && last && "literal" in last) last.literal += token.literal;
    else if ("digits" in token && last && "digits" in last) last.digits += token.digits;
    else tokens.push(token);
  };
  for (let i = 0; i < section.length; i++) {
    const c = section.charAt(i);
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      push({ literal: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (c === "\\") push({ literal: section[++i] ?? "" });
    else if (c === "_") {
      // "_x" leaves the width of x blank (used to line up with a bracketed negative)
      i++;
      push({ literal: " " });
    } else if (c === "*") i++;
    else if (c === "[") i = Math.max(i, section.indexOf("]", i));
    else if ("0#?,.".includes(c)) push({ digits: c });
    else if (/[ymdhs]/i.test(c)) {
      let run = c;
      while (section.charAt(i + 1).toLowerCase() === c.toLowerCase()) run += section.charAt(++i);
      tokens.push({ date: run.toLowerCase() });
    } else push({ literal: c });
  }
  return tokens;
}

function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}

function formatDigits(value: number, placeholders: string, percent: boolean): string {
  // Each comma after the last digit placeholder divides by 1,000 ("#,##0,," shows millions).
  const scaling = /,*$/.exec(placeholders)![0].length;
  const pattern = placeholders.slice(0, placeholders.length - scaling);
  const [whole = "", fraction = ""] = pattern.split(".");
  const decimals = (fraction.match(/[0#?]/g) ?? []).length;
  const fixed = ((percent ? value * 100 : value) / 1000 ** scaling).toFixed(decimals);
  let [int = "", frac = ""] = fixed.split(".");
  // Optional places (#) drop trailing zeros; required places (0) keep them.
  const required = (fraction.match(/0/g) ?? []).length;
  while (frac.length > required && frac.endsWith("0")) frac = frac.slice(0, -1);
  if (whole.includes(",")) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  if (int === "0" && !whole.includes("0")) int = "";
  return frac ? `${int}.${frac}` : int;
}

// English names: the one language a format's [$-409] (or Excel in English) asks for.
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function formatDate(serial: number, tokens: Token[]): string {
  const { year, month, day } = partsOfDay(dayFromSerial(serial, "preview"));
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return tokens
    .map((token) => {
      if ("literal" in token) return token.literal;
      if ("digits" in token) return token.digits;
      const code = token.date;
      if (code.startsWith("y")) return code.length <= 2 ? pad(year % 100, 2) : String(year);
      if (code.startsWith("m"))
        return code.length >= 4
          ? MONTHS[month - 1]!
          : code.length === 3
            ? MONTHS[month - 1]!.slice(0, 3)
            : code.length === 2
              ? pad(month, 2)
              : String(month);
      if (code.startsWith("d")) return code.length >= 2 ? pad(day, 2) : String(day);
      return "";
    })
    .join("");
}

/** Sections split on ";" outside quotes: positive;negative;zero;text. */
function sections(format: string): string[] {
  return format.match(/(?:"[^"]*"|\\.|[^;])+|(?<=;)(?=;|$)|^(?=;)/g) ?? [format];
}

/** A number format that shows a date ("yyyy-mm-dd"), by its first section. */
export function isDateFormat(format: string | null | undefined): boolean {
  return tokenize(sections((format ?? "").trim())[0] ?? "").some((token) => "date" in token);
}

export function displayValue(value: GridValue, format: string | null | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const code = (format ?? "").trim();
  if (code === "" || /^general$/i.test(code)) return general(value);
  const parts = sections(code);
  const negativeSection = value < 0 && parts.length > 1;
  const section = (value === 0 && parts.length > 2 ? parts[2] : negativeSection ? parts[1] : parts[0]) ?? "";
  const tokens = tokenize(section);
  if (tokens.some((token) => "date" in token)) return formatDate(value, tokens);
  const digits = tokens.find((token): token is { digits: string } => "digits" in token);
  if (!digits) return tokens.map((token) => ("literal" in token ? token.literal : "")).join("");
  const percent = tokens.some((token) => "literal" in token && token.literal.includes("%"));
  const shown = formatDigits(Math.abs(value), digits.digits, percent);
  // A negative section writes its own sign (or brackets); otherwise Excel prefixes "-".
  const sign = value < 0 && !negativeSection && /[1-9]/.test(shown) ? "-" : "";
  return sign + tokens.map((token) => ("literal" in token ? token.literal : token === digits ? shown : "")).join("");
}
