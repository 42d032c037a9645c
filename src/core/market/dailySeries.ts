/**
 * A daily price history checked against the TSE calendar: one entry per date, a value (a close, a
 * day's turnover and volume) only on sessions, and the span of dates the history covers, so a
 * window that reaches past it is refused instead of averaging what happens to be there.
 *
 * Excel hands the whole history over afresh on every call (20 years are ~4,900 rows) and a window
 * uses ~30 of them; so every row is checked with a typed-array slot and one calendar read, and a
 * row's exact value is read only when a window or a message needs it.
 */
import { assert, invalid } from "../errors";
import { isoDate, type DayNumber } from "../calendar/dayNumber";
import { TRADING_HALTS, type SessionCalendar } from "../calendar/sessions";

/** One row of the history as an object; `value` is undefined on a day without a trade. */
export interface Observation<T> {
  readonly day: DayNumber;
  readonly value: T | undefined;
  /** Where the row sits, for messages: "row 5". */
  readonly where: string;
}

/**
 * The dated rows of a history, in their order; rows without a date are already left out. Read
 * by index, so a caller holding Excel's ranges need not build an object per row.
 */
export interface PriceRows<T> {
  /** How many rows: rows 0 … length − 1. */
  readonly length: number;
  /** Row i's date. */
  readonly days: ArrayLike<DayNumber>;
  /** 1 where row i has a value, 0 on a day without a trade. */
  readonly traded: ArrayLike<number>;
  /** Row i's exact value; i is a traded row. */
  value(i: number): T;
  /** Whether traded rows i and j hold the same value. */
  same(i: number, j: number): boolean;
  /** Where row i sits, for messages: "row 5". */
  where(i: number): string;
}

/** How a kind of value is compared and named in messages. */
export interface ValueKind<T> {
  /** "close", "trade" */
  readonly name: string;
  readonly same: (a: T, b: T) => boolean;
  readonly show: (value: T) => string;
}

/** Rows held as objects (a handful, already exact) as PriceRows. */
function observedRows<T>(observations: readonly Observation<T>[], kind: ValueKind<T>): PriceRows<T> {
  return {
    length: observations.length,
    days: observations.map((observation) => observation.day),
    traded: observations.map((observation) => (observation.value === undefined ? 0 : 1)),
    value: (i) => observations[i]!.value!,
    same: (i, j) => kind.same(observations[i]!.value!, observations[j]!.value!),
    where: (i) => observations[i]!.where,
  };
}

export class DailySeries<T> {
  constructor(
    /** What the values are, for messages: "close". */
    readonly valueName: string,
    /** The first and last dates of the history, traded or not. */
    readonly firstDay: DayNumber,
    readonly lastDay: DayNumber,
    /** Per day of firstDay … lastDay: the row dated that day, plus one (0: no row). */
    private readonly rowOnDay: Int32Array,
    private readonly rows: PriceRows<T>,
  ) {}

  /** Whether the history has a value on `day`. */
  has(day: DayNumber): boolean {
    const row = this.rowOn(day);
    return row >= 0 && this.rows.traded[row] === 1;
  }

  /** The value on a day that has one. */
  valueOn(day: DayNumber): T {
    if (!this.has(day)) invalid(`The price history has no ${this.valueName} on ${isoDate(day)}.`);
    return this.rows.value(this.rowOn(day));
  }

  private rowOn(day: DayNumber): number {
    return day < this.firstDay || day > this.lastDay ? -1 : this.rowOnDay[day - this.firstDay]! - 1;
  }
}

export function dailySeries<T>(
  history: PriceRows<T> | readonly Observation<T>[],
  calendar: SessionCalendar,
  kind: ValueKind<T>,
): DailySeries<T> {
  const rows = Array.isArray(history) ? observedRows(history, kind) : (history as PriceRows<T>);
  const { length, days, traded } = rows;
  assert(length > 0, "dates: the price history is empty; give at least the dates of the window.");
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < length; i++) {
    firstDay = Math.min(firstDay, days[i]!);
    lastDay = Math.max(lastDay, days[i]!);
  }
  // One slot per calendar day of the span (20 years: ~7,300), sized by the data; the widest
  // span Excel's dates allow, 1900 to 9999, is ~3.7 million slots, still one allocation.
  const rowOnDay = new Int32Array(lastDay - firstDay + 1);
  for (let i = 0; i < length; i++) {
    const day = days[i]!;
    const earlier = rowOnDay[day - firstDay]! - 1;
    if (earlier >= 0) {
      const agree = traded[earlier] === 1 && traded[i] === 1 ? rows.same(earlier, i) : traded[earlier] === traded[i];
      if (!agree) {
        invalid(
          `dates: ${isoDate(day)} appears in ${rows.where(earlier)} and ${rows.where(i)} with different ${kind.name}s ` +
            `(${show(rows, earlier, kind)} and ${show(rows, i, kind)}); keep one row per date.`,
        );
      }
      continue;
    }
    rowOnDay[day - firstDay] = i + 1;
    // Rows dated outside the calendar's years are kept: a window that reaches them is refused.
    if (traded[i] === 1 && calendar.covers(day) && !calendar.tradedOn(day)) refuseValueOn(day, rows.where(i), kind.name);
  }
  return new DailySeries(kind.name, firstDay, lastDay, rowOnDay, rows);
}

/** A value on a day without trading means the data is wrong: say which, and why. */
function refuseValueOn(day: DayNumber, where: string, name: string): never {
  const halt = TRADING_HALTS.get(day);
  if (halt) invalid(`dates ${where}: ${isoDate(day)} has a ${name}, but ${halt} that day; clear the ${name}.`);
  return invalid(
    `dates ${where}: ${isoDate(day)} is not a TSE session (a weekend, holiday or closed date), yet it has a ` +
      `${name}: the dates or the ${name}s are shifted.`,
  );
}

const show = <T>(rows: PriceRows<T>, i: number, kind: ValueKind<T>) => (rows.traded[i] === 1 ? kind.show(rows.value(i)) : "blank");
