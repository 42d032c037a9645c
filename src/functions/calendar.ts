/**
 * TSE calendar custom functions: is a date a session, WORKDAY on the exchange's calendar, and the
 * sessions of a market-price window, spilled as Excel dates so analysts see exactly which count.
 */
import { serialFromDay } from "../core/calendar/dayNumber";
import { tseCalendar } from "../core/calendar/sessions";
import { invalid } from "../core/errors";
import { calendarSpan, parseWindow } from "../core/market/window";
import { excelDay, excelDays, numberOrText, plainNumber } from "./cells";
import { excelResult } from "./excel";

/**
 * TRUE when the date is a Tokyo Stock Exchange session (a business day of the exchange).
 * @customfunction TSE_IS_SESSION
 * @param date A date, or text such as "2013-10-31".
 * @param closed_dates Dates the exchange was closed beyond the built-in TSE calendar.
 * @returns {boolean}
 */
export function tseIsSession(date: any, closed_dates?: any[][]): boolean {
  return excelResult(() =>
    tseCalendar(excelDays(closed_dates, "closed_dates")).isSession(excelDay(date, "date"), "date"),
  );
}

/**
 * Like WORKDAY on the TSE calendar: the date n sessions after (n > 0) or before (n < 0) a date.
 * @customfunction TSE_WORKDAY
 * @param date The starting date (not counted).
 * @param n The number of sessions to move, negative to go back.
 * @param closed_dates Dates the exchange was closed beyond the built-in TSE calendar.
 * @returns {number}
 */
export function tseWorkday(date: any, n: any, closed_dates?: any[][]): number {
  return excelResult(() => {
    // WORKDAY drops the fraction of a fractional day count.
    const sessions = Math.trunc(plainNumber(n, "n", { noun: "a number of sessions", example: "-29" }));
    const calendar = tseCalendar(excelDays(closed_dates, "closed_dates"));
    return serialFromDay(calendar.offset(excelDay(date, "date"), sessions, "date", "n"));
  });
}

/**
 * The sessions of a market-price window, as a column of dates (format the cells as dates).
 * @customfunction TSE_WINDOW
 * @param reference_date The reference date; the window ends on it or on the last session before it.
 * @param days 30 sessions when omitted; or a period "1W", "1M", "3M", "6M".
 * @param closed_dates Dates the exchange was closed beyond the built-in TSE calendar.
 * @returns {number[][]}
 */
export function tseWindow(reference_date: any, days?: any, closed_dates?: any[][]): number[][] {
  return excelResult(() => {
    const spec = parseWindow(numberOrText(days, "days"));
    if (spec.kind === "closes") {
      invalid(
        `days: "${days}" counts sessions with a close, which needs prices: use MERGER.AVG_CLOSE_30 with result "detail".`,
      );
    }
    const calendar = tseCalendar(excelDays(closed_dates, "closed_dates"));
    const span = calendarSpan(calendar, excelDay(reference_date, "reference_date"), spec, "reference_date");
    return calendar.days(span).map((day) => [serialFromDay(day)]);
  });
}
