/**
 * A daily price history CSV (date, close, optionally volume and turnover), as brokers and the
 * exchange publish it, checked row by row. A session without a trade has no close (blank or a
 * dash) and is kept as such: the market-price functions leave it out of the average. A row dated
 * on a day the TSE was closed is refused with the day's name (the dates are probably shifted), as
 * is a day whose turnover is below its volume (the columns are probably swapped), the same checks
 * the functions make, so they show before anything is built.
 *
 * Besides brokers' and the exchange's own files, the headers of where analysts get prices:
 * J-Quants daily quotes (V1 Close, Volume, TurnoverValue, AdjustmentFactor, AdjustmentClose; V2
 * C, Vo, Va, AdjFactor, AdjC), Excel's STOCKHISTORY spill saved as CSV (Date, Close, Volume),
 * and columns pasted from Bloomberg (Dates, PX_LAST, PX_VOLUME) or Capital IQ (Pricing Date,
 * IQ_CLOSEPRICE, IQ_VOLUME). The close read is always the unadjusted one; a file's factors become
 * its `splits` (./adjustmentFactors).
 */
import { closureName } from "../../core/calendar/closureName";
import { dateTextProblem, isoDate, parseDateText, type DayNumber } from "../../core/calendar/dayNumber";
import { TRADING_HALTS, tseCalendar } from "../../core/calendar/sessions";
import { compare, toExactText, toNumber, ZERO, type Rational } from "../../core/exact/rational";
import { fileAdjustments, type DayPrices } from "./adjustmentFactors";
import { readCsvFile, wellFormedRecords, type ColumnSpec } from "./csvTable";
import { fieldShown, readNumberText, type NumberText } from "./numberText";
import type { ImportResult, RefusedRow, RowProblem } from "./problems";

export interface PriceRow {
  /** "2013-10-31" */
  readonly date: string;
  /** null on a session without a trade. */
  readonly close: number | null;
  /** Shares traded; null when the file has no volume column or the day none. */
  readonly volume: number | null;
  /** Yen traded (売買代金); null when absent. */
  readonly turnover: number | null;
}

type PriceField = "date" | "close" | "volume" | "turnover" | "multiplier" | "adjustedClose";

const priceColumns: readonly ColumnSpec<PriceField>[] = [
  {
    field: "date",
    headers: ["date", "dates", "trade date", "pricing date", "日付", "年月日", "取引日", "日時"],
    required: true,
  },
  {
    field: "close",
    headers: ["close", "closing price", "close price", "終値", "株価終値", "C", "PX_LAST", "IQ_CLOSEPRICE"],
    required: true,
  },
  { field: "volume", headers: ["volume", "出来高", "売買高", "Vo", "PX_VOLUME", "IQ_VOLUME"], required: false },
  {
    field: "turnover",
    headers: ["turnover", "trading value", "value", "売買代金", "TurnoverValue", "Va"],
    required: false,
  },
  { field: "multiplier", headers: ["AdjustmentFactor", "AdjFactor"], required: false },
  {
    field: "adjustedClose",
    headers: ["AdjustmentClose", "AdjC", "adj close", "adjusted close", "IQ_CLOSEPRICE_ADJ"],
    required: false,
  },
];

// How sources write "no value": J-Quants null, a dataframe's NaN, Bloomberg's #N/A N/A, Capital IQ's NA.
const SOURCE_NO_VALUE = new Set(["null", "nan", "#n/a", "#n/an/a", "na"]);

type Checked<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

/** A field that is a number, blank, or refused for the reason `readNumberText` gives. */
function readNumber(text: string, column: string): Checked<Rational | null> {
  if (SOURCE_NO_VALUE.has(text.replace(/\s+/g, "").toLowerCase())) return { ok: true, value: null };
  const read: NumberText = readNumberText(text);
  if (read.kind === "blank") return { ok: true, value: null };
  if (read.kind === "number") return { ok: true, value: read.value };
  return { ok: false, problem: { kind: read.kind, column, value: fieldShown(text) } };
}

/** A price: blank is "no trade"; otherwise a number above zero. */
function readPrice(text: string, column: string): Checked<Rational | null> {
  const read = readNumber(text, column);
  if (!read.ok || read.value === null) return read;
  if (compare(read.value, ZERO) <= 0)
    return { ok: false, problem: { kind: "notPositive", column, value: fieldShown(text) } };
  return { ok: true, value: read.value };
}

