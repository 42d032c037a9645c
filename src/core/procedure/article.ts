/**
 * Which article grants the simplified merger: the 2014 amendment of the Companies Act, in force
 * from 2015-05-01, moved it from CA 796(3) to 796(2). A disclosure cites the one in force on the
 * effective date (the 2013 example, effective 2014-01-01, cites 796(3)).
 */
import { dayFromParts, type DayNumber } from "../calendar/dayNumber";

const AMENDMENT_IN_FORCE: DayNumber = dayFromParts(2015, 5, 1)!;

export function simplifiedMergerArticle(effectiveDay: DayNumber): "CA 796(2)" | "CA 796(3)" {
  return effectiveDay < AMENDMENT_IN_FORCE ? "CA 796(3)" : "CA 796(2)";
}

/** Short-form for the dissolving company: the same article before and after the amendment. */
export const SHORT_FORM_ARTICLE = "CA 784(1)";
