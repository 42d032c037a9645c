/**
 * The TSE session calendar, after exchange_calendars: the sessions are computed once as a sorted
 * array of day numbers, and every question (is it a session, the session on or before a date, the
 * N sessions ending there, the sessions in a period, an offset) is index arithmetic on it.
 * Days outside the covered years are refused as out of bounds, never guessed.
 */
import { assert, outOfBounds } from "../errors";
import { messages } from "../messages";
import { FIRST_YEAR, LAST_YEAR, isYearEndClosure, nationalHolidaySet } from "./closures";
import { dayFromParts, isoDate, weekday, type DayNumber } from "./dayNumber";

/**
 * The covered years begin on day 0 (1970-01-01), so a day number indexes the day tables as it is:
 * a loop over a long column reads `dayKinds[day]` with no offset to load and subtract per row.
 */
const FIRST_DAY = 0;
assert(dayFromParts(FIRST_YEAR, 1, 1) === FIRST_DAY, "The calendar's day tables start on day 0, 1970-01-01.");
const LAST_DAY = dayFromParts(LAST_YEAR, 12, 31)!;
const COVERED = `${FIRST_YEAR}–${LAST_YEAR}`;

/**
 * Sessions on which nothing traded: still sessions (they count toward an N-session window), but
 * no close exists for them.
 */
export const TRADING_HALTS: ReadonlyMap<DayNumber, string> = new Map([
  [dayFromParts(2020, 10, 1)!, "all trading on the TSE was halted by a system failure"],
]);

/**
 * What a covered day is to the exchange, one byte per day in `SessionCalendar`'s day table;
 * TRADING is the least, so `idleOn` is one comparison.
 */
const TRADING = 0;
const CLOSED = 1;
const HALTED = 2;

/** A run of sessions: indices `start` … `end` inclusive (empty when start > end). */
export interface SessionSpan {
  readonly start: number;
  readonly end: number;
}

export class SessionCalendar {
  /*
   * Two tables over every covered day (indexed by the day number, ~29,600 days, built once per
   * calendar) so each question costs a read, not a binary search: a 20-year price history asks
   * one per row. `lastSession` holds the index of the last session on or before the day (−1 before
   * the first); `dayKinds` whether the day is closed, a session, or a session on which trading halted.
   */
  private readonly lastSession: Int32Array;
  /**
   * Public for a loop over a long column, which reads it into a local (a method call per row
   * measured slower than the reading): `dayKinds[day]` is 0 on a session with trading, above 0 on
   * a day without (closed, or halted); a day outside the years reads undefined.
   */
  readonly dayKinds: Readonly<Uint8Array>;

