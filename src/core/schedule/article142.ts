/**
 * Which reading of Civil Code 142 runs a period on, and the sentence that says so on the sheet.
 * Art. 142 runs a period on past "a Sunday, a national holiday or another holiday" on which
 * business is customarily not done: narrowly, Sundays and national holidays; broadly, every day the
 * registry is closed (Saturdays and 29 Dec–3 Jan too). Practice reads it both ways, so unless one
 * reading is chosen each period takes the reading on its safe side:
 * - a period that must be over before a later step, that others have to act in (creditors'
 *   objections, purchase requests) or during which documents are kept: broadly, so it ends later
 *   and the notice that opens it is due earlier;
 * - a period within which the company itself must act (a share transfer's notice within 2 weeks
 *   after the meeting): narrowly, so the deadline is the earlier.
 */
import type { Bilingual } from "./citation";
import type { ScheduleOptions } from "./transaction";

/** "wait": a period to be waited out (or kept open); "act": a deadline to act within. */
export type PeriodUse = "wait" | "act";

export interface Article142Reading {
  readonly broad: boolean;
  /** Chosen in options rather than the period's safe side. */
  readonly chosen: boolean;
}

export function article142Reading(
  use: PeriodUse,
  options: Pick<ScheduleOptions, "narrowHolidays" | "broadHolidays">,
): Article142Reading {
  if (options.narrowHolidays) return { broad: false, chosen: true };
  if (options.broadHolidays) return { broad: true, chosen: true };
  return { broad: use === "wait", chosen: false };
}

export function article142Note(reading: Article142Reading): Bilingual {
  if (reading.chosen) {
    return reading.broad
      ? {
          en: "Civil Code 142 read broadly, as chosen: Saturdays and 29 Dec–3 Jan run a period on, as Sundays and national holidays do.",
          ja: "民法142条を広く解釈（指定による）：日曜・祝日に加え土曜日・12月29日〜1月3日も期間を延長。",
        }
      : {
          en: "Civil Code 142 read narrowly, as chosen: only Sundays and national holidays run a period on.",
          ja: "民法142条を狭く解釈（指定による）：日曜・祝日のみ期間を延長。",
        };
  }
  return reading.broad
    ? {
        en: "Civil Code 142 read broadly, the safe side: Saturdays and 29 Dec–3 Jan run the period on, as Sundays and national holidays do (the narrow reading is the option narrow holidays).",
        ja: "民法142条を広く解釈（安全側）：日曜・祝日に加え土曜日・12月29日〜1月3日も期間を延長（狭い解釈は options の narrow holidays）。",
      }
    : {
        en: "Civil Code 142 read narrowly, the safe side for a deadline: only Sundays and national holidays run it on (the broad reading is the option broad holidays).",
        ja: "民法142条を狭く解釈（期限として安全側）：日曜・祝日のみ延長（広い解釈は options の broad holidays）。",
      };
}
