/**
 * The ex-rights date (権利落ち日) of a record date (DOMAIN §7). A buyer is on the register on the
 * record date R when the trade has settled by R, and settlement counts sessions: S is the last
 * session on or before R (R may be a holiday); the last cum-rights day (権利付最終日) is the last
 * trade that settles by S, and the ex-date is the session after it.
 */
import { outOfBounds } from "../errors";
import { messages } from "../messages";
import { dayFromParts, isoDate, type DayNumber } from "./dayNumber";
import type { SessionCalendar } from "./sessions";

/**
 * The first trade date settled T+2: JPX shortened the cycle from T+3 for trades executed from
 * 2019-07-16. Trades of 2019-07-12 (T+3) and 07-16 (T+2) both settled on 07-18.
 */
export const T_PLUS_2_FROM: DayNumber = dayFromParts(2019, 7, 16)!;

export interface RightsDates {
  /** The last session whose trades settle by the record date. */
  readonly lastCumRights: DayNumber;
  /** The session after it: the first whose buyers are not on the register. */
  readonly exRights: DayNumber;
}

export function rightsDates(calendar: SessionCalendar, record: DayNumber, where: string): RightsDates {
  const settlement = calendar.indexOnOrBefore(record, where);
  // Try T+2; a trade found before the switch settled T+3, and so does every trade before it.
  let last = settlement - 2;
  if (last >= 0 && calendar.sessions[last]! < T_PLUS_2_FROM) last = settlement - 3;
  if (last < 0) {
    outOfBounds(
      where,
      record,
      messages.calendar.settlementBeforeFirst(where, isoDate(record), isoDate(calendar.sessions[0]!)),
    );
  }
  return { lastCumRights: calendar.sessions[last]!, exRights: calendar.sessions[last + 1]! };
}