  constructor(readonly sessions: Int32Array) {
    this.lastSession = new Int32Array(LAST_DAY + 1);
    const kinds = new Uint8Array(LAST_DAY + 1).fill(CLOSED);
    this.dayKinds = kinds;
    let next = 0;
    for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
      if (sessions[next] === day) {
        kinds[day] = TRADING_HALTS.has(day) ? HALTED : TRADING;
        next++;
      }
      this.lastSession[day] = next - 1;
    }
  }

  /** The count of sessions on or before a covered day. */
  private upTo(day: DayNumber): number {
    return this.lastSession[day]! + 1;
  }

  covers(day: DayNumber): boolean {
    return day >= FIRST_DAY && day <= LAST_DAY;
  }

  /** Refuses a day outside the covered years: the holiday data says nothing about it. */
  requireCovered(day: DayNumber, where: string): void {
    if (!this.covers(day)) {
      outOfBounds(where, day, messages.calendar.outOfBounds(where, isoDate(day), COVERED));
    }
  }

  isSession(day: DayNumber, where: string): boolean {
    this.requireCovered(day, where);
    return this.dayKinds[day] !== CLOSED;
  }

  /**
   * Whether a covered day is one without trading (closed, or halted), so a price dated that day
   * means the data is wrong; false outside the years, which the calendar cannot judge. Asked once
   * per row of a price history: one read of the day table.
   */
  idleOn(day: DayNumber): boolean {
    // A day outside the table reads undefined, and undefined > TRADING is false.
    return this.dayKinds[day]! > TRADING;
  }

  /** The index of the session on `day`, or of the last session before it. */
  indexOnOrBefore(day: DayNumber, where: string): number {
    this.requireCovered(day, where);
    const i = this.upTo(day) - 1;
    if (i < 0) outOfBounds(where, day, messages.calendar.noSessionOnOrBefore(where, isoDate(day), COVERED));
    return i;
  }

  /** The `count` sessions ending on `day` or on the last session before it. */
  sessionsEnding(day: DayNumber, count: number, where: string): SessionSpan {
    assert(Number.isInteger(count) && count >= 1, messages.calendar.notSessionCount(where));
    const end = this.indexOnOrBefore(day, where);
    const start = end - count + 1;
    if (start < 0) {
      outOfBounds(
        where,
        day,
        messages.calendar.sessionsBeforeFirst(
          where,
          count,
          isoDate(this.sessions[end]!),
          -start,
          isoDate(this.sessions[0]!),
          COVERED,
        ),
      );
    }
    return { start, end };
  }

  /** The sessions after `after` up to and including `through`: the days in (after, through]. */
  sessionsBetween(after: DayNumber, through: DayNumber, where: string): SessionSpan {
    this.requireCovered(after, where);
    this.requireCovered(through, where);
    return { start: this.upTo(after), end: this.upTo(through) - 1 };
  }

  /**
   * Like Excel's WORKDAY: the nth session after `day` (n > 0) or before it (n < 0), `day` itself
   * not counted whether or not it is a session; n = 0 gives `day` back. `countWhere` names n in
   * messages, `where` the day.
   */
  offset(day: DayNumber, n: number, where: string, countWhere = where): DayNumber {
    assert(Number.isInteger(n), messages.calendar.notWholeOffset(countWhere));
    this.requireCovered(day, where);
    if (n === 0) return day;
    const after = this.upTo(day); // first session later than day
    const target = n > 0 ? after + n - 1 : after - (this.sessions[after - 1] === day ? 1 : 0) + n;
    if (target < 0 || target >= this.sessions.length) {
      outOfBounds(
        countWhere,
        day,
        messages.calendar.offsetOutside(countWhere, Math.abs(n), n > 0 ? "after" : "before", isoDate(day), COVERED),
      );
    }
    return this.sessions[target]!;
  }

  /** The session days of a span, in order. */
  days(span: SessionSpan): DayNumber[] {
    const days: DayNumber[] = [];
    for (let i = span.start; i <= span.end; i++) days.push(this.sessions[i]!);
    return days;
  }
}

function computeSessions(closed: ReadonlySet<DayNumber>): Int32Array {
  const sessions: DayNumber[] = [];
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    const dow = weekday(day);
    if (dow === 0 || dow === 6 || closed.has(day) || isYearEndClosure(day)) continue;
    sessions.push(day);
  }
  return Int32Array.from(sessions);
}

let standard: SessionCalendar | undefined;
// Users' own closed dates make a calendar of their own; a sheet tends to repeat the same list.
const withUserClosures = new Map<string, SessionCalendar>();
const KEPT_USER_CALENDARS = 8;

/** The TSE calendar, less any closed dates of the user's own. */
export function tseCalendar(userClosedDays: readonly DayNumber[] = []): SessionCalendar {
  standard ??= new SessionCalendar(computeSessions(nationalHolidaySet()));
  // Most calls give no closed dates: no set, no sort, no key to build.
  if (userClosedDays.length === 0) return standard;
  const extra = [...new Set(userClosedDays)].sort((a, b) => a - b);
  if (extra.length === 0) return standard;
  const key = extra.join(",");
  let calendar = withUserClosures.get(key);
  if (!calendar) {
    const closed = new Set(extra);
    calendar = new SessionCalendar(standard.sessions.filter((day) => !closed.has(day)));
    if (withUserClosures.size >= KEPT_USER_CALENDARS) withUserClosures.delete(withUserClosures.keys().next().value!);
    withUserClosures.set(key, calendar);
  }
  return calendar;
}
