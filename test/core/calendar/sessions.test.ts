import { dayFromParts, isoDate, type DayNumber } from "../../../src/core/calendar/dayNumber";
import { TRADING_HALTS, tseCalendar } from "../../../src/core/calendar/sessions";
import { DateOutOfBounds, DomainError } from "../../../src/core/errors";
import { messages } from "../../../src/core/messages";
import { oracleSessions } from "./oracle";

const day = (iso: string): DayNumber => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromParts(y!, m!, d!)!;
};
const calendar = tseCalendar();
const isSession = (iso: string) => calendar.isSession(day(iso), "date");

describe("the whole calendar", () => {
  test("1970–2050 equals the oracle built from japanese-holidays and the exchange's rules", () => {
    const ours = Array.from(calendar.sessions, isoDate);
    const oracle = oracleSessions(1970, 2050);
    expect(ours.length).toBe(oracle.length);
    expect(ours).toEqual(oracle);
  });

  test("sessions are strictly increasing, first 1970-01-05 and last 2050-12-30", () => {
    const s = calendar.sessions;
    expect(s.every((d, i) => i === 0 || d > s[i - 1]!)).toBe(true);
    expect(isoDate(s[0]!)).toBe("1970-01-05");
    expect(isoDate(s[s.length - 1]!)).toBe("2050-12-30");
  });

  test("the calendar is computed once and shared", () => {
    expect(tseCalendar()).toBe(calendar);
    expect(tseCalendar([])).toBe(calendar);
  });
});

describe("one-off holidays (DOMAIN §4)", () => {
  test("1959-04-10 (the Crown Prince's wedding) lies before the covered years: out of bounds, not a guess", () => {
    expect(() => isSession("1959-04-10")).toThrow(DateOutOfBounds);
    expect(() => isSession("1959-04-10")).toThrow(messages.calendar.outOfBounds("date", "1959-04-10", "1970–2050"));
  });
  test("1989-02-24, the funeral of Emperor Shōwa, is closed", () => {
    expect(isSession("1989-02-24")).toBe(false);
    expect(isSession("1989-02-23")).toBe(true);
  });
  test("1990-11-12, the enthronement ceremony, is closed", () => {
    expect(isSession("1990-11-12")).toBe(false);
    expect(isSession("1990-11-13")).toBe(true);
  });
  test("1993-06-09, the Crown Prince's wedding, is closed", () => {
    expect(isSession("1993-06-09")).toBe(false);
    expect(isSession("1993-06-08")).toBe(true);
  });
  test("2019-04-30, the eve of the accession (a citizens' holiday), is closed", () =>
    expect(isSession("2019-04-30")).toBe(false));
  test("2019-05-01, the accession of the Emperor, is closed", () => expect(isSession("2019-05-01")).toBe(false));
  test("2019-05-02, a citizens' holiday after the accession, is closed", () =>
    expect(isSession("2019-05-02")).toBe(false));
  test("2019-10-22, the enthronement ceremony, is closed", () => {
    expect(isSession("2019-10-22")).toBe(false);
    expect(isSession("2019-10-21")).toBe(true);
    expect(isSession("2019-10-23")).toBe(true);
  });
});

describe("holidays moved for the Olympics", () => {
  test.each(["2020-07-23", "2020-07-24", "2020-08-10", "2021-07-22", "2021-07-23", "2021-08-09"])(
    "%s is closed",
    (iso) => expect(isSession(iso)).toBe(false),
  );
  test.each(["2020-07-20", "2020-10-12", "2021-07-19", "2021-10-11"])(
    "%s, the usual date of a moved holiday, is a session",
    (iso) => expect(isSession(iso)).toBe(true),
  );
});

describe("other rules", () => {
  test("no Emperor's Birthday in 2019: 2019-12-23 is a session; 2018-12-24 (its substitute) and 2020-02-24 are closed", () => {
    expect(isSession("2019-12-23")).toBe(true);
    expect(isSession("2018-12-24")).toBe(false);
    expect(isSession("2020-02-24")).toBe(false);
  });
  test("2015-09-22, a citizens' holiday between two holidays, is closed", () =>
    expect(isSession("2015-09-22")).toBe(false));
  test("a substitute holiday: 2013-05-06 is closed (Children's Day fell on a Sunday)", () =>
    expect(isSession("2013-05-06")).toBe(false));
  test("31 December and 1–3 January are closed; 30 December and 4 January on weekdays are sessions", () => {
    for (const iso of ["2013-12-31", "2014-01-01", "2014-01-02", "2014-01-03"]) expect(isSession(iso)).toBe(false);
    expect(isSession("2013-12-30")).toBe(true);
    expect(isSession("2016-01-04")).toBe(true);
  });
  test("weekends are closed", () => {
    expect(isSession("2013-10-26")).toBe(false);
    expect(isSession("2013-10-27")).toBe(false);
  });
});

describe("2020-10-01, the day trading was halted", () => {
  test("is a session, not a holiday", () => expect(isSession("2020-10-01")).toBe(true));
  test("is listed as a session without trading, with its reason", () => {
    expect(TRADING_HALTS.get(day("2020-10-01"))).toMatch(/halted by a system failure/);
    expect([...TRADING_HALTS.keys()].map(isoDate)).toEqual(["2020-10-01"]);
  });
});