/** A volume or turnover: blank, or a number not below zero (a volume is whole shares). */
function readAmount(text: string, column: string, whole: boolean): Checked<Rational | null> {
  const read = readNumber(text, column);
  if (!read.ok || read.value === null) return read;
  if (compare(read.value, ZERO) < 0)
    return { ok: false, problem: { kind: "negative", column, value: fieldShown(text) } };
  if (whole && read.value.den !== 1n)
    return { ok: false, problem: { kind: "notWhole", column, value: fieldShown(text) } };
  return { ok: true, value: read.value };
}

const asNumber = (value: Rational | null) => (value === null ? null : toNumber(value));

const HALTED = { en: "a day all trading on the TSE was halted", ja: "東証の全銘柄の売買が停止された日" };

/** Reads a price history; rows come out in date order, whatever order the file used. */
export function importPriceHistory(bytes: Uint8Array): ImportResult<PriceRow> {
  const read = readCsvFile(bytes, priceColumns);
  if (!read.ok) return read;
  const { encoding, table } = read;
  const { headers } = table;
  const calendar = tseCalendar();
  const refused: RefusedRow[] = [];
  const accepted: { day: DayNumber; row: PriceRow; prices: DayPrices }[] = [];
  const firstLineOfDay = new Map<DayNumber, number>();

  for (const { line, field } of wellFormedRecords(table, refused)) {
    const refuse = (problem: RowProblem) => refused.push({ line, problem });
    const dateText = field("date").trim();
    const day = parseDateText(dateText);
    if (day === undefined) {
      const eraProblem = dateTextProblem(dateText);
      refuse(
        eraProblem
          ? { kind: "outsideEra", value: dateText, message: eraProblem }
          : { kind: "badDate", value: dateText },
      );
      continue;
    }
    const closure = closureName(calendar, day);
    if (closure) {
      refuse({ kind: "notASession", value: isoDate(day), closure });
      continue;
    }
    const close = readPrice(field("close"), headers.close!);
    const volume = readAmount(field("volume"), headers.volume ?? "volume", true);
    const turnover = readAmount(field("turnover"), headers.turnover ?? "turnover", false);
    const multiplier = readPrice(field("multiplier"), headers.multiplier ?? "multiplier");
    const adjustedClose = readPrice(field("adjustedClose"), headers.adjustedClose ?? "adjusted close");
    const problem = [close, volume, turnover, multiplier, adjustedClose].find((checked) => !checked.ok);
    if (problem && !problem.ok) {
      refuse(problem.problem);
      continue;
    }
    if (!close.ok || !volume.ok || !turnover.ok || !multiplier.ok || !adjustedClose.ok) continue;
    if (TRADING_HALTS.has(day) && close.value !== null) {
      refuse({ kind: "notASession", value: isoDate(day), closure: HALTED });
      continue;
    }
    // No TSE price is below ¥1, so turnover is at least the volume: below it, the columns are swapped.
    if (volume.value !== null && turnover.value !== null && compare(turnover.value, volume.value) < 0) {
      refuse({
        kind: "turnoverBelowVolume",
        value: isoDate(day),
        turnover: toExactText(turnover.value),
        volume: toExactText(volume.value),
      });
      continue;
    }
    const firstLine = firstLineOfDay.get(day);
    if (firstLine !== undefined) {
      refuse({ kind: "duplicateDate", value: isoDate(day), firstLine });
      continue;
    }
    firstLineOfDay.set(day, line);
    accepted.push({
      day,
      row: {
        date: isoDate(day),
        close: asNumber(close.value),
        volume: asNumber(volume.value),
        turnover: asNumber(turnover.value),
      },
      prices: {
        date: isoDate(day),
        close: close.value,
        adjustedClose: adjustedClose.value,
        multiplier: multiplier.value,
      },
    });
  }
  accepted.sort((a, b) => a.day - b.day);
  const rows = accepted.map((a) => a.row);
  const columns = headers as Record<string, string>;
  if (headers.multiplier === undefined && headers.adjustedClose === undefined)
    return { ok: true, encoding, columns, rows, refused };
  return { ok: true, encoding, columns, rows, refused, ...fileAdjustments(accepted.map((a) => a.prices)) };
}
