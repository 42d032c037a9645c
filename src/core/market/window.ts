/**
 * The market-price window (DOMAIN §3): which sessions a disclosure's average covers.
 * - N sessions ending on the reference date, or on the last session before it; sessions without
 *   a trade count toward N (the window is a span of the exchange calendar);
 * - or N sessions that have a close ("30 closes"), reaching back past sessions without one;
 * - or a calendar period: the sessions in (reference − period, reference].
 */
import { invalid, notAvailable, outOfBounds, quoted } from "../errors";
import { messages } from "../messages";
import { isoDate, type DayNumber } from "../calendar/dayNumber";
import { describePeriod, periodBefore, type CalendarPeriod, type PeriodUnit } from "../calendar/period";
import type { SessionCalendar, SessionSpan } from "../calendar/sessions";
import type { DailySeries } from "./dailySeries";

export type WindowSpec =
  | { readonly kind: "sessions"; readonly count: number }
  | { readonly kind: "closes"; readonly count: number }
  | { readonly kind: "period"; readonly period: CalendarPeriod };

export const DEFAULT_WINDOW: WindowSpec = { kind: "sessions", count: 30 };

const WINDOW_TEXT = /^(\d+)\s*(sessions?|closes?|[WMY])?$/i;

/** The `days` argument (or another named `argument`): 30, "30", "30 closes", "1W", "3M", "1Y". */
export function parseWindow(value: number | string | undefined, argument = "days"): WindowSpec {
  if (value === undefined) return DEFAULT_WINDOW;
  const m = WINDOW_TEXT.exec(String(value).normalize("NFKC").trim());
  const count = m ? Number(m[1]) : NaN;
  if (!m || !Number.isSafeInteger(count) || count < 1) {
    invalid(messages.market.notWindow(argument, typeof value === "number" ? String(value) : quoted(value)));
  }
  const unit = m[2]?.toUpperCase();
  if (unit === undefined || unit.startsWith("SESSION")) return { kind: "sessions", count };
  if (unit.startsWith("CLOSE")) return { kind: "closes", count };
  return { kind: "period", period: { count, unit: unit as PeriodUnit } };
}

export function describeWindow(spec: WindowSpec): string {
  if (spec.kind === "period") return describePeriod(spec.period);
  const sessions = spec.count === 1 ? "1 session" : `${spec.count} sessions`;
  return spec.kind === "sessions" ? sessions : `${sessions} with a close`;
}

export interface MarketWindow<T = unknown> {
  /** Every session of the window, in order. */
  readonly sessions: readonly DayNumber[];
  /** The sessions of the window that have a value in the history, in order. */
  readonly traded: readonly DayNumber[];
  /** The value on each of `traded`, read in the same lookup. */
  readonly values: readonly T[];
}

/** The window of `spec` ending at `reference`, checked against the history's span. */
export function marketWindow<T>(
  calendar: SessionCalendar,
  series: DailySeries<T>,
  reference: DayNumber,
  spec: WindowSpec,
): MarketWindow<T> {
  const span = windowSpan(calendar, series, reference, spec);
  const sessions = calendar.days(span);
  // Counted in loops, the messages written only when refusing: a sheet may ask for a thousand
  // windows that all succeed, each over a history read afresh.
  let before = 0;
  while (before < sessions.length && sessions[before]! < series.firstDay) before++;
  if (before > 0) {
    notAvailable(
      messages.market.historyBeginsLate(
        describeRun(spec, reference, sessions),
        isoDate(series.firstDay),
        before,
        isoDate(sessions[0]!),
      ),
    );
  }
  let after = 0;
  while (after < sessions.length && sessions[sessions.length - 1 - after]! > series.lastDay) after++;
  if (after > 0) {
    notAvailable(
      messages.market.historyEndsEarly(
        describeRun(spec, reference, sessions),
        isoDate(series.lastDay),
        after,
        isoDate(sessions[sessions.length - 1]!),
      ),
    );
  }
  const traded: DayNumber[] = [];
  const values: T[] = [];
  for (const day of sessions) {
    const value = series.valueOn(day);
    if (value === undefined) continue;
    traded.push(day);
    values.push(value);
  }
  if (traded.length === 0)
    notAvailable(messages.market.noTrade(describeRun(spec, reference, sessions), series.valueName));
  return { sessions, traded, values };
}

/** "the window (30 sessions to 2013-11-06) runs 2013-09-25 … 2013-11-06", for a refusal. */
function describeRun(spec: WindowSpec, reference: DayNumber, sessions: readonly DayNumber[]): string {
  return `the window (${describeWindow(spec)} to ${isoDate(reference)}) runs ${isoDate(sessions[0]!)} … ${isoDate(sessions[sessions.length - 1]!)}`;
}

/** The sessions of a window that the calendar alone decides: N sessions, or a period. */
export function calendarSpan(
  calendar: SessionCalendar,
  reference: DayNumber,
  spec: Exclude<WindowSpec, { kind: "closes" }>,
  where: string,
): SessionSpan {
  if (spec.kind === "sessions") return calendar.sessionsEnding(reference, spec.count, where);
  const span = calendar.sessionsBetween(periodBefore(reference, spec.period), reference, where);
  if (span.start > span.end) {
    notAvailable(messages.market.noSessionInPeriod(where, describePeriod(spec.period), isoDate(reference)));
  }
  return span;
}

function windowSpan<T>(
  calendar: SessionCalendar,
  series: DailySeries<T>,
  reference: DayNumber,
  spec: WindowSpec,
): SessionSpan {
  const where = "reference_date";
  if (spec.kind !== "closes") return calendarSpan(calendar, reference, spec, where);
  // N sessions with a close: walk back through the calendar until N traded sessions are found.
  const end = calendar.indexOnOrBefore(reference, where);
  let start = end + 1;
  for (let found = 0; found < spec.count;) {
    start--;
    if (start < 0) {
      outOfBounds(
        where,
        reference,
        messages.market.closesBeforeFirst(where, spec.count, isoDate(reference), isoDate(calendar.sessions[0]!)),
      );
    }
    if (calendar.sessions[start]! < series.firstDay) {
      notAvailable(
        messages.market.tooFewCloses(isoDate(series.firstDay), isoDate(reference), found, series.valueName, spec.count),
      );
    }
    if (series.has(calendar.sessions[start]!)) found++;
  }
  return { start, end };
}
