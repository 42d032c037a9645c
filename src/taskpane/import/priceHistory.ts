/**
 * A daily price history CSV (date, close, optionally volume and turnover), as brokers and the
 * exchange publish it, checked row by row. A session without a trade has no close (blank or a
 * dash) and is kept as such: the market-price functions leave it out of the average.
 */
import { isoDate, parseDateText, type DayNumber } from "../../core/calendar/dayNumber";
import { compare, toNumber, ZERO, type Rational } from "../../core/exact/rational";
import { readCsvTable, wellFormedRecords, type ColumnSpec } from "./csvTable";
import { decodeCsv } from "./decode";
import { readNumberText } from "./numberText";
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

type PriceField = "date" | "close" | "volume" | "turnover";

const priceColumns: readonly ColumnSpec<PriceField>[] = [
  { field: "date", headers: ["date", "trade date", "日付", "年月日", "取引日", "日時"], required: true },
  { field: "close", headers: ["close", "closing price", "close price", "終値", "株価終値"], required: true },
  { field: "volume", headers: ["volume", "出来高", "売買高"], required: false },
  { field: "turnover", headers: ["turnover", "trading value", "value", "売買代金"], required: false },
];

type Checked<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

/** A price: blank is "no trade"; otherwise a number above zero. */
function readPrice(text: string, column: string): Checked<Rational | null> {
  const read = readNumberText(text);
  if (read.kind === "blank") return { ok: true, value: null };
  if (read.kind === "notANumber") return { ok: false, problem: { kind: "notANumber", column, value: text.trim() } };
  if (compare(read.value, ZERO) <= 0)
    return { ok: false, problem: { kind: "notPositive", column, value: text.trim() } };
  return { ok: true, value: read.value };
}

/** A volume or turnover: blank, or a number not below zero (a volume is whole shares). */
function readAmount(text: string, column: string, whole: boolean): Checked<Rational | null> {
  const read = readNumberText(text);
  if (read.kind === "blank") return { ok: true, value: null };
  if (read.kind === "notANumber") return { ok: false, problem: { kind: "notANumber", column, value: text.trim() } };
  if (compare(read.value, ZERO) < 0) return { ok: false, problem: { kind: "negative", column, value: text.trim() } };
  if (whole && read.value.den !== 1n) return { ok: false, problem: { kind: "notWhole", column, value: text.trim() } };
  return { ok: true, value: read.value };
}

const asNumber = (value: Rational | null) => (value === null ? null : toNumber(value));

/** Reads a price history; rows come out in date order, whatever order the file used. */
export function importPriceHistory(bytes: Uint8Array): ImportResult<PriceRow> {
  const { encoding, text } = decodeCsv(bytes);
  const read = readCsvTable(text, priceColumns);
  if (!read.ok) return { ok: false, encoding, problem: read.problem };
  const { table } = read;
  const { headers } = table;
  const refused: RefusedRow[] = [];
  const accepted: { day: DayNumber; row: PriceRow }[] = [];
  const firstRowOfDay = new Map<DayNumber, number>();

  for (const { row, field } of wellFormedRecords(table, refused)) {
    const refuse = (problem: RowProblem) => refused.push({ row, problem });
    const day = parseDateText(field("date"));
    if (day === undefined) {
      refuse({ kind: "badDate", value: field("date").trim() });
      continue;
    }
    const close = readPrice(field("close"), headers.close!);
    const volume = readAmount(field("volume"), headers.volume ?? "volume", true);
    const turnover = readAmount(field("turnover"), headers.turnover ?? "turnover", false);
    if (!close.ok) {
      refuse(close.problem);
      continue;
    }
    if (!volume.ok) {
      refuse(volume.problem);
      continue;
    }
    if (!turnover.ok) {
      refuse(turnover.problem);
      continue;
    }
    const firstRow = firstRowOfDay.get(day);
    if (firstRow !== undefined) {
      refuse({ kind: "duplicateDate", value: isoDate(day), firstRow });
      continue;
    }
    firstRowOfDay.set(day, row);
    accepted.push({
      day,
      row: {
        date: isoDate(day),
        close: asNumber(close.value),
        volume: asNumber(volume.value),
        turnover: asNumber(turnover.value),
      },
    });
  }
  accepted.sort((a, b) => a.day - b.day);
  return { ok: true, encoding, columns: headers as Record<string, string>, rows: accepted.map((a) => a.row), refused };
}
