/**
 * The latest day an event can happen so that the period it starts (counted forward, Civil Code
 * 140–143, run on under 142) is over before a deadline day: the latest Gazette notice for a
 * one-month creditor objection period ending before E (CA 789(2), 799(2)), say. Only days on
 * which the event can happen at all (`possibleOn`: the Gazette is issued) are tried; a period's
 * end never comes earlier for a later event, so the first day found going back is the latest.
 */
import { isoDate, type DayNumber } from "../calendar/dayNumber";
import { notAvailable } from "../errors";
import { messages } from "../messages";
import { periodEnd, type PeriodLength } from "./periodEnd";
import { runOn } from "./runOn";

export function latestStartEndingBefore(
  deadline: DayNumber,
  length: PeriodLength,
  isHoliday: (day: DayNumber) => boolean,
  possibleOn: (day: DayNumber) => boolean,
): { event: DayNumber; lastDay: DayNumber } {
  // A month is at most 31 days and a run of closed days is short: a year back is far beyond enough.
  for (let event = deadline - 1; event > deadline - 400; event--) {
    if (!possibleOn(event)) continue;
    const end = periodEnd(event, length);
    // Running on only moves the end later: an end not before the deadline needs no holiday looked
    // up (looking would ask the holiday data about days the schedule never reaches).
    if (end >= deadline) continue;
    const lastDay = runOn(end, isHoliday);
    if (lastDay < deadline) return { event, lastDay };
  }
  return notAvailable(messages.schedule.noLatestStart(isoDate(deadline)));
}
