/**
 * Market-price custom functions: the simple average of closes (市場株価法), the VWAP over a
 * window of TSE sessions, and the market price method's ratio of two companies per window. Excel's ranges in, the core's exact figures out.
 */
import { commonSerialDay, isCommonSerial, isoDate, serialDay, type DayNumber } from "../core/calendar/dayNumber";
import { TRADING_HALTS, tseCalendar, type SessionCalendar } from "../core/calendar/sessions";
import { assert, invalid } from "../core/errors";
import { compare, fromNumber, type Rational } from "../core/exact/rational";
import { averageClose, CLOSE, type MarketAverage } from "../core/market/averageClose";
import { RowScan, scannedSeries, type DailySeries, type PriceRows } from "../core/market/dailySeries";
import { applyRounding, parseRounding } from "../core/market/rounding";
import { TRADING, volumeWeightedAverage, type Trading } from "../core/market/vwap";
import { parseWindow, type WindowSpec } from "../core/market/window";
import { marketRatio, onSide, type ListedSide } from "../core/valuation/marketRatio";
import {
  asMatrix,
  citationLanguage,
  cellPlace,
  choice,
  describe,
  exactNumber,
  excelDay,
  excelDays,
  isBlank,
  isBlankDate,
  numberOrText,
  roundingArguments,
  type Cell,
} from "./cells";
import { adjustmentsArgument, sideAdjustmentsArgument } from "./adjustments";
import { excelNumber, excelResult } from "./excel";

/**
 * A positive amount: a price, a turnover, a volume. An empty cell, or the 0 that older desktop
 * builds send for one, means no trade that day (undefined).
 */
