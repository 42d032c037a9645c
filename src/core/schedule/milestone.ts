/**
 * One step of a statutory schedule: its dates, how a planned date is judged against them, where
 * the rule comes from, and a note stating the rule and any choice behind it. Steps have stable
 * English ids ("shareholder-notice", "meeting-dissolving"); labels are for people (labels.ts).
 */
import type { DayNumber } from "../calendar/dayNumber";
import type { Bilingual, Citation } from "./citation";

export type StepBase =
  | "record-date-notice"
  | "gazette-application"
  | "creditor-notice"
  | "creditor-individual-notices"
  | "creditor-objection-period"
  | "convocation"
  | "meeting"
  | "approval"
  | "delisting-designation"
  | "shareholder-notice"
  | "seller-notice"
  | "purchase-requests"
  | "rights-notice"
  | "rights-purchase-requests"
  | "simplified-objection"
  | "share-certificate-notice"
  | "prior-disclosure"
  | "last-trading-day"
  | "delisting"
  | "effective-date-change-notice"
  | "effective-date"
  | "acquisition-date"
  | "registration"
  | "price-petition"
  | "post-disclosure";

/** Which company a step belongs to, in the kind's own words. */
export type SideName = "dissolving" | "surviving" | "subsidiary" | "parent";

/**
 * How a planned date meets the step: "by" the latest day, "from" the earliest, "within" both,
 * "on" the one day.
 */
export type Limit = "by" | "from" | "within" | "on";

export interface Milestone {
  readonly step: string;
  readonly base: StepBase;
  readonly side?: SideName;
  /** The date, or a period's first day; undefined when it cannot be known (a record date not given). */
  readonly first?: DayNumber;
  /** A period's last day; undefined for a single date. */
  readonly last?: DayNumber;
  readonly limit: Limit;
  /** What a planned date is held against (with `limit`); may differ from the period shown. */
  readonly earliest?: DayNumber;
  readonly latest?: DayNumber;
  /** A planned date must be a day the registry is open (the Gazette is issued, a filing is taken). */
  readonly registryDay?: boolean;
  readonly citations: readonly Citation[];
  readonly note: Bilingual;
}
