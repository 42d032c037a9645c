/**
 * A planned date held against its statutory step: whether it meets the limit and by how many days
 * (negative: how many days it misses by). A step that must fall on a day the registry is open
 * (a Gazette notice, a filing) fails on a closed day, whatever its margin.
 */
import type { DayNumber } from "../calendar/dayNumber";
import type { Bilingual } from "./citation";
import { isRegistryClosed } from "./closedDays";
import type { Milestone } from "./milestone";

export interface PlannedCheck {
  readonly meets: boolean;
  /** Days to spare before the limit is reached; negative when it is missed. */
  readonly spare: number;
  readonly note?: Bilingual;
}

export function checkPlanned(step: Milestone, planned: DayNumber, where: string): PlannedCheck {
  const afterEarliest = step.earliest === undefined ? Infinity : planned - step.earliest;
  const beforeLatest = step.latest === undefined ? Infinity : step.latest - planned;
  const spare = step.limit === "on" ? -Math.abs(planned - step.earliest!) : Math.min(afterEarliest, beforeLatest);
  if (step.registryDay && isRegistryClosed(planned, where)) {
    return {
      meets: false,
      spare,
      note: {
        en: "The registry is closed that day (no Gazette, no filing): weekend, national holiday or 29 Dec–3 Jan.",
        ja: "法務局の閉庁日（官報の発行・登記申請なし）：土日祝日・12月29日〜1月3日。",
      },
    };
  }
  return { meets: spare >= 0, spare };
}
