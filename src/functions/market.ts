/**
 * Market-price custom functions: the simple average of closes (市場株価法) and the VWAP over a
 * window of TSE sessions. Excel's ranges in, the core's exact figures out.
 */
import { isoDate, type DayNumber } from "../core/calendar/dayNumber";
import { TRADING_HALTS, tseCalendar } from "../core/calendar/sessions";
import { assert, invalid } from "../core/errors";
import { toNumber, type Rational } from "../core/exact/rational";
import { averageClose, CLOSE, type MarketAverage } from "../core/market/averageClose";
import { dailySeries, type Observation } from "../core/market/dailySeries";
import { applyRounding, parseRounding } from "../core/market/rounding";
import { TRADING, volumeWeightedAverage, type Trading } from "../core/market/vwap";
import { parseWindow } from "../core/market/window";
import {
  asMatrix,
  cellPlace,
  choice,
  describe,
  exactNumber,
  excelDay,
  excelDays,
  isBlank,
  isBlankDate,
  numberOrText,
  type Cell,
} from "./cells";
import { excelResult } from "./excel";

/**
 * A positive amount: a price, a turnover, a volume. An empty cell, or the 0 that older desktop
 * builds send for one, means no trade that day (undefined).
 */
function amount(value: Cell, where: string, what: string): Rational | undefined {
  if (isBlank(value) || value === 0) return undefined;
  // Text copied from a price site keeps its thousands separators: "1,234".
  const exact = exactNumber(typeof value === "string" ? value.replace(/[,，]/g, "") : value, where, "1234.5");
  assert(exact.num > 0n, `${where}: ${describe(value)} is not a positive ${what}; leave the cell empty for a day without a trade.`);
  return exact;
}

interface Column {
  readonly argument: string;
  readonly cells: Cell[][];
}

/**
 * The history's rows: each date with the cells beside it in the other ranges (same shape, any
 * orientation). Rows empty in every range are skipped; `read` turns the cells into a value.
 */
function observations<T>(
  dates: Cell[][],
  columns: readonly Column[],
  read: (cells: Cell[], places: string[]) => T | undefined,
): Observation<T>[] {
  const shape = (m: Cell[][]) => `${m.length}×${m[0]?.length ?? 0}`;
  for (const column of columns) {
    assert(
      shape(column.cells) === shape(dates) && column.cells.every((row, r) => row.length === dates[r]!.length),
      `${column.argument}: the range is ${shape(column.cells)} but dates is ${shape(dates)}; give ranges of the same shape, side by side.`,
    );
  }
  const rows: Observation<T>[] = [];
  dates.forEach((dateRow, r) =>
    dateRow.forEach((date, c) => {
      const where = cellPlace(r, c, dates);
      const cells = columns.map((column) => column.cells[r]![c]);
      if (isBlankDate(date)) {
        const filled = cells.findIndex((cell) => !isBlank(cell) && cell !== 0);
        if (filled >= 0) invalid(`dates ${where} is empty but ${columns[filled]!.argument} ${where} holds ${describe(cells[filled])}: give its date.`);
        return;
      }
      const places = columns.map((column) => `${column.argument} ${where}`);
      rows.push({ day: excelDay(date, `dates ${where}`), value: read(cells, places), where });
    }),
  );
  return rows;
}

const sessionList = (days: readonly DayNumber[]) =>
  days.length === 0
    ? "none"
    : days.map((day) => (TRADING_HALTS.has(day) ? `${isoDate(day)} (trading halted)` : isoDate(day))).join(", ");

/** The window's detail, two columns of label and value (dates as text: the column mixes kinds). */
function detail(result: MarketAverage, average: number): Cell[][] {
  const { sessions, traded } = result.window;
  const untraded = sessions.filter((day) => !traded.includes(day));
  return [
    ["first session", isoDate(sessions[0]!)],
    ["last session", isoDate(sessions[sessions.length - 1]!)],
    ["sessions", sessions.length],
    ["closes used", traded.length],
    ["average", average],
    ["no close on", sessionList(untraded)],
  ];
}

