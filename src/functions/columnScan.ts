/**
 * The fast reader of a price history: one column of dates beside one column of amounts (a
 * company's closes), as nearly every AVG_CLOSE_30 and MARKET_RATIO call passes them. A ColumnPass
 * (./rangeRows): it reads the common shape in a loop of locals, a stretch of rows a call, and
 * declines anything else, for RangeRows' general pass to read again from the start with its
 * messages in their order.
 *
 * What it may assume, and nothing more:
 * - `dates` and `amounts` are arrays of arrays (Excel's ranges, or a caller's); their cells may be
 *   anything, their rows of any length: each is checked.
 * - The calendar's `dayKinds` is indexed by the day number itself (day 0 is 1970-01-01) and reads
 *   0 on a session with trading, above 0 on a day without, undefined outside its years.
 * What it must do:
 * - Accept exactly when every row of both ranges is one cell, every date a number that
 *   `isCommonSerial` accepts (1900-03-01 … 9999-12-31, a time of day dropped), and every amount
 *   blank (null), 0 or a finite number above 0 (`isPositiveFinite`, the general pass's own test).
 * - Then tell `scan` (RowScan.seen) what RowScan.add, row by row, would have: the count, whether
 *   the days rise or fall strictly, the first row with an amount on a day without trading, and
 *   the first and last row's day. Otherwise answer false having told it nothing. Never throw.
 * test/functions/columnScan.test.ts holds it to the general pass on seeded random histories.
 */
import { commonSerialDay, isCommonSerial, serialDay } from "../core/calendar/dayNumber";
import { type SessionCalendar } from "../core/calendar/sessions";
import { type RowScan } from "../core/market/dailySeries";
import { type Cell } from "./cells";
import { isPositiveFinite } from "./rangeRows";

/**
 * Each check per cell costs about as much as the reading (`npm run bench` holds AVG_CLOSE_30 to
 * under two bare passes over the two columns), so the loop is written for V8, each choice
 * measured: two rows a turn (their reads overlap: ~0.15 pass less than one row a turn, though V8
 * now and then compiles it worse); days kept as integers (a day that may be undefined is held
 * boxed); the calendar's day table in a local, indexed by the day itself (a method call, or an
 * offset, per row cost ~0.1 pass each); an amount on a day without trading ORed in, its row found
 * after the loop; the direction as two counts.
 */
export function scanColumn(dates: Cell[][], amounts: Cell[][], scan: RowScan): boolean {
  const count = dates.length;
  if (count === 0 || amounts.length !== count) return false;
  const first = dates[0]![0];
  if (typeof first !== "number" || !isCommonSerial(first)) return false;
  const firstDay = commonSerialDay(first);
  // Row 0 is compared with itself: a day equal to the one before is neither a rise nor a fall, so
  // the dates rise strictly when all count − 1 steps are rises.
  const tally: Tally = { previous: firstDay, rises: 0, falls: 0, idle: 0 };
  const { dayKinds } = scan.calendar;
  for (let from = 0; from < count; from += STRETCH) {
    if (!scanStretch(dates, amounts, from, Math.min(from + STRETCH, count), dayKinds, tally)) return false;
  }
  const { previous, rises, falls, idle } = tally;
  const misplaced = idle === 0 ? -1 : firstMisplaced(dates, amounts, scan.calendar);
  scan.seen(count, rises === count - 1, falls === count - 1, misplaced, firstDay, previous);
  return true;
}

/** What the loop has counted so far: the last day read, the steps up and down, the ORed day kinds. */
interface Tally {
  previous: number;
  rises: number;
  falls: number;
  idle: number;
}

/**
 * Rows read per call of the loop (even: rows are read in pairs). A loop over the whole column, run
 * once per call, is compiled by V8 on the fly (on-stack replacement); when a call then met rows
 * of another kind (whole yen after closes with a tenth), V8 dropped that code and in measurement
 * never compiled the loop again, leaving it ~2.5× slower. Called ~20 times a column, the loop is
 * compiled as a function and recompiled as one.
 */
const STRETCH = 256;

/** Rows from … to − 1 into `tally`; false at the first cell the scan does not read. */
function scanStretch(
  dates: Cell[][],
  amounts: Cell[][],
  from: number,
  to: number,
  dayKinds: Readonly<Uint8Array>,
  tally: Tally,
): boolean {
  let { previous, rises, falls, idle } = tally;
  for (let r = from; r < to; r += 2) {
    // Rows r and s = r + 1; with an odd count the last row is paired with itself: read twice,
    // its step to itself an equal day, which counts as neither a rise nor a fall.
    const s = r + 1 < to ? r + 1 : r;
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
    // An amount, or no trade (blank, or 0). A day outside the table reads undefined, which ORs in
    // as 0: the calendar cannot judge it.
    const value = amountRow[0];
    const nextValue = nextAmountRow[0];
    if (typeof value === "number") {
      if (isPositiveFinite(value)) idle |= dayKinds[day]!;
      else if (value !== 0) return false;
    } else if (value !== null) return false;
    if (typeof nextValue === "number") {
      if (isPositiveFinite(nextValue)) idle |= dayKinds[nextDay]!;
      else if (nextValue !== 0) return false;
    } else if (nextValue !== null) return false;
    if (day > previous) rises++;
    else if (day < previous) falls++;
    if (nextDay > day) rises++;
    else if (nextDay < day) falls++;
    previous = nextDay;
  }
  tally.previous = previous;
  tally.rises = rises;
  tally.falls = falls;
  tally.idle = idle;
  return true;
}

/** The first row `scanColumn` read with an amount on a day without trading. */
function firstMisplaced(dates: Cell[][], amounts: Cell[][], calendar: SessionCalendar): number {
  return dates.findIndex((row, r) => {
    const value = amounts[r]![0];
    return value !== null && value !== 0 && calendar.idleOn(serialDay(row[0] as number)!);
  });
}
