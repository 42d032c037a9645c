/**
 * A daily price history checked against the TSE calendar: one entry per date, a value (a close, a
 * day's turnover and volume) only on sessions, and the span of dates the history covers, so a
 * window that reaches past it is refused instead of averaging what happens to be there.
 *
 * Excel hands the whole history over afresh on every call (20 years are ~4,900 rows) and a window
 * uses ~30 of them: the rows are checked in the one pass that reads them (RowScan, one calendar
 * read each), and a row's exact value is read only when a window or a message needs it.
 */
import { assert, invalid } from "../errors";
import { messages } from "../messages";
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
  day(i: number): DayNumber;
  /** Whether row i has a value: false on a day without a trade. */
  traded(i: number): boolean;
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

/**
 * What one pass over a history's rows learns, gathered by whoever reads them so that Excel's
 * ranges are read once: the span of dates; whether they run strictly one way, as a price history
 * almost always does (then no date repeats, and a day's row is found by bisection without a
 * table); and the first row with a value on a day without trading.
 */
export class RowScan {
  count = 0;
  /** Whether every date so far is later than the one before it; or earlier than it. */
  rising = true;
  falling = true;
  /** The first row with a value on a covered day without trading, or −1. */
  misplaced = -1;
  /** The dates of the first and of the latest row. */
  firstRowDay = 0;
  lastRowDay = 0;

  constructor(readonly calendar: SessionCalendar) {}

  /** +1 while the dates rise strictly, −1 while they fall strictly, 0 once neither. */
  get direction(): number {
    return this.rising ? 1 : this.falling ? -1 : 0;
  }

  /** The next row: its date, and whether it has a value. */
  add(day: DayNumber, traded: boolean): void {
    const i = this.count++;
    // Rows dated outside the calendar's years are kept: a window that reaches them is refused.
    if (traded && this.misplaced < 0 && this.calendar.idleOn(day)) this.misplaced = i;
    if (i === 0) this.firstRowDay = day;
    else {
      this.rising = this.rising && day > this.lastRowDay;
      this.falling = this.falling && day < this.lastRowDay;
    }
    this.lastRowDay = day;
  }

  /**
   * What a reader learnt in a loop of its own, as `add` would have: a 20-year column read into
   * locals costs ~1.5 bare passes, into this object's fields twice that. Set field by field: it
   * runs once per call of a function, where an object and Object.assign showed in profiles.
   */
  seen(
    count: number,
    rising: boolean,
    falling: boolean,
    misplaced: number,
    firstRowDay: DayNumber,
    lastRowDay: DayNumber,
  ): void {
    this.count = count;
    this.rising = rising;
    this.falling = falling;
    this.misplaced = misplaced;
    this.firstRowDay = firstRowDay;
    this.lastRowDay = lastRowDay;
  }
}

export class DailySeries<T> {
  constructor(
    /** What the values are, for messages: "close". */
    readonly valueName: string,
    /** The first and last dates of the history, traded or not. */
    readonly firstDay: DayNumber,
    readonly lastDay: DayNumber,
    private readonly rows: PriceRows<T>,
    /** +1 or −1: the rows' dates run strictly that way, and `rowOn` bisects them. */
    private readonly direction: number,
    /** For rows in any other order: per day of firstDay … lastDay, the row dated that day, plus one (0: none). */
    private readonly rowOnDay?: Int32Array,
  ) {}

  /** The row `rowOn` found last. */
  private lastRow = 0;

  /** Whether the history has a value on `day`. */
  has(day: DayNumber): boolean {
    const row = this.rowOn(day);
    return row >= 0 && this.rows.traded(row);
  }

  /** The value on `day`, or undefined on a day without one (no row, or no trade): one lookup for both. */
  valueOn(day: DayNumber): T | undefined {
    const row = this.rowOn(day);
    return row >= 0 && this.rows.traded(row) ? this.rows.value(row) : undefined;
  }

