/**
 * How a deal rounds its market price (DOMAIN §3) or states its ratio (§7): set deal by deal, so it
 * is an argument, and unrounded unless one is given. Written in a cell as a mode and a number of
 * decimals: "half-up 2" (四捨五入 to 0.01), "down 0" (切り捨て to the yen), or just 2 (half-up);
 * the valuation functions take the decimals and the mode as two arguments.
 */
import { invalid, quoted } from "../errors";
import { messages } from "../messages";
import { roundToDecimals, type DecimalRounding, type Rational } from "../exact/rational";
import { wordIn } from "../wordTable";

export interface Rounding {
  readonly mode: DecimalRounding;
  readonly decimals: number;
}

const MODES: Record<string, DecimalRounding> = {
  "half-up": "half-up",
  "half up": "half-up",
  四捨五入: "half-up",
  down: "down",
  切り捨て: "down",
  切捨て: "down",
};
// A stated ratio may also be cut upward (切り上げ); an average price, as disclosures show, is not.
const RATIO_MODES: Record<string, DecimalRounding> = { ...MODES, up: "up", 切り上げ: "up", 切上げ: "up" };
const ROUNDING_TEXT = /^(?:(.*?)\s*)?(\d+)$/;
const MAX_DECIMALS = 10;

export function parseRounding(value: number | string | undefined): Rounding | undefined {
  if (value === undefined) return undefined;
  const m = ROUNDING_TEXT.exec(String(value).normalize("NFKC").trim().toLowerCase());
  const mode = m ? (m[1] ? wordIn(MODES, m[1]) : "half-up") : undefined;
  const decimals = m ? Number(m[2]) : NaN;
  if (!mode || !(decimals <= MAX_DECIMALS)) {
    invalid(messages.market.notRounding(typeof value === "number" ? String(value) : quoted(value), MAX_DECIMALS));
  }
  return { mode, decimals };
}

const describeText = (value: number | string) => (typeof value === "number" ? String(value) : quoted(value));

/**
 * The valuation functions' `decimals` and `rounding` arguments: no decimals, the exact figure;
 * decimals alone round half up. A mode without decimals is refused rather than ignored.
 */
export function decimalsRounding(
  decimals: number | string | undefined,
  mode: number | string | undefined,
): Rounding | undefined {
  const named =
    mode === undefined ? undefined : wordIn(RATIO_MODES, String(mode).normalize("NFKC").trim().toLowerCase());
  if (mode !== undefined && !named) {
    invalid(messages.market.notRoundingMode(describeText(mode)));
  }
  if (decimals === undefined) {
    if (mode !== undefined) {
      invalid(messages.market.modeWithoutDecimals(describeText(mode)));
    }
    return undefined;
  }
  const text = String(decimals).normalize("NFKC").trim();
  const places = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(places <= MAX_DECIMALS)) {
    invalid(messages.market.notDecimals(describeText(decimals), MAX_DECIMALS));
  }
  return { mode: named ?? "half-up", decimals: places };
}

export const applyRounding = (value: Rational, rounding: Rounding | undefined): Rational =>
  rounding ? roundToDecimals(value, rounding.decimals, rounding.mode) : value;