function amount(value: Cell, where: string, what: string): Rational | undefined {
  if (isBlank(value) || value === 0) return undefined;
  const exact = exactNumber(value, where, { noun: `a ${what}`, example: "1234.5" });
  assert(
    exact.num > 0n,
    `${where}: ${describe(value)} is not a positive ${what}; leave the cell empty for a day without a trade.`,
  );
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
 * the ranges afresh on every call, so they are read once, into the core's RowScan, allocating
 * nothing per row and building no message unless refusing: the cells stay where Excel put them
 * and a row's cells are found again by its index, read exactly only when the core asks.
 */
class RangeRows<T> implements PriceRows<T> {
  readonly length: number;
  /** Cells in the widest row of the ranges. */
  private readonly width: number;
  /** Each row's cell as r × width + c, when blank cells lie between dated ones; otherwise row i is cell i. */
  private readonly positions: Int32Array | undefined;
  /** The days of rows dated by text, parsed once. */
  private textDays: Map<number, DayNumber> | undefined;

  constructor(
    private readonly dates: Cell[][],
    private readonly columns: readonly Column[],
    /** A row's value from its exact amounts, `rows.amount(k, i)` for the k-th range. */
    private readonly build: (rows: RangeRows<T>, i: number) => T,
    scan: RowScan,
  ) {
    const { length, width, uneven, gaps } = this.readChecked(scan);
    this.length = length;
    this.width = width;
    this.positions = uneven || gaps ? this.datedPositions() : undefined;
  }

  /**
   * The ranges' shapes are checked before anything in their cells: the outline at once, and the
   * length of each row during the one pass (a second pass would cost as much as the reading).
   */
  private readChecked(scan: RowScan): ReturnType<RangeRows<T>["read"]> {
    this.refuseMisshapen(false);
    // Kept out of this method by the minifier: inlined here, the loop measured slower.
    if (this.columns.length === 1 && /*#__NOINLINE__*/ scanColumn(this.dates, this.columns[0]!.cells, scan)) {
      return { length: this.dates.length, width: 1, uneven: false, gaps: false, misshapen: false };
    }
    let read;
    try {
      read = this.read(scan);
    } catch (error) {
      this.refuseMisshapen(true);
      throw error;
    }
    if (read.misshapen) this.refuseMisshapen(true);
    return read;
  }

  private refuseMisshapen(everyRow: boolean): void {
    const { dates } = this;
    const width = (m: Cell[][]) => m[0]?.length ?? 0;
    const shape = (m: Cell[][]) => `${m.length}×${width(m)}`;
    for (const { cells, argument } of this.columns) {
      // The message is built only when refusing: this runs on every call.
      const same =
        cells.length === dates.length &&
        width(cells) === width(dates) &&
        (!everyRow || cells.every((row, r) => row.length === dates[r]!.length));
      if (!same) {
        invalid(
          `${argument}: the range is ${shape(cells)} but dates is ${shape(dates)}; give ranges of the same shape, side by side.`,
        );
      }
    }
  }

  /**
   * The one pass over the ranges: each dated row checked and handed to `scan`. Excel's ranges are
   * rectangular; rows of other lengths (not from Excel) are indexed as if blanks lay between.
   */
  private read(scan: RowScan) {
    const { dates, columns } = this;
    const firstWidth = dates[0]?.length ?? 0;
    let length = 0;
    let width = Math.max(1, firstWidth);
    let blanks = 0;
    let gaps = false;
    let uneven = false;
    let misshapen = false;
    for (let r = 0; r < dates.length; r++) {
      const dateRow = dates[r]!;
      if (dateRow.length !== firstWidth) {
        uneven = true;
        width = Math.max(width, dateRow.length);
      }
      for (let k = 0; k < columns.length; k++) if (columns[k]!.cells[r]!.length !== dateRow.length) misshapen = true;
      for (let c = 0; c < dateRow.length; c++) {
        const date = dateRow[c];
        // A serial is read by arithmetic alone; blanks, text and anything wrong take the long way.
        let day = typeof date === "number" ? serialDay(date) : undefined;
        if (day === undefined) {
          if (isBlankDate(date)) {
            this.refuseUndated(r, c);
            blanks++;
            continue;
          }
          day = excelDay(date, `dates ${this.place(r, c)}`);
          (this.textDays ??= new Map()).set(length, day);
        }
        let filled = 0;
        for (let k = 0; k < columns.length; k++) {
          const value = columns[k]!.cells[r]![c];
          // A finite number above 0 is an amount, read exactly only if a window uses it. (x − x is 0
          // only for a finite x; it measured faster in V8 than x < Infinity on this hot path.)
          if (typeof value === "number" && value > 0 && value - value === 0) filled++;
          else if (value !== null && this.hasAmount(columns[k]!, r, c)) filled++;
        }
        if (filled !== 0 && filled !== columns.length) this.refuseHalfFilled(r, c);
        scan.add(day, filled !== 0);
        if (blanks > 0) gaps = true;
        length++;
      }
    }
    return { length, width, uneven, gaps, misshapen };
  }

  private datedPositions(): Int32Array {
    const positions = new Int32Array(this.length);
    let i = 0;
    this.dates.forEach((row, r) =>
      row.forEach((date, c) => {
        if (!isBlankDate(date)) positions[i++] = r * this.width + c;
      }),
    );
    return positions;
  }

  day(i: number): DayNumber {
    const date = this.cell(this.dates, i);
    return typeof date === "number" ? serialDay(date)! : this.textDays!.get(i)!;
  }

  /** Every range agrees (refuseHalfFilled), and a cell that is there was read as an amount. */
  traded(i: number): boolean {
    const value = this.cell(this.columns[0]!.cells, i);
    return !isBlank(value) && value !== 0;
  }

  private cell(cells: Cell[][], i: number): Cell {
    const at = this.positions ? this.positions[i]! : i;
    return this.width === 1 ? cells[at]![0] : cells[Math.floor(at / this.width)]![at % this.width];
  }

  /** Whether a cell holds an amount, refusing one that is not: `amount`'s way, with its messages. */
  private hasAmount(column: Column, r: number, c: number): boolean {
    return amount(column.cells[r]![c], `${column.argument} ${this.place(r, c)}`, column.what) !== undefined;
  }

  /** A row without a date must be empty in every range. */
  private refuseUndated(r: number, c: number): void {
    const filled = this.columns.find((column) => !isBlank(column.cells[r]![c]) && column.cells[r]![c] !== 0);
    if (filled) {
      const where = this.place(r, c);
      invalid(
        `dates ${where} is empty but ${filled.argument} ${where} holds ${describe(filled.cells[r]![c])}: give its date.`,
      );
    }
  }

  /** A day has a value in every range (a turnover and a volume) or in none. */
  private refuseHalfFilled(r: number, c: number): never {
    const where = this.place(r, c);
    const empty = this.columns.find((column) => !this.hasAmount(column, r, c))!;
    const filled = this.columns.find((column) => this.hasAmount(column, r, c))!;
    const names = this.columns.map((column) => column.what).join(" and a ");
    // A 0 means no trade, as an empty cell does, but the user typed it: say 0, not empty.
    const missing = empty.cells[r]![c] === 0 ? "is 0" : "is empty";
    return invalid(
      `${empty.argument} ${where} ${missing} but ${filled.argument} ${where} is not: a day has both a ${names}, or neither.`,
    );
  }

  private place(r: number, c: number): string {
    return cellPlace(r, c, this.dates);
  }

  value(i: number): T {
    return this.build(this, i);
  }

  /** Row i's amount in the k-th range, exactly: what `build` reads (no array a row: ~30 rows a call). */
  amount(k: number, i: number): Rational {
    return this.exact(this.columns[k]!, i);
  }

  /**
   * A number is read as the shortest decimal that gives back the same double (fromNumber), so two
   * numbers are the same decimal exactly when they are the same double; text is compared exactly.
   */
  same(i: number, j: number): boolean {
    return this.columns.every((column) => {
      const a = this.cell(column.cells, i);
      const b = this.cell(column.cells, j);
      return typeof a === "number" && typeof b === "number"
        ? a === b
        : compare(this.exact(column, i), this.exact(column, j)) === 0;
    });
  }

  where(i: number): string {
    const at = this.positions ? this.positions[i]! : i;
    return this.place(Math.floor(at / this.width), at % this.width);
  }

  private exact(column: Column, i: number): Rational {
    const value = this.cell(column.cells, i);
    return typeof value === "number"
      ? fromNumber(value)
      : amount(value, `${column.argument} ${this.where(i)}`, column.what)!;
  }
}

/**
 * The common case, read in one tight loop of locals: one range of amounts (closes), both ranges
 * n×1 columns, every date a serial from 1900-03-01 on and every amount a positive number or blank.
 * False at the first cell of any other kind, having told `scan` nothing; RangeRows' general pass
 * then starts over and gives the messages in its order.
 *
 * Each check per cell costs about as much as the reading (`npm run bench` holds the function to
 * under two bare passes over the two columns), so the loop is written for V8, each choice
 * measured: two rows a turn (their reads overlap: ~0.15 pass less than one row a turn, though V8
 * now and then compiles it worse); days kept as integers (a day that may be undefined is held
 * boxed); the calendar's day table in a local, indexed by the day itself (a method call, or an
 * offset, per row cost ~0.1 pass each); an amount on a day without trading ORed in, its row found
 * after the loop; the direction as two counts.
 */
function scanColumn(dates: Cell[][], amounts: Cell[][], scan: RowScan): boolean {
  const count = dates.length;
  if (count === 0 || amounts.length !== count) return false;
  const { dayKinds } = scan.calendar;
  const first = dates[0]![0];
  if (typeof first !== "number" || !isCommonSerial(first)) return false;
  const firstDay = commonSerialDay(first);
  // Each row is compared with the one before it, row 0 with itself; a day equal to the one before
  // is neither a rise nor a fall, so the dates rise strictly when all count − 1 steps are rises.
  let previous = firstDay;
  let rises = 0;
  let falls = 0;
  let idle = 0;
  for (let r = 0; r < count; r += 2) {
    // Rows r and s = r + 1; with an odd count the last row is paired with itself: read twice,
    // its step to itself an equal day, which counts as neither a rise nor a fall.
    const s = r + 1 < count ? r + 1 : r;
    const dateRow = dates[r]!;
    const amountRow = amounts[r]!;
    const nextDateRow = dates[s]!;
    const nextAmountRow = amounts[s]!;
    if (dateRow.length !== 1 || amountRow.length !== 1 || nextDateRow.length !== 1 || nextAmountRow.length !== 1) {
      return false;
    }
    const date = dateRow[0];
    const nextDate = nextDateRow[0];
    if (typeof date !== "number" || !isCommonSerial(date)) return false;
    if (typeof nextDate !== "number" || !isCommonSerial(nextDate)) return false;
    const day = commonSerialDay(date);
    const nextDay = commonSerialDay(nextDate);
    // As in RangeRows: a finite number above 0 is an amount; empty, or 0 from older builds, no
    // trade. A day outside the table reads undefined, which ORs in as 0: the calendar cannot judge it.
    const value = amountRow[0];
    const nextValue = nextAmountRow[0];
    if (typeof value === "number") {
      if (value > 0 && value < Infinity) idle |= dayKinds[day]!;
      else if (value !== 0) return false;
    } else if (value !== null) return false;
    if (typeof nextValue === "number") {
      if (nextValue > 0 && nextValue < Infinity) idle |= dayKinds[nextDay]!;
      else if (nextValue !== 0) return false;
    } else if (nextValue !== null) return false;
    if (day > previous) rises++;
    else if (day < previous) falls++;
    if (nextDay > day) rises++;
    else if (nextDay < day) falls++;
    previous = nextDay;
  }
  const misplaced = idle === 0 ? -1 : firstMisplaced(dates, amounts, scan.calendar);
  scan.seen(count, rises === count - 1, falls === count - 1, misplaced, firstDay, previous);
  return true;
}

/** The first row `scanColumn` read with an amount on a day without trading. */
function firstMisplaced(dates: Cell[][], amounts: Cell[][], calendar: SessionCalendar): number {
  return dates.findIndex((row, r) => {
    const value = amounts[r]![0];
    return value !== null && value !== 0 && calendar.idleOn(serialDay(row[0] as number)!);
  });
}

const sessionList = (days: readonly DayNumber[], language: "en" | "ja") =>
  days.length === 0
    ? DETAIL_WORDS[language].none
    : days
        .map((day) => (TRADING_HALTS.has(day) ? `${isoDate(day)} ${DETAIL_WORDS[language].halted}` : isoDate(day)))
        .join(", ");

/** The "detail" table's labels, in the sheet's language. */
const DETAIL_LABELS = {
  en: ["first session", "last session", "sessions", "closes used", "average", "no close on"],
  ja: ["最初の取引日", "最後の取引日", "取引日数", "使った終値の数", "平均", "終値のない取引日"],
} as const;
const DETAIL_WORDS = {
  en: { none: "none", halted: "(trading halted)" },
  ja: { none: "なし", halted: "（売買停止）" },
} as const;

/** The window's detail, two columns of label and value (dates as text: the column mixes kinds). */
function detail(result: MarketAverage, average: number, language: "en" | "ja"): Cell[][] {
  const { sessions, traded } = result.window;
  const untraded = sessions.filter((day) => !traded.includes(day));
  const values: Cell[] = [
    isoDate(sessions[0]!),
    isoDate(sessions[sessions.length - 1]!),
    sessions.length,
    traded.length,
    average,
    sessionList(untraded, language),
  ];
  return DETAIL_LABELS[language].map((label, i) => [label, values[i]!]);
}

const isHeading = (cell: Cell | undefined) => typeof cell === "string" && cell.trim() !== "" && !/\d/.test(cell);

/**
 * The ranges with a first row of headings blanked, as Excel's STOCKHISTORY spills one (Date,
 * Close, Volume; 日付, 終値, 出来高) above its rows: words without a digit in every range, so a
 * mistyped date or close is still refused. Blanked, not cut, so rows keep their numbers.
 */
function withoutHeadings(dates: Cell[][], columns: readonly Column[]): { dates: Cell[][]; columns: readonly Column[] } {
  const blanked = (cells: Cell[][]) => [cells[0]!.map(() => null), ...cells.slice(1)];
  return dates.length > 1 && [dates, ...columns.map((c) => c.cells)].every((cells) => cells[0]?.every(isHeading))
    ? { dates: blanked(dates), columns: columns.map((column) => ({ ...column, cells: blanked(column.cells) })) }
    : { dates, columns };
}

/** A close history from Excel's ranges, read and checked once against the calendar. */
function closeHistory(
  dates: Cell | Cell[][],
  closes: Cell | Cell[][],
  calendar: SessionCalendar,
  argument = "closes",
): DailySeries<Rational> {
  const ranges = withoutHeadings(asMatrix(dates), [{ argument, what: "closing price", cells: asMatrix(closes) }]);
  const scan = new RowScan(calendar);
  const rows = new RangeRows<Rational>(ranges.dates, ranges.columns, (history, i) => history.amount(0, i), scan);
  return scannedSeries(rows, scan, CLOSE);
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
 * @param adjustments Splits and consolidations: two columns, ex-date and factor (shares after ÷ before: 2 for a 1→2 split).
 * @param [language] Labels of the "detail" table: "en" (default) or "ja".
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
  adjustments?: any[][],
  language?: any,
): any[][] {
  return excelResult(() => {
    const show = choice(result, "result", ["average", "detail"] as const, "average");
    const labelLanguage = citationLanguage(language);
    const roundTo = parseRounding(numberOrText(rounding, "rounding"));
    const spec = parseWindow(numberOrText(days, "days"));
    const calendar = tseCalendar(excelDays(closed_dates, "closed_dates"));
    const computed = averageClose(
      calendar,
      closeHistory(dates, closes, calendar),
      excelDay(reference_date, "reference_date"),
      spec,
      adjustmentsArgument(adjustments, "adjustments", calendar),
    );
    const average = excelNumber(applyRounding(computed.average, roundTo), "The average");
    return show === "detail" ? detail(computed, average, labelLanguage) : [[average]];
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
 * @param adjustments Splits and consolidations: two columns, ex-date and factor; volumes before an ex-date are multiplied by it.
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
  adjustments?: any[][],
): number {
  return excelResult(() => {
    const roundTo = parseRounding(numberOrText(rounding, "rounding"));
    const spec = parseWindow(numberOrText(days, "days"));
    const calendar = tseCalendar(excelDays(closed_dates, "closed_dates"));
    const ranges = withoutHeadings(asMatrix(dates), [
      { argument: "turnover", what: "turnover", cells: asMatrix(turnover) },
      { argument: "volumes", what: "volume", cells: asMatrix(volumes) },
    ]);
    const scan = new RowScan(calendar);
    const rows = new RangeRows<Trading>(
      ranges.dates,
      ranges.columns,
      (history, i) => ({ turnover: history.amount(0, i), volume: history.amount(1, i) }),
      scan,
    );
    const computed = volumeWeightedAverage(
      calendar,
      scannedSeries(rows, scan, TRADING),
      excelDay(reference_date, "reference_date"),
      spec,
      adjustmentsArgument(adjustments, "adjustments", calendar),
    );
    return excelNumber(applyRounding(computed.average, roundTo), "The VWAP");
  });
}

/** The close on the reference session: a window of that one session, under the same rules. */
const CLOSE_PERIOD: WindowSpec = { kind: "sessions", count: 1 };
const DEFAULT_PERIODS: readonly Cell[] = ["close", "1M", "3M", "6M"];

/** Each period of the `periods` argument, with its label as given; blank cells skipped. */
function periodsArgument(periods: Cell | Cell[][]): { label: Cell; spec: WindowSpec }[] {
  const matrix = asMatrix(periods);
  const cells = matrix.flatMap((row, r) =>
    row.flatMap((cell, c) => (isBlank(cell) ? [] : [{ cell, where: `periods ${cellPlace(r, c, matrix)}` }])),
  );
  if (cells.length === 0) return DEFAULT_PERIODS.map((label) => periodOf(label, "periods"));
  return cells.map(({ cell, where }) =>
    periodOf(cell, matrix.length === 1 && matrix[0]!.length === 1 ? "periods" : where),
  );
}

function periodOf(cell: Cell, where: string): { label: Cell; spec: WindowSpec } {
  const text = numberOrText(cell, where);
  const label = typeof text === "string" ? text.trim() : text;
  if (typeof label === "string" && label.toLowerCase() === "close") return { label, spec: CLOSE_PERIOD };
  return { label, spec: parseWindow(text, where) };
}

/**
 * The market price method's ratios: per period, the target's average close ÷ the acquirer's over the same window, as a table with a header row.
 * @customfunction MARKET_RATIO
 * @param target_dates Dates of the target's price history (dates or text "2013-10-31").
 * @param target_closes The target's closing prices beside its dates; an empty close is a session without a trade.
 * @param acquirer_dates Dates of the acquirer's price history.
 * @param acquirer_closes The acquirer's closing prices beside its dates.
 * @param reference_date The reference date; each window ends on it or on the last session before it.
 * @param [periods] "close" (the reference session's close), "1M", "3M", "6M" when omitted; or a range of these, or of session counts such as 30.
 * @param [decimals] Decimal places of the ratios; omitted: unrounded. The averages are never rounded.
 * @param [rounding] "half-up" (default when decimals are given), "down" or "up".
 * @param [adjustments] Splits and consolidations: four columns, the target's ex-date and factor, then the acquirer's.
 * @returns {any[][]} Period, target average, acquirer average and ratio, one row per period under a header.
 */
export function marketRatioTable(
  target_dates: any[][],
  target_closes: any[][],
  acquirer_dates: any[][],
  acquirer_closes: any[][],
  reference_date: any,
  periods?: any[][],
  decimals?: any,
  rounding?: any,
  adjustments?: any[][],
): any[][] {
  return excelResult(() => {
    const reference = excelDay(reference_date, "reference_date");
    const windows = periodsArgument(periods);
    const roundTo = roundingArguments(decimals, rounding);
    const calendar = tseCalendar();
    const adjusted = sideAdjustmentsArgument(adjustments, "adjustments", calendar);
    const target: ListedSide = {
      closes: onSide("target", () => closeHistory(target_dates, target_closes, calendar, "target_closes")),
      adjustments: adjusted.target,
    };
    const acquirer: ListedSide = {
      closes: onSide("acquirer", () => closeHistory(acquirer_dates, acquirer_closes, calendar, "acquirer_closes")),
      adjustments: adjusted.acquirer,
    };
    const rows = windows.map(({ label, spec }) => {
      const ratios = marketRatio(calendar, target, acquirer, reference, spec);
      return [
        label,
        excelNumber(ratios.target.average, "The target's average"),
        excelNumber(ratios.acquirer.average, "The acquirer's average"),
        excelNumber(applyRounding(ratios.ratio, roundTo), "The ratio"),
      ];
    });
    return [["period", "target average", "acquirer average", "ratio"], ...rows];
  });
}