  /** The row dated `day`, or −1. */
  private rowOn(day: DayNumber): number {
    if (day < this.firstDay || day > this.lastDay) return -1;
    if (this.rowOnDay) return this.rowOnDay[day - this.firstDay]! - 1;
    // A window asks for its sessions in turn, and they sit in neighbouring rows: try the next
    // row in the window's order, then the same row (valueOn after has), before bisecting.
    const { rows, direction, lastRow } = this;
    const next = lastRow + direction;
    if (next >= 0 && next < rows.length && rows.day(next) === day) return (this.lastRow = next);
    if (lastRow >= 0 && lastRow < rows.length && rows.day(lastRow) === day) return lastRow;
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((rows.day(mid) - day) * direction < 0) low = mid + 1;
      else high = mid;
    }
    if (low < rows.length && rows.day(low) === day) return (this.lastRow = low);
    return -1;
  }
}

/** A history held as objects (a handful, already exact), checked against the calendar. */
export function dailySeries<T>(
  observations: readonly Observation<T>[],
  calendar: SessionCalendar,
  kind: ValueKind<T>,
): DailySeries<T> {
  const scan = new RowScan(calendar);
  for (const observation of observations) scan.add(observation.day, observation.value !== undefined);
  const rows: PriceRows<T> = {
    length: observations.length,
    day: (i) => observations[i]!.day,
    traded: (i) => observations[i]!.value !== undefined,
    value: (i) => observations[i]!.value!,
    same: (i, j) => kind.same(observations[i]!.value!, observations[j]!.value!),
    where: (i) => observations[i]!.where,
  };
  return scannedSeries(rows, scan, kind);
}

/** A history whose rows `scan` has seen, in order, as they were read. */
export function scannedSeries<T>(rows: PriceRows<T>, scan: RowScan, kind: ValueKind<T>): DailySeries<T> {
  assert(rows.length > 0, messages.market.emptyHistory());
  assert(scan.count === rows.length, `The scan saw ${scan.count} rows of ${rows.length}.`);
  if (scan.direction !== 0) {
    // Strictly ordered, so no date repeats: the first misplaced value is the first fault.
    if (scan.misplaced >= 0) refuseValueOn(rows.day(scan.misplaced), rows.where(scan.misplaced), kind.name);
    const [firstDay, lastDay] =
      scan.direction > 0 ? [scan.firstRowDay, scan.lastRowDay] : [scan.lastRowDay, scan.firstRowDay];
    return new DailySeries(kind.name, firstDay, lastDay, rows, scan.direction);
  }
  // Any other order: one slot per calendar day of the span (20 years: ~7,300), sized by the data;
  // the widest span Excel's dates allow, 1900 to 9999, is ~3.7 million slots, still one allocation.
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    firstDay = Math.min(firstDay, rows.day(i));
    lastDay = Math.max(lastDay, rows.day(i));
  }
  const rowOnDay = new Int32Array(lastDay - firstDay + 1);
  for (let i = 0; i < rows.length; i++) {
    const day = rows.day(i);
    const earlier = rowOnDay[day - firstDay]! - 1;
    if (earlier >= 0) {
      const bothTraded = rows.traded(earlier) && rows.traded(i);
      if (!(bothTraded ? rows.same(earlier, i) : rows.traded(earlier) === rows.traded(i))) {
        invalid(
          messages.market.dateTwice(isoDate(day), rows.where(earlier), rows.where(i), kind.name, [
            show(rows, earlier, kind),
            show(rows, i, kind),
          ]),
        );
      }
      continue;
    }
    rowOnDay[day - firstDay] = i + 1;
    if (rows.traded(i) && scan.calendar.idleOn(day)) refuseValueOn(day, rows.where(i), kind.name);
  }
  return new DailySeries(kind.name, firstDay, lastDay, rows, 0, rowOnDay);
}

/** A value on a day without trading means the data is wrong: say which, and why. */
function refuseValueOn(day: DayNumber, where: string, name: string): never {
  const halt = TRADING_HALTS.get(day);
  if (halt) invalid(messages.market.valueOnHalt(where, isoDate(day), name, halt));
  return invalid(messages.market.valueOffSession(where, isoDate(day), name));
}

const show = <T>(rows: PriceRows<T>, i: number, kind: ValueKind<T>) =>
  rows.traded(i) ? kind.show(rows.value(i)) : "blank";
