/**
 * How a deal rounds its market price (DOMAIN §3): set deal by deal, so it is an argument, and
 * unrounded unless one is given. Written in a cell as a mode and a number of decimals:
 * "half-up 2" (四捨五入 to 0.01), "down 0" (切り捨て to the yen), or just 2 (half-up).
 */
import { invalid, quoted } from "../errors";
import { roundToDecimals, type DecimalRounding, type Rational } from "../exact/rational";

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
const ROUNDING_TEXT = /^(?:(.*?)\s*)?(\d+)$/;
const MAX_DECIMALS = 10;

export function parseRounding(value: number | string | undefined): Rounding | undefined {
  if (value === undefined) return undefined;
  const m = ROUNDING_TEXT.exec(String(value).normalize("NFKC").trim().toLowerCase());
  const mode = m ? (m[1] ? MODES[m[1]] : "half-up") : undefined;
  const decimals = m ? Number(m[2]) : NaN;
  if (!mode || !(decimals <= MAX_DECIMALS)) {
    invalid(
      `rounding: ${typeof value === "number" ? value : quoted(value)} is not a rounding; give a mode and decimals ` +
        `such as "half-up 2" or "down 0" (0–${MAX_DECIMALS} decimals), or leave it blank for the unrounded average.`,
    );
  }
  return { mode, decimals };
}

export const applyRounding = (value: Rational, rounding: Rounding | undefined): Rational =>
  rounding ? roundToDecimals(value, rounding.decimals, rounding.mode) : value;
