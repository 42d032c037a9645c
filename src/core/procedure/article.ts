/**
 * Which article grants the simplified merger: the 2014 amendment of the Companies Act, in force
 * from 2015-05-01, moved it from CA 796(3) to 796(2). A disclosure cites the one in force on the
 * effective date (the 2013 example, effective 2014-01-01, cites 796(3)).
 */
import { dayFromParts, isoDate, type DayNumber } from "../calendar/dayNumber";
import { notAvailable } from "../errors";
import { messages } from "../messages";

/** The Companies Act came into force on 2006-05-01; mergers before it fell under the Commercial Code. */
export const COMPANIES_ACT_IN_FORCE: DayNumber = dayFromParts(2006, 5, 1)!;
const AMENDMENT_IN_FORCE: DayNumber = dayFromParts(2015, 5, 1)!;

export function simplifiedMergerArticle(effectiveDay: DayNumber, where = "effective date"): "CA 796(2)" | "CA 796(3)" {
  if (effectiveDay < COMPANIES_ACT_IN_FORCE) {
    notAvailable(messages.procedure.beforeCompaniesAct(where, isoDate(effectiveDay)));
  }
  return effectiveDay < AMENDMENT_IN_FORCE ? "CA 796(3)" : "CA 796(2)";
}

/** Short-form for the dissolving company: the same article before and after the amendment. */
export const SHORT_FORM_ARTICLE = "CA 784(1)";

/** An article as Japanese filings cite it: "CA 796(3)" → "会社法796条3項", "CA 234" → "会社法234条". */
export function japaneseCitation(article: string): string {
  const m = /^CA (\d+)(?:\((\d+)\))?$/.exec(article);
  if (!m) return article;
  return `会社法${m[1]}条${m[2] ? `${m[2]}項` : ""}`;
}
