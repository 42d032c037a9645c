import { dayFromParts, isoDate, type DayNumber } from "../../../src/core/calendar/dayNumber";
import { DateOutOfBounds, DomainError } from "../../../src/core/errors";
import { messages } from "../../../src/core/messages";
import { formatCitations } from "../../../src/core/schedule/citation";
import { drawSchedule } from "../../../src/core/schedule/drawSchedule";
import type { Milestone } from "../../../src/core/schedule/milestone";
import { defaultOptions, type ScheduleOptions, type TransactionKind } from "../../../src/core/schedule/transaction";

const day = (iso: string): DayNumber => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromParts(y!, m!, d!)!;
};

/** The schedule as step → "first … last" (or the one date), for golden comparison. */
function golden(effective: string, kind: TransactionKind, options: Partial<ScheduleOptions> = {}) {
  const steps = drawSchedule(day(effective), kind, { ...defaultOptions(kind), ...options });
  return Object.fromEntries(steps.map((s: Milestone) => [s.step, shown(s)]));
}
const shown = (s: Milestone) =>
  s.first === undefined ? "" : s.last === undefined ? isoDate(s.first) : `${isoDate(s.first)} … ${isoDate(s.last)}`;

describe("the 2013 example: E 2014-01-01, short-form and simplified, no meetings", () => {
  const schedule = golden("2014-01-01", "merger", { shortForm: true, simplified: true });

  test("the whole schedule, each date on its safe side", () => {
    expect(schedule).toEqual({
      // Civil Code 142 read broadly: from 11-28 the month ends Sat 12-28 and runs on past the
      // year-end closure to Mon 2014-01-06, after E; from 11-27 it ends Fri 12-27.
      "creditor-notice": "2013-11-27",
      "prior-disclosure-dissolving": "2013-11-27 … 2014-01-01",
      "prior-disclosure-surviving": "2013-11-27 … 2014-07-01",
      "creditor-objection-period": "2013-11-28 … 2013-12-27",
      // The same month for individual notices, which may go out on any day: 11-28 would run on too.
      "creditor-individual-notices": "2013-11-27",
      "shareholder-notice": "2013-12-11",
      "simplified-objection": "2013-12-12 … 2013-12-25",
      "purchase-requests": "2013-12-12 … 2013-12-31",
      "effective-date-change-notice": "2013-12-31",
      "effective-date": "2014-01-01",
      // Two weeks counting 1 January itself (it takes effect at midnight, Civil Code 140 proviso): the earlier deadline.
      registration: "2014-01-01 … 2014-01-14",
      // Six months from the day after E: documents kept to the later end.
      "post-disclosure": "2014-01-01 … 2014-07-01",
    });
  });

  test("on the narrow reading of art. 142 (an option) the Gazette may wait until 11-29", () => {
    // From 11-29 the month ends Sun 12-29 and runs on only to Mon 12-30 (a Saturday 11-30 has no Gazette).
    expect(golden("2014-01-01", "merger", { shortForm: true, simplified: true, narrowHolidays: true })).toMatchObject({
      "creditor-notice": "2013-11-29",
      "creditor-objection-period": "2013-11-30 … 2013-12-30",
      "creditor-individual-notices": "2013-11-30",
    });
    expect(golden("2014-01-01", "merger", { broadHolidays: true })["creditor-notice"]).toBe("2013-11-27");
  });

  test("the note says which reading of art. 142 was used", () => {
    const note = (options: Partial<ScheduleOptions>) =>
      drawSchedule(day("2014-01-01"), "merger", { ...defaultOptions("merger"), ...options }).find(
        (s) => s.step === "creditor-notice",
      )!.note;
    expect(note({}).en).toMatch(/Civil Code 142 read broadly, the safe side: Saturdays and 29 Dec–3 Jan/);
    expect(note({}).ja).toMatch(/民法142条を広く解釈（安全側）/);
    expect(note({ narrowHolidays: true }).en).toMatch(/read narrowly, as chosen: only Sundays and national holidays/);
    expect(note({ narrowHolidays: true }).ja).toMatch(/狭く解釈（指定による）/);
    expect(note({ broadHolidays: true }).en).toMatch(/read broadly, as chosen/);
  });

  test("one reading at a time", () => {
    expect(() => golden("2014-01-01", "merger", { narrowHolidays: true, broadHolidays: true })).toThrow(
      /either narrowly or broadly, not both/,
    );
  });

  test("no meetings, so no convocation and no record-date notice", () => {
    expect(Object.keys(schedule).filter((step) => /meeting|convocation|record/.test(step))).toEqual([]);
  });

  test("registration counted from the day after E (Civil Code 140 main rule) is due 2014-01-15", () => {
    expect(
      golden("2014-01-01", "merger", { shortForm: true, simplified: true, effectiveDayCounted: false }),
    ).toMatchObject({ registration: "2014-01-01 … 2014-01-15", "post-disclosure": "2014-01-01 … 2014-07-01" });
  });

  test("with E counted everywhere (an option), post disclosure ends 2014-06-30, as the note says", () => {
    const steps = drawSchedule(day("2014-01-01"), "merger", { ...defaultOptions("merger"), effectiveDayCounted: true });
    const post = steps.find((s) => s.step === "post-disclosure")!;
    expect(shown(post)).toBe("2014-01-01 … 2014-06-30");
    expect(post.note.en).toMatch(/E counted, as chosen/);
    expect(steps.find((s) => s.step === "registration")!.note.en).toMatch(/140 proviso; as chosen/);
    const safe = drawSchedule(day("2014-01-01"), "merger", defaultOptions("merger"));
    expect(safe.find((s) => s.step === "post-disclosure")!.note.en).toMatch(/the later end, the safe side/);
    expect(safe.find((s) => s.step === "registration")!.note.en).toMatch(/the earlier deadline, the safe side/);
  });

  test("documents are kept past a closed last day: 6 months after E 2014-01-05 end Sat 07-05, kept to Mon 07-07", () => {
    expect(golden("2014-01-05", "merger")).toMatchObject({
      // The Gazette for E Sunday 01-05 is 11-27: every month from 11-28 on ends in or runs past the closure.
      "prior-disclosure-surviving": "2013-11-27 … 2014-07-07",
      "post-disclosure": "2014-01-05 … 2014-07-07",
    });
    expect(golden("2014-01-05", "merger", { narrowHolidays: true })["post-disclosure"]).toBe("2014-01-05 … 2014-07-05");
  });

  test("the steps come in date order", () => {
    const firsts = drawSchedule(day("2014-01-01"), "merger", { ...defaultOptions("merger"), shortForm: true }).map(
      (s) => s.first ?? -Infinity,
    );
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  test("the simplified objection article before the 2014 amendment is CA 796(4)", () => {
    const step = drawSchedule(day("2014-01-01"), "merger", { ...defaultOptions("merger"), simplified: true }).find(
      (s) => s.step === "simplified-objection",
    )!;
    expect(formatCitations(step.citations, "en")).toBe("CA 796(4)");
    expect(formatCitations(step.citations, "ja")).toBe("会社法796条4項");
  });
});

describe("the Gazette rule (DOMAIN §8)", () => {
  test("2023: Gazette 2/28 opens 3/1 … 3/31, in time for E 4/1", () => {
    expect(golden("2023-04-01", "merger")).toMatchObject({
      "creditor-notice": "2023-02-28",
      "creditor-objection-period": "2023-03-01 … 2023-03-31",
    });
  });

  test("2024: a period ending Sun 3/31 runs on to 4/1, so E 4/1 needs the Gazette by 2/28", () => {
    expect(golden("2024-04-01", "merger")).toMatchObject({
      "creditor-notice": "2024-02-28",
      "creditor-objection-period": "2024-02-29 … 2024-03-28",
    });
    // E 4/2: Gazette 3/1 (start 3/2, ends Mon 4/1) is the latest.
    expect(golden("2024-04-02", "merger")).toMatchObject({ "creditor-notice": "2024-03-01" });
  });

  test("with a booking lead time, the application is due that many days earlier, on a day the office is open", () => {
    expect(golden("2014-01-01", "merger", { gazetteLeadDays: 14 })["gazette-application"]).toBe("2013-11-13");
    // 11 days before 11-27 is Saturday 11-16: apply on Friday.
    expect(golden("2014-01-01", "merger", { gazetteLeadDays: 11 })["gazette-application"]).toBe("2013-11-15");
    expect(golden("2014-01-01", "merger")["gazette-application"]).toBeUndefined();
  });

  test("a double public notice replaces the individual notices", () => {
    const schedule = golden("2024-04-01", "merger", { doublePublicNotice: true });
    expect(schedule["creditor-individual-notices"]).toBeUndefined();
    expect(schedule["creditor-notice"]).toBe("2024-02-28");
  });
});

describe("share certificates (株券発行会社)", () => {
  test("the notice to submit them is due a clear month before E, on a day the Gazette is issued (CA 219(1))", () => {
    // 2013-11-30 leaves 12-01 … 12-31 but is a Saturday: Friday 11-29.
    expect(golden("2014-01-01", "merger", { shareCertificates: true })["share-certificate-notice-dissolving"]).toBe(
      "2013-11-29",
    );
    // From 2/28 the month would end on 3/31: E 3/31 needs the notice by 2/27 (a Monday in 2023).
    expect(golden("2023-03-31", "share exchange", { shareCertificates: true })).toMatchObject({
      "share-certificate-notice-subsidiary": "2023-02-27",
    });
    expect(golden("2025-04-01", "share transfer", { shareCertificates: true })["share-certificate-notice"]).toBe(
      "2025-02-28",
    );
    expect(golden("2014-01-01", "merger")["share-certificate-notice-dissolving"]).toBeUndefined();
  });
});

describe("meetings, record date and listing", () => {
  test("a record date on or after E, or after the meeting, is refused", () => {
    expect(() => golden("2014-01-01", "merger", { recordDate: day("2014-06-01") })).toThrow(
      /record date 2014-06-01 is not before the effective date 2014-01-01/,
    );
    expect(() =>
      golden("2014-01-01", "merger", { shortForm: true, simplified: true, recordDate: day("2014-01-01") }),
    ).toThrow(/not before the effective date/);
    expect(() =>
      golden("2024-10-01", "share exchange", {
        meetingAcquired: day("2024-06-25"),
        simplified: true,
        recordDate: day("2024-06-25"),
      }),
    ).toThrow(/record date 2024-06-25 is not before the meeting on 2024-06-25/);
  });

  test("a record date more than 3 months before every meeting given is refused (CA 124(2))", () => {
    const options = (recordDate: string) => ({
      meetingAcquired: day("2024-06-25"),
      simplified: true,
      recordDate: day(recordDate),
    });
    // 3 months from 03-24 end on 06-24, the day before the meeting.
    expect(() => golden("2024-10-01", "share exchange", options("2024-03-24"))).toThrow(
      /record date 2024-03-24 is more than 3 months before the meeting on 2024-06-25.*by 2024-06-24/,
    );
    expect(golden("2024-10-01", "share exchange", options("2024-03-25"))["record-date-notice"]).toBe("2024-03-10");
    // A meeting not yet fixed can still be held in time.
    expect(golden("2024-10-01", "merger", { recordDate: day("2024-03-24") })["record-date-notice"]).toBe("2024-03-09");
  });

  test("a record date given with no meeting (short-form, simplified) is shown as ignored, not dropped", () => {
    const steps = drawSchedule(day("2014-01-01"), "merger", {
      ...defaultOptions("merger"),
      shortForm: true,
      simplified: true,
      recordDate: day("2013-10-31"),
    });
    const notice = steps.find((s) => s.step === "record-date-notice")!;
    expect([notice.first, notice.latest]).toEqual([undefined, undefined]);
    expect(notice.note.en).toMatch(/^Ignored: no shareholders' meeting is held.*record date 2013-10-31/);
    expect(notice.note.ja).toMatch(/基準日（2013-10-31）は用いず/);
  });

  test("both meetings by E − 1, convocations 14 clear days before, record-date notice 2 weeks before", () => {
    expect(golden("2024-10-01", "merger", { recordDate: day("2024-07-31") })).toMatchObject({
      "meeting-dissolving": "2024-09-30",
      "convocation-dissolving": "2024-09-15",
      "meeting-surviving": "2024-09-30",
      "convocation-surviving": "2024-09-15",
      "record-date-notice": "2024-07-16",
    });
  });

  test("a meeting on 6/25 is convened by 6/10; prior disclosure starts 2 weeks before it", () => {
    expect(golden("2024-10-01", "merger", { meetingAcquired: day("2024-06-25"), simplified: true })).toMatchObject({
      "meeting-dissolving": "2024-06-25",
      "convocation-dissolving": "2024-06-10",
      "prior-disclosure-dissolving": "2024-06-11 … 2024-10-01",
    });
  });

  test("listed: 4 and 3 sessions before E before 2019-07-16, 3 and 2 after", () => {
    expect(golden("2014-01-01", "merger", { listed: true })).toMatchObject({
      "last-trading-day": "2013-12-25",
      delisting: "2013-12-26",
    });
    expect(golden("2020-04-01", "merger", { listed: true })).toMatchObject({
      "last-trading-day": "2020-03-27",
      delisting: "2020-03-30",
    });
  });

  test("the sessions before delisting can be given instead of the T+2 practice", () => {
    expect(golden("2020-04-01", "merger", { listed: true, delistingSessions: 4 })).toMatchObject({
      "last-trading-day": "2020-03-25",
      delisting: "2020-03-26",
    });
  });

  test("a meeting on or after E is refused", () => {
    expect(() => golden("2024-10-01", "merger", { meetingAcquired: day("2024-10-01") })).toThrow(
      /not before the effective date 2024-10-01/,
    );
  });
});

describe("a share exchange: listed subsidiary, meeting 2024-06-25, simplified parent, E 2024-10-01", () => {
  test("the whole schedule", () => {
    expect(
      golden("2024-10-01", "share exchange", { listed: true, simplified: true, meetingAcquired: day("2024-06-25") }),
    ).toEqual({
      "record-date-notice": "",
      "convocation-subsidiary": "2024-06-10",
      "prior-disclosure-subsidiary": "2024-06-11 … 2025-04-01",
      "meeting-subsidiary": "2024-06-25",
      "prior-disclosure-parent": "2024-09-10 … 2025-04-01",
      "shareholder-notice": "2024-09-10",
      // Sun 9/22 is the equinox, Mon 9/23 its substitute: the window ends Tue 9/24 anyway.
      "simplified-objection": "2024-09-11 … 2024-09-24",
      "purchase-requests": "2024-09-11 … 2024-09-30",
      "last-trading-day": "2024-09-26",
      delisting: "2024-09-27",
      "effective-date-change-notice": "2024-09-30",
      "effective-date": "2024-10-01",
      // 10/14 is Sports Day: the filing is due the next open day.
      registration: "2024-10-01 … 2024-10-15",
      "post-disclosure": "2024-10-01 … 2025-04-01",
    });
  });

  test("creditor protection only when asked for (CA 789(1)(iii), 799(1)(iii))", () => {
    expect(golden("2024-10-01", "share exchange", { creditorProtection: true })["creditor-notice"]).toBe("2024-08-30");
  });
});

describe("a joint share transfer, E 2025-04-01, listed companies", () => {
  test("the whole schedule with the latest meeting", () => {
    expect(golden("2025-04-01", "share transfer", { listed: true })).toEqual({
      "record-date-notice": "",
      convocation: "2025-02-24",
      "prior-disclosure": "2025-02-25 … 2025-10-01",
      meeting: "2025-03-11",
      "shareholder-notice": "2025-03-11 … 2025-03-11",
      "purchase-requests": "2025-03-12 … 2025-03-31",
      "last-trading-day": "2025-03-27",
      delisting: "2025-03-28",
      "effective-date": "2025-04-01",
      registration: "2025-04-01",
      "post-disclosure": "2025-04-01 … 2025-10-01",
    });
  });

  test("a meeting in January: the notice is due within 2 weeks of it (CA 806(3))", () => {
    expect(golden("2025-04-01", "share transfer", { meetingAcquired: day("2025-01-28") })).toMatchObject({
      meeting: "2025-01-28",
      // Two weeks end on 2/11, National Foundation Day, and run on to 2/12 (Civil Code 142).
      "shareholder-notice": "2025-01-28 … 2025-02-12",
      "purchase-requests": "2025-02-13 … 2025-03-04",
    });
  });

  test("the notice within 2 weeks after a Saturday meeting is due that Saturday, not run on to Monday", () => {
    // 2025-02-08 is a Saturday: the narrow reading is the deadline's safe side; read broadly it is Mon 02-10.
    const meeting = { meetingAcquired: day("2025-01-25") };
    expect(golden("2025-04-01", "share transfer", meeting)["shareholder-notice"]).toBe("2025-01-25 … 2025-02-08");
    expect(golden("2025-04-01", "share transfer", { ...meeting, broadHolidays: true })["shareholder-notice"]).toBe(
      "2025-01-25 … 2025-02-10",
    );
  });

  test("an effective date on a day the registry is closed is an error naming the next open day", () => {
    const refusal = (iso: string) => {
      try {
        golden(iso, "share transfer");
      } catch (error) {
        return error as DomainError;
      }
      throw new Error("expected a refusal");
    };
    expect(refusal("2025-01-01").message).toMatch(
      /2025-01-01 is a day the registry is closed.*next open day is 2025-01-06/,
    );
    expect(refusal("2025-03-29").kind).toBe("invalidValue");
    expect(refusal("2025-03-29").message).toMatch(/next open day is 2025-03-31/);
  });

  test("short-form and simplified do not exist for a share transfer", () => {
    expect(() => golden("2025-04-01", "share transfer", { shortForm: true })).toThrow(/no short-form or simplified/);
  });

  test("a meeting too late for the notice and purchase requests is refused", () => {
    expect(() => golden("2025-04-01", "share transfer", { meetingAcquired: day("2025-03-20") })).toThrow(
      /too late for a share transfer.*hold it by 2025-03-11/,
    );
  });
});

describe("a squeeze-out's share consolidation, E 2023-12-22 (the dates of Toshiba's), listed", () => {
  test("the whole schedule with the meeting of 2023-11-22", () => {
    expect(golden("2023-12-22", "share consolidation", { listed: true, meetingAcquired: day("2023-11-22") })).toEqual({
      "record-date-notice": "",
      convocation: "2023-11-07",
      // The earlier of 2 weeks before the meeting (11-08) and the notice (12-01), to 6 months after E:
      // Sat 2024-06-22, run on broadly to Monday.
      "prior-disclosure": "2023-11-08 … 2024-06-24",
      meeting: "2023-11-22",
      "delisting-designation": "2023-11-22 … 2023-12-19",
      "shareholder-notice": "2023-12-01",
      "purchase-requests": "2023-12-02 … 2023-12-21",
      // As published: last traded 12-19, delisted 12-20.
      "last-trading-day": "2023-12-19",
      delisting: "2023-12-20",
      "effective-date": "2023-12-22",
      registration: "2023-12-22 … 2024-01-04",
      "post-disclosure": "2023-12-22 … 2024-06-24",
      // 30 days after E end Sun 2024-01-21, run on to Mon 01-22; the petition window is the 30 days after.
      "price-petition": "2024-01-23 … 2024-02-21",
    });
  });

  test("a 10-to-1 consolidation leaving whole units: 2 weeks' notice, none of CA 182-2 to 182-6", () => {
    expect(golden("2017-10-01", "share consolidation")).toEqual({
      "record-date-notice": "",
      convocation: "2017-08-26",
      // The latest meeting is the latest notice, 20 clear days before E.
      meeting: "2017-09-10",
      "shareholder-notice": "2017-09-10",
      "purchase-requests": "2017-09-11 … 2017-09-30",
      "effective-date": "2017-10-01",
      registration: "2017-10-01 … 2017-10-16",
      "prior-disclosure": "2017-08-27 … 2018-04-02",
      "post-disclosure": "2017-10-01 … 2018-04-02",
      "price-petition": "2017-11-01 … 2017-11-30",
    });
    expect(golden("2017-10-01", "share consolidation", { wholeUnits: true })).toEqual({
      "record-date-notice": "",
      convocation: "2017-09-01",
      meeting: "2017-09-16",
      "shareholder-notice": "2017-09-16",
      "effective-date": "2017-10-01",
      registration: "2017-10-01 … 2017-10-16",
    });
  });

  test("a meeting after the notice it must come before is refused", () => {
    expect(() => golden("2023-12-22", "share consolidation", { meetingAcquired: day("2023-12-05") })).toThrow(
      /too late for a share consolidation.*due by 2023-12-01 \(CA 181\(1\), 182-4\(3\)\)/,
    );
  });

  test("switches of a merger are refused, not ignored", () => {
    expect(() => golden("2023-12-22", "share consolidation", { shortForm: true })).toThrow(/remove "shortForm"/);
    expect(() => golden("2023-12-22", "share consolidation", { creditorProtection: true })).toThrow(
      /remove "creditorProtection"/,
    );
    expect(() => golden("2023-12-22", "share consolidation", { nonPublic: true })).toThrow(/demand for sale/);
    expect(() => golden("2024-10-01", "merger", { wholeUnits: true })).toThrow(/concerns a squeeze-out/);
  });

  test("articles inserted after another cite their branch number", () => {
    const steps = drawSchedule(day("2023-12-22"), "share consolidation", defaultOptions("share consolidation"));
    const notice = steps.find((s) => s.step === "shareholder-notice")!;
    expect(formatCitations(notice.citations, "en")).toBe("CA 181(1), (2), 182-4(3)");
    expect(formatCitations(notice.citations, "ja")).toBe("会社法181条1項、2項、182条の4第3項");
    const requests = steps.find((s) => s.step === "purchase-requests")!;
    expect(formatCitations(requests.citations, "ja")).toBe("会社法182条の4第1項、第4項");
  });
});

describe("a demand for sale, acquisition date 2024-03-29", () => {
  test("the whole schedule, listed", () => {
    expect(golden("2024-03-29", "demand for sale", { listed: true })).toEqual({
      approval: "2024-03-08",
      "seller-notice": "2024-03-08",
      "prior-disclosure": "2024-03-08 … 2024-09-30",
      "delisting-designation": "2024-03-08 … 2024-03-26",
      "price-petition": "2024-03-09 … 2024-03-28",
      "last-trading-day": "2024-03-26",
      delisting: "2024-03-27",
      "acquisition-date": "2024-03-29",
      "post-disclosure": "2024-03-29 … 2024-09-30",
    });
  });

  test("a non-public company keeps its documents a year (CA 179-5(1), 179-10(2))", () => {
    const schedule = golden("2024-03-29", "demand for sale", { nonPublic: true });
    expect(schedule["prior-disclosure"]).toBe("2024-03-08 … 2025-03-31");
    expect(schedule["post-disclosure"]).toBe("2024-03-29 … 2025-03-31");
  });

  test("no meeting: a meeting date or record date is refused", () => {
    expect(() => golden("2024-03-29", "demand for sale", { meetingAcquired: day("2024-03-01") })).toThrow(
      /needs no shareholders' meeting/,
    );
  });
});

describe("bounds", () => {
  test("before the Companies Act: not available", () => {
    expect(() => golden("2005-01-01", "merger")).toThrow(
      messages.schedule.beforeCompaniesAct("effective_date", "2005-01-01"),
    );
  });
  test("past the holiday data: out of bounds", () => {
    expect(() => golden("2050-12-20", "merger")).toThrow(DateOutOfBounds);
  });
});

describe("citations", () => {
  test("one law named once, one article once, in English and Japanese form", () => {
    const step = drawSchedule(day("2024-10-01"), "merger", defaultOptions("merger")).find(
      (s) => s.step === "prior-disclosure-dissolving",
    )!;
    expect(formatCitations(step.citations, "en")).toBe("CA 782(1), (2)");
    expect(formatCitations(step.citations, "ja")).toBe("会社法782条1項、2項");
    const registration = drawSchedule(day("2024-10-01"), "merger", defaultOptions("merger")).find(
      (s) => s.step === "registration",
    )!;
    expect(formatCitations(registration.citations, "ja")).toBe("会社法921条、民法140条、行政機関休日法2条");
  });
});