/**
 * The simple average of closing prices over a window of TSE sessions (the market price method).
 * The window is the `days` sessions ending on the reference date, or on the last session before it.
 * @customfunction AVG_CLOSE_30
 * @param dates Dates of the price history (dates or text "2013-10-31"), in any order.
 * @param closes Closing prices beside the dates; an empty close is a session without a trade.
 * @param reference_date The reference date; the window ends on it or on the last session before it.
 * @param days 30 sessions when omitted; "30 closes" counts sessions with a close; or "1W", "1M", "3M", "6M".
 * @param closed_dates Dates the exchange was closed beyond the built-in TSE calendar.
 * @param rounding Omitted: unrounded. "half-up 2", "down 0", or a number of decimals (half-up).
 * @param result "average" (default) or "detail": first and last session, sessions, closes used, average.
 * @returns {any[][]}
 */
export function avgClose30(
  dates: any[][],
  closes: any[][],
  reference_date: any,
  days?: any,
  closed_dates?: any[][],
  rounding?: any,
  result?: any,
): any[][] {
  return excelResult(() => {
    const show = choice(result, "result", ["average", "detail"] as const, "average");
    const roundTo = parseRounding(numberOrText(rounding, "rounding"));
    const spec = parseWindow(numberOrText(days, "days"));
    const calendar = tseCalendar(excelDays(closed_dates, "closed_dates"));
    const rows = observations(asMatrix(dates), [{ argument: "closes", cells: asMatrix(closes) }], ([close], [place]) =>
      amount(close, place!, "closing price"),
    );
    const computed = averageClose(calendar, dailySeries(rows, calendar, CLOSE), excelDay(reference_date, "reference_date"), spec);
    const average = toNumber(applyRounding(computed.average, roundTo));
    return show === "detail" ? detail(computed, average) : [[average]];
  });
}

/**
 * The volume-weighted average price over a window of TSE sessions: Σ turnover / Σ volume.
 * @customfunction VWAP
 * @param dates Dates of the trading history (dates or text "2013-10-31"), in any order.
 * @param turnover Each day's turnover (売買代金) beside the dates; empty on a day without a trade.
 * @param volumes Each day's volume (出来高) beside the dates; empty on a day without a trade.
 * @param reference_date The reference date; the window ends on it or on the last session before it.
 * @param days 30 sessions when omitted; "30 closes" counts sessions with a trade; or "1W", "1M", "3M", "6M".
 * @param closed_dates Dates the exchange was closed beyond the built-in TSE calendar.
 * @param rounding Omitted: unrounded. "half-up 2", "down 0", or a number of decimals (half-up).
 * @returns {number}
 */
export function vwap(
  dates: any[][],
  turnover: any[][],
  volumes: any[][],
  reference_date: any,
  days?: any,
  closed_dates?: any[][],
  rounding?: any,
): number {
  return excelResult(() => {
    const roundTo = parseRounding(numberOrText(rounding, "rounding"));
    const spec = parseWindow(numberOrText(days, "days"));
    const calendar = tseCalendar(excelDays(closed_dates, "closed_dates"));
    const columns = [
      { argument: "turnover", cells: asMatrix(turnover) },
      { argument: "volumes", cells: asMatrix(volumes) },
    ];
    const rows = observations<Trading>(asMatrix(dates), columns, ([t, v], [tPlace, vPlace]) => {
      const dayTurnover = amount(t, tPlace!, "turnover");
      const dayVolume = amount(v, vPlace!, "volume");
      if ((dayTurnover === undefined) !== (dayVolume === undefined)) {
        invalid(`${dayTurnover ? vPlace : tPlace} is empty but ${dayTurnover ? tPlace : vPlace} is not: a day has both a turnover and a volume, or neither.`);
      }
      return dayTurnover && dayVolume && { turnover: dayTurnover, volume: dayVolume };
    });
    const computed = volumeWeightedAverage(calendar, dailySeries(rows, calendar, TRADING), excelDay(reference_date, "reference_date"), spec);
    return toNumber(applyRounding(computed.average, roundTo));
  });
}
