/**
 * The transaction a schedule is drawn for, and what changes it. Each switch that rests on
 * practice or commentary rather than the statute's text says so, and the schedule states it.
 */
import type { DayNumber } from "../calendar/dayNumber";
import { invalid } from "../errors";
import { messages } from "../messages";

export type TransactionKind =
  "merger" | "share exchange" | "share transfer" | "share consolidation" | "demand for sale";
export const TRANSACTION_KINDS: readonly TransactionKind[] = [
  "merger",
  "share exchange",
  "share transfer",
  "share consolidation",
  "demand for sale",
];

/** The two steps of a cash squeeze-out (CA 180–182-6, 179–179-10): one company, no counterparty. */
export const isSqueezeOut = (kind: TransactionKind): boolean =>
  kind === "share consolidation" || kind === "demand for sale";

/**
 * The two sides of an absorption-type transaction: the company that is acquired (the dissolving
 * company of a merger, the subsidiary of a share exchange) and the one acquiring it (surviving
 * company, parent). A joint share transfer has only transferring companies: "acquired" stands for each.
 */
export type Side = "acquired" | "acquiring";

export interface ScheduleOptions {
  /** The acquired side holds no meeting: the acquirer holds ≥ 9/10 of its votes (CA 784(1)). */
  readonly shortForm: boolean;
  /** The acquiring side holds no meeting: the acquired company holds ≥ 9/10 of its votes (CA 796(1)). */
  readonly shortFormAcquiring: boolean;
  /** The acquiring side holds no meeting: a simplified transaction (CA 796(2); 796(3) before 2015-05-01). */
  readonly simplified: boolean;
  /** The acquired company (in a share transfer, a transferring company) is listed on the TSE. */
  readonly listed: boolean;
  /** Creditors get a second public notice (daily newspaper or electronic) instead of individual notices (CA 789(3), 799(3)). */
  readonly doublePublicNotice: boolean;
  /** Whether the creditor objection procedure runs: always for a merger; a share exchange or transfer only in the cases of CA 789(1)(iii), 799(1)(iii), 810. */
  readonly creditorProtection: boolean;
  /** The acquired company has stock acquisition rights: their holders get the 20-day notice (CA 787(3), 808(3)). */
  readonly rights: boolean;
  /** Meeting dates, when already fixed; otherwise the schedule shows the latest. */
  readonly meetingAcquired?: DayNumber;
  readonly meetingAcquiring?: DayNumber;
  /** A record date for the meeting; its public notice is due 2 clear weeks before (CA 124(3)). */
  readonly recordDate?: DayNumber;
  /**
   * Periods counted from the effective date (registration 2 weeks, post disclosure 6 months)
   * count that day itself: the transaction takes effect at midnight, so the proviso of Civil Code
   * 140 applies. False counts from the next day, as for any other event. Unset, each period takes
   * its safe side: registration counts E (the earlier deadline: a late filing is fined, CA 976(1)),
   * post disclosure does not (documents kept to the later end).
   */
  readonly effectiveDayCounted?: boolean;
  /** Days between applying for the Gazette notice and its publication (about 1 week to 1 month: verify). */
  readonly gazetteLeadDays?: number;
  /** TSE sessions between delisting and E, overriding the T+2 practice (verify); the last trading day is one before. */
  readonly delistingSessions?: number;
  /**
   * One reading of Civil Code 142 for every period, instead of each period's safe side
   * (article142.ts): narrowly, only Sundays and national holidays make a period run on; broadly,
   * Saturdays and 29 Dec–3 Jan as well (commentary).
   */
  readonly narrowHolidays: boolean;
  readonly broadHolidays: boolean;
  /** The acquired company issues share certificates (株券発行会社): the one-month notice to submit them (CA 219(1)). */
  readonly shareCertificates: boolean;
  /**
   * A share consolidation whose ratio leaves no fraction of the share unit (a 10-to-1 with the unit
   * going from 1,000 to 100): CA 182-2 to 182-6 do not apply (182-2(1)), so the notice is 2 weeks
   * before E (181(1)) and there are no purchase requests, price petition or disclosure. Unset, they
   * apply: the earlier notice and every period, the safe side.
   */
  readonly wholeUnits: boolean;
  /** The target of a demand for sale is not a public company: its documents are kept 1 year, not 6 months (CA 179-5(1), 179-10(2)). */
  readonly nonPublic: boolean;
}

export const DEFAULT_OPTIONS: ScheduleOptions = {
  shortForm: false,
  shortFormAcquiring: false,
  simplified: false,
  listed: false,
  doublePublicNotice: false,
  creditorProtection: true,
  rights: false,
  narrowHolidays: false,
  broadHolidays: false,
  shareCertificates: false,
  wholeUnits: false,
  nonPublic: false,
};

/** The options a kind defaults to: creditor protection is the rule only for a merger. */
export const defaultOptions = (kind: TransactionKind): ScheduleOptions => ({
  ...DEFAULT_OPTIONS,
  creditorProtection: kind === "merger",
});

/** The switches of a merger, share exchange or transfer that a squeeze-out, one company's own act, has no use for. */
const NOT_FOR_SQUEEZE_OUT = [
  "shortForm",
  "shortFormAcquiring",
  "simplified",
  "doublePublicNotice",
  "creditorProtection",
  "rights",
  "meetingAcquiring",
  "gazetteLeadDays",
] as const;

/** Refuses a switch that has no meaning for the kind, rather than ignore it. */
export function checkOptions(kind: TransactionKind, options: ScheduleOptions): void {
  if (isSqueezeOut(kind)) {
    const foreign = NOT_FOR_SQUEEZE_OUT.find((key) => options[key] !== undefined && options[key] !== false);
    if (foreign) {
      invalid(
        `options: a ${kind} is the company's own act, with no counterparty, creditor procedure or short-form or simplified route; remove "${foreign}".`,
      );
    }
    if (kind === "demand for sale" && (options.meetingAcquired !== undefined || options.recordDate !== undefined)) {
      invalid(
        "options: a demand for sale needs no shareholders' meeting (the company's board approves it, CA 179-3); remove the meeting and record date.",
      );
    }
    if (kind === "demand for sale" && options.wholeUnits) {
      invalid('options: "whole units" concerns a share consolidation (CA 182-2(1)); remove it for a demand for sale.');
    }
    if (kind === "share consolidation" && options.nonPublic) {
      invalid(
        'options: "non-public" concerns the documents of a demand for sale (CA 179-5); remove it for a share consolidation.',
      );
    }
  } else if (options.wholeUnits || options.nonPublic) {
    invalid(
      `options: "${options.wholeUnits ? "whole units" : "non-public"}" concerns a squeeze-out; remove it for a ${kind}.`,
    );
  }
  if (kind === "merger" && !options.creditorProtection) {
    invalid(messages.schedule.mergerWithoutCreditors());
  }
  if (kind === "share transfer") {
    const absorbing = (["shortForm", "shortFormAcquiring", "simplified"] as const).find((key) => options[key]);
    if (absorbing) {
      invalid(messages.schedule.transferNotAbsorbing(absorbing));
    }
    if (options.meetingAcquiring !== undefined) {
      invalid(messages.schedule.transferOneMeeting());
    }
  }
  if (options.narrowHolidays && options.broadHolidays) {
    invalid(
      "options: Civil Code 142 is read either narrowly or broadly, not both: keep one (or neither, for each period's safe side).",
    );
  }
  if (options.simplified && options.shortFormAcquiring) {
    invalid(messages.schedule.shortFormOrSimplified());
  }
}