describe("index arithmetic", () => {
  const ending = (iso: string, count: number) =>
    calendar.days(calendar.sessionsEnding(day(iso), count, "reference_date")).map(isoDate);

  test("the 30 sessions ending 2013-10-31 run from 2013-09-18", () => {
    const window = ending("2013-10-31", 30);
    expect(window).toHaveLength(30);
    expect(window[0]).toBe("2013-09-18");
    expect(window[29]).toBe("2013-10-31");
    for (const closed of ["2013-09-16", "2013-09-23", "2013-10-14"]) expect(window).not.toContain(closed);
  });

  test("a reference on a weekend or holiday ends the window on the session before", () => {
    expect(ending("2013-10-27", 1)).toEqual(["2013-10-25"]);
    expect(ending("2014-01-03", 2)).toEqual(["2013-12-27", "2013-12-30"]);
    expect(ending("2019-05-06", 1)).toEqual(["2019-04-26"]);
  });

  test("sessions between two days: (after, through]", () => {
    const span = calendar.sessionsBetween(day("2016-07-02"), day("2016-08-02"), "reference_date");
    const days = calendar.days(span).map(isoDate);
    expect(days[0]).toBe("2016-07-04");
    expect(days[days.length - 1]).toBe("2016-08-02");
    expect(days).not.toContain("2016-07-18"); // Marine Day
  });

  test("offset works like WORKDAY", () => {
    const offset = (iso: string, n: number) => isoDate(calendar.offset(day(iso), n, "date"));
    expect(offset("2013-10-11", 1)).toBe("2013-10-15"); // over the weekend and Health-Sports Day
    expect(offset("2013-10-15", -1)).toBe("2013-10-11");
    expect(offset("2013-10-14", 1)).toBe("2013-10-15"); // from a holiday, the next session
    expect(offset("2013-10-14", -1)).toBe("2013-10-11");
    expect(offset("2013-10-14", 0)).toBe("2013-10-14"); // WORKDAY(d, 0) is d itself
    expect(offset("2019-04-26", 1)).toBe("2019-05-07"); // Golden Week 2019: ten days closed
    expect(offset("2013-09-18", 29)).toBe("2013-10-31");
  });

  test("an offset agrees with stepping one session at a time", () => {
    let d = day("2018-12-20");
    for (let i = 0; i < 300; i++) d = calendar.offset(d, 1, "date");
    expect(d).toBe(calendar.offset(day("2018-12-20"), 300, "date"));
    expect(calendar.offset(d, -300, "date")).toBe(day("2018-12-20"));
  });
});

describe("out of bounds", () => {
  const refuse = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).kind).toBe("notAvailable");
      return (error as DomainError).message;
    }
    throw new Error("expected a refusal");
  };

  test("dates outside 1970–2050 are refused, naming the covered years", () => {
    expect(refuse(() => isSession("1969-12-31"))).toMatch(
      /1969-12-31 is out of bounds: the TSE calendar covers 1970–2050/,
    );
    expect(refuse(() => isSession("2051-01-04"))).toMatch(/2051-01-04 is out of bounds/);
  });
  test("a window reaching before the first session is refused, saying by how much", () => {
    expect(refuse(() => calendar.sessionsEnding(day("1970-01-07"), 5, "reference_date"))).toMatch(
      /5 sessions ending 1970-01-07 reach 2 sessions before 1970-01-05/,
    );
  });
  test("an offset past 2050 is refused", () => {
    expect(refuse(() => calendar.offset(day("2050-12-20"), 30, "date"))).toMatch(
      /30 sessions after 2050-12-20 fall outside 1970–2050/,
    );
  });
});

describe("closed dates of the user's own", () => {
  test("remove those days from the sessions and leave the standard calendar untouched", () => {
    const own = tseCalendar([day("2013-10-30"), day("2013-10-26")]);
    expect(own.isSession(day("2013-10-30"), "date")).toBe(false);
    expect(calendar.isSession(day("2013-10-30"), "date")).toBe(true);
    expect(own.sessions.length).toBe(calendar.sessions.length - 1); // 10-26 was a Saturday anyway
    expect(isoDate(own.offset(day("2013-10-29"), 1, "date"))).toBe("2013-10-31");
  });
  test("the same list, in any order, gives the same calendar", () => {
    expect(tseCalendar([day("2013-10-30"), day("2013-10-26")])).toBe(
      tseCalendar([day("2013-10-26"), day("2013-10-30")]),
    );
  });
});

describe("the day tables answer as the session list does", () => {
  test("every day 1970–2050: is it a session, was it idle, and the last session on or before it", () => {
    const s = calendar.sessions;
    let next = 0;
    for (let d = day("1970-01-01"); d <= day("2050-12-31"); d++) {
      while (next < s.length && s[next]! <= d) next++;
      const session = next > 0 && s[next - 1] === d;
      expect(calendar.isSession(d, "d")).toBe(session);
      expect(calendar.idleOn(d)).toBe(!session || TRADING_HALTS.has(d));
      if (next > 0) expect(calendar.indexOnOrBefore(d, "d")).toBe(next - 1);
    }
    // Outside the years the calendar cannot judge a day, so no price there is refused as misplaced.
    expect(calendar.idleOn(day("1969-12-31"))).toBe(false);
    expect(calendar.idleOn(day("1969-12-27"))).toBe(false);
    expect(calendar.idleOn(day("2051-01-01"))).toBe(false);
  });

  test("a calendar with the user's closed dates has tables of its own", () => {
    const own = tseCalendar([day("2013-10-30")]);
    expect(own.isSession(day("2013-10-30"), "d")).toBe(false);
    expect(own.idleOn(day("2013-10-30"))).toBe(true);
    expect(own.indexOnOrBefore(day("2013-10-30"), "d")).toBe(own.indexOnOrBefore(day("2013-10-29"), "d"));
    expect(calendar.idleOn(day("2013-10-30"))).toBe(false);
  });
});
