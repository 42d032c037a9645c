import { dayFromParts, isoDate, type DayNumber } from "../../../src/core/calendar/dayNumber";
import { rightsDates } from "../../../src/core/calendar/exDate";
import { tseCalendar } from "../../../src/core/calendar/sessions";
import { DateOutOfBounds } from "../../../src/core/errors";
import { oracleSessions } from "./oracle";

const day = (iso: string): DayNumber => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromParts(y!, m!, d!)!;
};
const calendar = tseCalendar();
const rights = (iso: string) => {
  const found = rightsDates(calendar, day(iso), "record_date");
  return { last: isoDate(found.lastCumRights), ex: isoDate(found.exRights) };
};

/*
 * Brute force on the oracle's sessions, as ISO strings: a trade on session T settles k sessions
 * later, k = 3 for trades before 2019-07-16 and 2 from it; the last cum-rights day is the latest
 * trade that settles on or before the record date, the ex-date the session after it.
 */
const sessions = oracleSessions(1999, 2031);
function bruteForce(record: string): { last: string; ex: string } {
  let t = sessions.length - 1;
  while (sessions[t]! > record) t--;
  for (; ; t--) {
    const settlement = sessions[t + (sessions[t]! >= "2019-07-16" ? 2 : 3)]!;
    if (settlement <= record) return { last: sessions[t]!, ex: sessions[t + 1]! };
  }
}

describe("the ex-rights date", () => {
  test("DOMAIN §7's examples: record dates on a Sunday, under T+2 and under T+3", () => {
    expect(rights("2024-03-31")).toEqual({ last: "2024-03-27", ex: "2024-03-28" });
    expect(rights("2019-03-31")).toEqual({ last: "2019-03-26", ex: "2019-03-27" });
  });

  test("around the switch: trades of 07-12 (T+3) and 07-16 (T+2) both settled on 2019-07-18", () => {
    // 2019-07-15 was Marine Day; sessions 07-10, 07-11, 07-12, 07-16, 07-17, 07-18, 07-19.
    expect(rights("2019-07-16")).toEqual({ last: "2019-07-10", ex: "2019-07-11" });
    expect(rights("2019-07-17")).toEqual({ last: "2019-07-11", ex: "2019-07-12" });
    expect(rights("2019-07-18")).toEqual({ last: "2019-07-16", ex: "2019-07-17" });
    expect(rights("2019-07-19")).toEqual({ last: "2019-07-17", ex: "2019-07-18" });
  });

  test("every record date 2000–2030 equals the brute-force settlement search on an independent calendar", () => {
    const mismatches: string[] = [];
    for (let d = day("2000-01-01"); d <= day("2030-12-31"); d++) {
      const record = isoDate(d);
      const expected = bruteForce(record);
      const found = rights(record);
      if (found.last !== expected.last || found.ex !== expected.ex) {
        mismatches.push(`${record}: ${JSON.stringify(found)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test("a closed date of the user's own moves the dates back", () => {
    const closed = tseCalendar([day("2024-03-28")]);
    const found = rightsDates(closed, day("2024-03-31"), "record_date");
    expect([isoDate(found.lastCumRights), isoDate(found.exRights)]).toEqual(["2024-03-26", "2024-03-27"]);
  });

  test("outside the calendar's years: out of bounds, not a guess", () => {
    expect(() => rights("1969-12-31")).toThrow(DateOutOfBounds);
    expect(() => rights("1970-01-06")).toThrow(DateOutOfBounds);
    expect(() => rights("2051-01-05")).toThrow(DateOutOfBounds);
  });
});
