/**
 * Every step's "latest" date (what SCHEDULE_CHECK holds a planned date against) is that step's own
 * legal limit, worked out here from its article with the day-by-day oracle, for each transaction
 * (the squeeze-out's share consolidation and demand for sale too), with every optional step
 * switched on, with and without meeting dates.
 */
import { dayFromParts, isoDate, type DayNumber } from "../../../src/core/calendar/dayNumber";
import { drawSchedule } from "../../../src/core/schedule/drawSchedule";
import type { Milestone, StepBase } from "../../../src/core/schedule/milestone";
import { defaultOptions, type ScheduleOptions, type TransactionKind } from "../../../src/core/schedule/transaction";
import { oracleArticle142, oracleEnd, oracleHoliday, oracleRegistryClosed, oracleRunOn, toDate } from "./oracle";

const day = (iso: string): DayNumber => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromParts(y!, m!, d!)!;
};

interface Case {
  readonly kind: TransactionKind;
  readonly effective: DayNumber;
  readonly options: ScheduleOptions;
}

/** Art. 142 on its safe side: a period waited out runs on broadly, a deadline to act by narrowly. */
const waited = (c: Case) => (d: number) => oracleArticle142(d, !c.options.narrowHolidays);
const acted = (c: Case) => (d: number) => oracleArticle142(d, c.options.broadHolidays);

/** The latest day, going back from E, on which `ok` holds. */
function latestBefore(effective: number, ok: (d: number) => boolean): number {
  for (let d = effective - 1; ; d--) if (ok(d)) return d;
}

/** The latest notice leaving a whole period, run on as given, before E. */
const leaving = (c: Case, count: number, unit: "day" | "month", holiday: (d: number) => boolean, open = false) =>
  latestBefore(
    c.effective,
    (d) => (!open || !oracleRegistryClosed(d)) && oracleRunOn(oracleEnd(d, count, unit), holiday) < c.effective,
  );

const transfer = (c: Case) => c.kind === "share transfer";
const consolidation = (c: Case) => c.kind === "share consolidation";
const demand = (c: Case) => c.kind === "demand for sale";
/** CA 181(1) read with 182-4(3), 179-4(1): 20 days before E; 181(1) alone (whole units): 2 weeks. */
const squeezeNotice = (c: Case) => c.effective - (c.options.wholeUnits ? 15 : 21);
const acquiring = (step: Milestone) => step.side === "surviving" || step.side === "parent";
/** The side's meeting: the date given, else its latest (CA 783(1), 795(1); 806(3) for a share transfer); none if not held. */
function meetingOf(c: Case, acquiringSide = false): number | undefined {
  const { options } = c;
  if (acquiringSide) {
    if (options.shortFormAcquiring || options.simplified) return undefined;
    return options.meetingAcquiring ?? c.effective - 1;
  }
  if (options.shortForm) return undefined;
  // A consolidation's notice states what its meeting resolved (CA 181(1)): the meeting comes by the notice.
  return (
    options.meetingAcquired ??
    (transfer(c) ? transferNoticeForE(c) : consolidation(c) ? squeezeNotice(c) : c.effective - 1)
  );
}
/** CA 806(3)–(5), 925: the notice leaves 20 days of purchase requests before E. */
const transferNoticeForE = (c: Case) => leaving(c, 20, "day", waited(c));
/** CA 785(3), 797(3): 20 days before E; CA 806(3): within 2 weeks after the meeting, and in time for E. */
const notice = (c: Case) =>
  consolidation(c) || demand(c)
    ? squeezeNotice(c)
    : transfer(c)
      ? Math.min(transferNoticeForE(c), oracleRunOn(oracleEnd(meetingOf(c)!, 2, "week"), acted(c)))
      : c.effective - 21;
/** CA 789(2), 799(2), 810(2): a month of objections, from the day after a Gazette notice, over before E. */
const gazette = (c: Case) => leaving(c, 1, "month", waited(c), true);
/** TSE sessions: no weekends, holidays, 31 Dec or 1–3 Jan. */
const tseClosed = (d: number) => {
  const date = toDate(d);
  const [m, dd, dow] = [date.getUTCMonth(), date.getUTCDate(), date.getUTCDay()];
  return dow === 0 || dow === 6 || oracleHoliday(d) || (m === 11 && dd === 31) || (m === 0 && dd <= 3);
};
const sessionsBefore = (effective: number, n: number) => {
  let d = effective;
  for (let k = 0; k < n; k++)
    do d--;
    while (tseClosed(d));
  return d;
};

