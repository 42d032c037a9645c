import { dayFromParts, isoDate } from "../../../src/core/calendar/dayNumber";
import { describePeriod, periodBefore } from "../../../src/core/calendar/period";

const before = (iso: string, count: number, unit: "W" | "M" | "Y") => {
  const [y, m, d] = iso.split("-").map(Number);
  return isoDate(periodBefore(dayFromParts(y!, m!, d!)!, { count, unit }));
};

describe("calendar periods", () => {
  test("a week is seven days", () => expect(before("2016-08-02", 1, "W")).toBe("2016-07-26"));
  test("a month back keeps the day of the month", () => expect(before("2016-08-02", 1, "M")).toBe("2016-07-02"));
  test("31 May less 3 months clamps to the end of February", () => {
    expect(before("2019-05-31", 3, "M")).toBe("2019-02-28");
    expect(before("2020-05-31", 3, "M")).toBe("2020-02-29");
  });
  test("31 March less 1 month is 28/29 February; 31 October less 6 months is 30 April", () => {
    expect(before("2021-03-31", 1, "M")).toBe("2021-02-28");
    expect(before("2013-10-31", 6, "M")).toBe("2013-04-30");
  });
  test("across a year end", () => {
    expect(before("2014-01-15", 1, "M")).toBe("2013-12-15");
    expect(before("2014-02-28", 6, "M")).toBe("2013-08-28");
    expect(before("2020-02-29", 1, "Y")).toBe("2019-02-28");
  });
  test("described in words", () => {
    expect(describePeriod({ count: 1, unit: "M" })).toBe("1 month");
    expect(describePeriod({ count: 6, unit: "M" })).toBe("6 months");
  });
});
