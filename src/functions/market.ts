/**
 * Market-price custom functions: the simple average of closes (市場株価法), the VWAP over a
 * window of TSE sessions, and the market price method's ratio of two companies per window. Excel's ranges in, the core's exact figures out.
 */
import { isoDate, type DayNumber } from "../core/calendar/dayNumber";
import { TRADING_HALTS, tseCalendar, type SessionCalendar } from "../core/calendar/sessions";
import { type Rational } from "../core/exact/rational";
import { averageClose, CLOSE, type MarketAverage } from "../core/market/averageClose";
import { RowScan, scannedSeries, type DailySeries } from "../core/market/dailySeries";
import { applyRounding, parseRounding } from "../core/market/rounding";
import { TRADING, volumeWeightedAverage, type Trading } from "../core/market/vwap";
import { parseWindow, type WindowSpec } from "../core/market/window";
import { marketRatio, onSide, type ListedSide } from "../core/valuation/marketRatio";
import {
  asMatrix,
  citationLanguage,
  cellPlace,
  choice,
  enumValues,
  excelDay,
  excelDays,
  isBlank,
  numberOrText,
  roundingArguments,
  type Cell,
} from "./cells";
import { adjustmentsArgument, sideAdjustmentsArgument } from "./adjustments";
import { scanColumn } from "./columnScan";
import { excelNumber, excelResult } from "./excel";
import { RangeRows, type Column } from "./rangeRows";

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
  const rows = new RangeRows<Rational>(
    ranges.dates,
    ranges.columns,
    (history, i) => history.amount(0, i),
    scan,
    scanColumn,
  );
  return scannedSeries(rows, scan, CLOSE);
}

/**
 * What AVG_CLOSE_30 answers.
 * @customenum {string}
 */
export enum AverageResult {
  /** The average close. */
  average = "average",
  /** A labelled table: first and last session, sessions, closes used, average. */
  detail = "detail",
}

/**
 * The language of the "detail" table's labels.
 * @customenum {string}
 */
export enum DetailLanguage {
  /** English labels. */
  en = "en",
  /** Japanese labels. */
  ja = "ja",
}

const AVERAGE_RESULTS = enumValues(AverageResult);

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
  result?: AverageResult,
  adjustments?: any[][],
  language?: DetailLanguage,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
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
): any[][];
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
    const show = choice(result, "result", AVERAGE_RESULTS, "average");
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
 * How the ratios are rounded to the given decimals.
 * @customenum {string}
 */
export enum MarketRatioRounding {
  /** Half up (四捨五入); the default when decimals are given. */
  halfUp = "half-up",
  /** Down (切り捨て). */
  down = "down",
  /** Up (切り上げ). */
  up = "up",
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
  rounding?: MarketRatioRounding,
  adjustments?: any[][],
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
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
): any[][];
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
