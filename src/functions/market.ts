/**
 * Market-price custom functions: the simple average of closes (市場株価法) and the VWAP over a
 * window of TSE sessions. Excel's ranges in, the core's exact figures out.
 */
import { isoDate, serialDay, type DayNumber } from "../core/calendar/dayNumber";
import { TRADING_HALTS, tseCalendar } from "../core/calendar/sessions";
import { assert, invalid } from "../core/errors";
import { compare, fromNumber, toNumber, type Rational } from "../core/exact/rational";
import { averageClose, CLOSE, type MarketAverage } from "../core/market/averageClose";
import { dailySeries, type PriceRows } from "../core/market/dailySeries";
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

/** A range beside the dates holding one kind of amount: "closes", each a "closing price". */
interface Column {
  readonly argument: string;
  readonly what: string;
  readonly cells: Cell[][];
}

/**
 * The history's dated rows, for the core (PriceRows): each date with the cells beside it in the
 * other ranges (same shape, any orientation); rows empty in every range are skipped. Excel passes
 * the ranges afresh on every call, so reading a row allocates nothing and builds no message unless
 * it refuses: the cells stay where Excel put them, found by their row and column, and are read
 * exactly only when the core asks for a row's value.
 */
class RangeRows<T> implements PriceRows<T> {
  readonly days: Int32Array;
  readonly traded: Uint8Array;
  private readonly rowOf: Int32Array;
  private readonly columnOf: Int32Array;
  /** How many of the slots above hold rows: the dated cells. */
  readonly length: number;

  constructor(
    private readonly dates: Cell[][],
    private readonly columns: readonly Column[],
    private readonly build: (amounts: Rational[]) => T,
  ) {
    const shape = (m: Cell[][]) => `${m.length}×${m[0]?.length ?? 0}`;
    let cells = 0;
    for (const row of dates) cells += row.length;
    for (const column of columns) {
      assert(
        shape(column.cells) === shape(dates) && column.cells.every((row, r) => row.length === dates[r]!.length),
        `${column.argument}: the range is ${shape(column.cells)} but dates is ${shape(dates)}; give ranges of the same shape, side by side.`,
      );
    }
    // A slot per cell of dates, filled in order; blank rows leave the last ones unused.
    this.days = new Int32Array(cells);
    this.traded = new Uint8Array(cells);
    this.rowOf = new Int32Array(cells);
    this.columnOf = new Int32Array(cells);
    let length = 0;
    for (let r = 0; r < dates.length; r++) {
      const dateRow = dates[r]!;
      for (let c = 0; c < dateRow.length; c++) {
        const date = dateRow[c];
        // A serial is read by arithmetic alone; blanks, text and anything wrong take the long way.
        let day = typeof date === "number" ? serialDay(date) : undefined;
        if (day === undefined) {
          if (isBlankDate(date)) {
            this.refuseUndated(r, c);
            continue;
          }
          day = excelDay(date, `dates ${this.place(r, c)}`);
        }
        let filled = 0;
        for (let k = 0; k < columns.length; k++) if (this.hasAmount(columns[k]!, r, c)) filled++;
        if (filled !== 0 && filled !== columns.length) this.refuseHalfFilled(r, c);
        this.days[length] = day;
        this.traded[length] = filled === 0 ? 0 : 1;
        this.rowOf[length] = r;
        this.columnOf[length] = c;
        length++;
      }
    }
    this.length = length;
  }

  /**
   * Whether a cell holds an amount, refusing one that is not. A finite number above 0 is one
   * without reading it exactly (a window uses ~30 of a history's thousands); anything else takes
   * `amount`'s way, with its messages.
   */
  private hasAmount(column: Column, r: number, c: number): boolean {
    const value = column.cells[r]![c];
    if (typeof value === "number" && value > 0 && value < Infinity) return true;
    return value !== null && amount(value, `${column.argument} ${this.place(r, c)}`, column.what) !== undefined;
  }

  /** A row without a date must be empty in every range. */
  private refuseUndated(r: number, c: number): void {
    const filled = this.columns.find((column) => !isBlank(column.cells[r]![c]) && column.cells[r]![c] !== 0);
    if (filled) {
      const where = this.place(r, c);
      invalid(`dates ${where} is empty but ${filled.argument} ${where} holds ${describe(filled.cells[r]![c])}: give its date.`);
    }
  }

  /** A day has a value in every range (a turnover and a volume) or in none. */
  private refuseHalfFilled(r: number, c: number): never {
    const where = this.place(r, c);
    const empty = this.columns.find((column) => !this.hasAmount(column, r, c))!;
    const filled = this.columns.find((column) => this.hasAmount(column, r, c))!;
    const names = this.columns.map((column) => column.what).join(" and a ");
    return invalid(`${empty.argument} ${where} is empty but ${filled.argument} ${where} is not: a day has both a ${names}, or neither.`);
  }

  private place(r: number, c: number): string {
    return cellPlace(r, c, this.dates);
  }

  value(i: number): T {
    return this.build(this.columns.map((column) => this.exact(column, i)));
  }

  /**
   * A number is read as the shortest decimal that gives back the same double (fromNumber), so two
   * numbers are the same decimal exactly when they are the same double; text is compared exactly.
   */
  same(i: number, j: number): boolean {
    return this.columns.every((column) => {
      const a = this.cell(column, i);
      const b = this.cell(column, j);
      return typeof a === "number" && typeof b === "number" ? a === b : compare(this.exact(column, i), this.exact(column, j)) === 0;
    });
  }

  where(i: number): string {
    return this.place(this.rowOf[i]!, this.columnOf[i]!);
  }

  private cell(column: Column, i: number): Cell {
    return column.cells[this.rowOf[i]!]![this.columnOf[i]!];
  }

  private exact(column: Column, i: number): Rational {
    const value = this.cell(column, i);
    return typeof value === "number" ? fromNumber(value) : amount(value, `${column.argument} ${this.where(i)}`, column.what)!;
  }
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
    const columns = [{ argument: "closes", what: "closing price", cells: asMatrix(closes) }];
    const rows = new RangeRows(asMatrix(dates), columns, ([close]) => close!);
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
      { argument: "turnover", what: "turnover", cells: asMatrix(turnover) },
      { argument: "volumes", what: "volume", cells: asMatrix(volumes) },
    ];
    const rows = new RangeRows<Trading>(asMatrix(dates), columns, ([dayTurnover, dayVolume]) => ({
      turnover: dayTurnover!,
      volume: dayVolume!,
    }));
    const computed = volumeWeightedAverage(calendar, dailySeries(rows, calendar, TRADING), excelDay(reference_date, "reference_date"), spec);
    return toNumber(applyRounding(computed.average, roundTo));
  });
}