/** Each step's limit from its article; undefined where the step has none (post disclosure runs "from"). */
const ARTICLE: Record<StepBase, (c: Case, step: Milestone) => number | undefined> = {
  // CA 124(3): public notice 2 weeks before the record date.
  "record-date-notice": (c) => (c.options.recordDate === undefined ? undefined : c.options.recordDate - 15),
  // Practice: the lead time given, back to an open day.
  "gazette-application": (c) => {
    let d = gazette(c) - c.options.gazetteLeadDays!;
    while (oracleRegistryClosed(d)) d--;
    return d;
  },
  "creditor-notice": gazette,
  "creditor-individual-notices": (c) => leaving(c, 1, "month", waited(c)),
  "creditor-objection-period": (c) => c.effective - 1,
  // CA 299(1): sent 2 weeks before the meeting.
  convocation: (c, step) => meetingOf(c, acquiring(step))! - 15,
  // CA 783(1), 795(1): approval by the day before E; a share transfer's by the last notice E allows;
  // a consolidation's by the notice of what it resolved (CA 181(1)).
  meeting: (c) => (transfer(c) ? transferNoticeForE(c) : consolidation(c) ? notice(c) : c.effective - 1),
  // CA 179-3(1), 179-4(1): the approval is what the notice 20 days before the acquisition date tells.
  approval: notice,
  // TSE practice: designated from the meeting or the approval.
  "delisting-designation": (c) => (demand(c) ? notice(c) : meetingOf(c)),
  "shareholder-notice": notice,
  // CA 179-4(1): 20 days before the acquisition date.
  "seller-notice": notice,
  // CA 787(3), 808(3): the same as the shareholders'.
  "rights-notice": notice,
  // CA 785(5), 797(5): to the day before E; CA 806(5): 20 days from the notice.
  "purchase-requests": (c) => (transfer(c) ? oracleRunOn(oracleEnd(notice(c), 20, "day"), waited(c)) : c.effective - 1),
  "rights-purchase-requests": (c) =>
    transfer(c) ? oracleRunOn(oracleEnd(notice(c), 20, "day"), waited(c)) : c.effective - 1,
  // CA 796(3) (796(4) before 2015-05-01): 2 weeks from the notice.
  "simplified-objection": (c) => oracleRunOn(oracleEnd(notice(c), 2, "week"), waited(c)),
  // CA 219(1): a month before E, never moved for a holiday; on a day the Gazette is issued.
  "share-certificate-notice": (c) =>
    latestBefore(c.effective, (d) => !oracleRegistryClosed(d) && oracleEnd(d, 1, "month") < c.effective),
  // CA 782(2), 794(2), 803(2): the earliest of the days that open it.
  "prior-disclosure": (c, step) => {
    const meeting = meetingOf(c, acquiring(step));
    return Math.min(
      notice(c),
      ...(c.options.creditorProtection ? [gazette(c)] : []),
      ...(meeting === undefined ? [] : [meeting - 14]),
    );
  },
  // TSE practice: 3 and 2 sessions before E since T+2 (2019-07-16), 4 and 3 before.
  "last-trading-day": (c) => sessionsBefore(c.effective, c.effective > day("2019-07-19") ? 3 : 4),
  delisting: (c) => sessionsBefore(c.effective, c.effective > day("2019-07-19") ? 2 : 3),
  // CA 790(2): by the day before the old E.
  "effective-date-change-notice": (c) => c.effective - 1,
  "effective-date": (c) => c.effective,
  // CA 179-9(1): the acquisition date itself.
  "acquisition-date": (c) => c.effective,
  // CA 179-8(1): to the day before the acquisition date; CA 182-5(2): 30 days after the 30 days
  // after E, both waited out (E not counted, run on broadly: the later end).
  "price-petition": (c) =>
    demand(c)
      ? c.effective - 1
      : oracleRunOn(oracleEnd(oracleRunOn(oracleEnd(c.effective, 30, "day"), waited(c)), 30, "day"), waited(c)),
  // CA 921, 915(1): 2 weeks counting E (the earlier), a closed last day to the next open day; a share transfer is filed on E.
  registration: (c) =>
    transfer(c) ? c.effective : oracleRunOn(oracleEnd(c.effective, 2, "week", true), oracleRegistryClosed),
  "post-disclosure": () => undefined,
};

