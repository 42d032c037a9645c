/**
 * A daily price history checked against the TSE calendar: one entry per date, a value (a close, a
 * day's turnover and volume) only on sessions, and the span of dates the history covers, so a
 * window that reaches past it is refused instead of averaging what happens to be there.
 */
import { assert, invalid } from "../errors";
import { isoDate, type DayNumber } from "../calendar/dayNumber";
import { TRADING_HALTS, type SessionCalendar } from "../calendar/sessions";

/** One row of the history; `value` is undefined on a day without a trade. */
export interface Observation<T> {
  readonly day: DayNumber;
  readonly value: T | undefined;
  /** Where the row sits, for messages: "row 5". */
  readonly where: string;
}

export interface DailySeries<T> {
  /** What the values are, for messages: "close". */
  readonly valueName: string;
  /** The first and last dates of the history, traded or not. */
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  /** The value of each date that has one. */
  readonly values: ReadonlyMap<DayNumber, T>;
}

/** How a kind of value is compared and named in messages. */
export interface ValueKind<T> {
  /** "close", "turnover and volume" */
  readonly name: string;
  readonly same: (a: T, b: T) => boolean;
  readonly show: (value: T) => string;
}

export function dailySeries<T>(
  observations: readonly Observation<T>[],
  calendar: SessionCalendar,
  kind: ValueKind<T>,
): DailySeries<T> {
  assert(observations.length > 0, "dates: the price history is empty; give at least the dates of the window.");
  const seen = new Map<DayNumber, Observation<T>>();
  const values = new Map<DayNumber, T>();
  for (const observation of observations) {
    const { day, value, where } = observation;
    const earlier = seen.get(day);
    if (earlier) {
      const agree =
        earlier.value === undefined || value === undefined ? earlier.value === value : kind.same(earlier.value, value);
      if (!agree) {
        invalid(
          `dates: ${isoDate(day)} appears in ${earlier.where} and ${where} with different ${kind.name}s ` +
            `(${showValue(earlier.value, kind)} and ${showValue(value, kind)}); keep one row per date.`,
        );
      }
      continue;
    }
    seen.set(day, observation);
    if (value === undefined) continue;
    // Rows dated outside the calendar's years are kept: a window that reaches them is refused.
    if (calendar.covers(day)) {
      const halt = TRADING_HALTS.get(day);
      if (halt) invalid(`dates ${where}: ${isoDate(day)} has a ${kind.name}, but ${halt} that day; clear the ${kind.name}.`);
      if (!calendar.isSession(day, `dates ${where}`)) {
        invalid(
          `dates ${where}: ${isoDate(day)} is not a TSE session (a weekend, holiday or closed date), yet it has a ` +
            `${kind.name}: the dates or the ${kind.name}s are shifted.`,
        );
      }
    }
    values.set(day, value);
  }
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const day of seen.keys()) {
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
  }
  return { valueName: kind.name, firstDay, lastDay, values };
}

const showValue = <T>(value: T | undefined, kind: ValueKind<T>) => (value === undefined ? "blank" : kind.show(value));