const everything = (kind: TransactionKind, more: Partial<ScheduleOptions>): ScheduleOptions => ({
  ...defaultOptions(kind),
  listed: true,
  rights: true,
  creditorProtection: true,
  shareCertificates: true,
  gazetteLeadDays: 10,
  ...more,
});

/** Every switch a squeeze-out takes. */
const squeezeOut = (kind: TransactionKind, more: Partial<ScheduleOptions>): ScheduleOptions => ({
  ...defaultOptions(kind),
  listed: true,
  shareCertificates: true,
  ...more,
});

const CASES: [string, Case][] = [
  [
    "merger, latest meetings",
    { kind: "merger", effective: day("2024-10-01"), options: everything("merger", { recordDate: day("2024-07-31") }) },
  ],
  [
    "merger, meeting given, narrow reading",
    {
      kind: "merger",
      effective: day("2014-01-01"),
      options: everything("merger", {
        meetingAcquired: day("2013-11-20"),
        simplified: true,
        recordDate: day("2013-09-30"),
        narrowHolidays: true,
      }),
    },
  ],
  [
    "merger, short-form and simplified",
    {
      kind: "merger",
      effective: day("2014-01-01"),
      options: everything("merger", { shortForm: true, simplified: true }),
    },
  ],
  [
    "share exchange, meeting given",
    {
      kind: "share exchange",
      effective: day("2024-10-01"),
      options: everything("share exchange", {
        meetingAcquired: day("2024-06-25"),
        simplified: true,
        recordDate: day("2024-03-31"),
      }),
    },
  ],
  [
    "share transfer, meeting given",
    {
      kind: "share transfer",
      effective: day("2024-10-01"),
      options: everything("share transfer", { meetingAcquired: day("2024-06-25"), recordDate: day("2024-03-31") }),
    },
  ],
  [
    "share transfer, latest meeting",
    { kind: "share transfer", effective: day("2024-10-01"), options: everything("share transfer", {}) },
  ],
  [
    "share transfer, a Saturday meeting, broad reading",
    {
      kind: "share transfer",
      effective: day("2025-04-01"),
      options: everything("share transfer", { meetingAcquired: day("2025-01-25"), broadHolidays: true }),
    },
  ],
  [
    // The 30 days after E end on Sunday 2024-01-21, run on to Monday: the petition window follows.
    "share consolidation, latest meeting",
    { kind: "share consolidation", effective: day("2023-12-22"), options: squeezeOut("share consolidation", {}) },
  ],
  [
    "share consolidation, meeting and record date given, narrow reading",
    {
      kind: "share consolidation",
      effective: day("2023-12-22"),
      options: squeezeOut("share consolidation", {
        meetingAcquired: day("2023-11-22"),
        recordDate: day("2023-09-30"),
        narrowHolidays: true,
      }),
    },
  ],
  [
    "share consolidation leaving whole units",
    {
      kind: "share consolidation",
      effective: day("2017-10-01"),
      options: squeezeOut("share consolidation", { wholeUnits: true, recordDate: day("2017-03-31") }),
    },
  ],
  [
    "demand for sale, listed",
    { kind: "demand for sale", effective: day("2024-03-29"), options: squeezeOut("demand for sale", {}) },
  ],
  [
    "demand for sale, a non-public company, broad reading",
    {
      kind: "demand for sale",
      effective: day("2025-01-06"),
      options: squeezeOut("demand for sale", { listed: false, nonPublic: true, broadHolidays: true }),
    },
  ],
];

describe.each(CASES)("%s", (_name, c) => {
  const steps = drawSchedule(c.effective, c.kind, c.options);
  test.each(steps.map((step) => [step.step, step] as const))("%s: latest as its article gives it", (_id, step) => {
    const expected = ARTICLE[step.base](c, step);
    expect(step.latest === undefined ? undefined : isoDate(step.latest)).toBe(
      expected === undefined ? undefined : isoDate(expected),
    );
  });
});

test("the share transfer's meeting on 2024-06-25 is due by the latest notice E 2024-10-01 allows, not its own notice's deadline", () => {
  const latest = (options: Partial<ScheduleOptions>) =>
    isoDate(
      drawSchedule(day("2024-10-01"), "share transfer", { ...defaultOptions("share transfer"), ...options }).find(
        (s) => s.step === "meeting",
      )!.latest!,
    );
  expect(latest({ meetingAcquired: day("2024-06-25") })).toBe("2024-09-10");
  expect(latest({})).toBe("2024-09-10");
});
