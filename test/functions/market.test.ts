import { dayFromParts, isoDate, serialFromDay } from "../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../src/core/calendar/sessions";
import { avgClose30, vwap } from "../../src/functions/market";
import { excelError } from "./excel-error";

type Cell = number | string | boolean | null;
/** Excel passes an omitted optional argument as null; the declared types (which feed the metadata) say undefined. */
const OMITTED = null as never;
const serial = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromDay(dayFromParts(y!, m!, d!)!);
};
const sessionsFrom = (first: string, last: string) =>
  tseCalendar()
    .days(tseCalendar().sessionsBetween(serial(first) - 25_570, serial(last) - 25_569, "test"))
    .map(isoDate);

// A price history from 2013-08-01 to 2013-11-29: closes 2000, 2001, … in session order, as doubles with a tenth.
const days = sessionsFrom("2013-08-01", "2013-11-29");
const closeOf = (i: number) => 2000 + i + 0.1;
const dates: Cell[][] = days.map((d) => [serial(d)]);
const closes: Cell[][] = days.map((_d, i) => [closeOf(i)]);

describe("AVG_CLOSE_30", () => {
  test("IIJ's example: the mean of exactly the closes of 2013-09-18 … 2013-10-31", () => {
    const first = days.indexOf("2013-09-18");
    const last = days.indexOf("2013-10-31");
    expect(last - first + 1).toBe(30);
    // Exact mean of 2000.1 + first … 2000.1 + last: an arithmetic series.
    const expected = 2000.1 + (first + last) / 2;
    expect(avgClose30(dates, closes, serial("2013-10-31"))).toEqual([[expected]]);
  });

  test("the reference date may be text, and the history in any order with blank rows", () => {
    const shuffled = dates.map((row, i): Cell[] => [row[0]!, closes[i]![0]!]).reverse();
    shuffled.splice(10, 0, [null, null], ["", ""], [0, 0]);
    const d = shuffled.map((r) => [r[0]!]);
    const c = shuffled.map((r) => [r[1]!]);
    expect(avgClose30(d, c, "2013/10/31")).toEqual(avgClose30(dates, closes, serial("2013-10-31")));
    expect(avgClose30(d, c, "2013-10-31")).toEqual(avgClose30(dates, closes, 41578));
  });

  test("dates as text and closes as text with thousands separators", () => {
    const textDates = days.map((d) => [d.replace(/-/g, "/")]);
    const textCloses = days.map((_d, i) => [closeOf(i).toLocaleString("en-US", { maximumFractionDigits: 1 })]);
    expect(avgClose30(textDates, textCloses, serial("2013-10-31"))).toEqual(
      avgClose30(dates, closes, serial("2013-10-31")),
    );
  });

  describe("the history read in one pass, in whatever layout Excel passes it", () => {
    const reference = serial("2013-10-31");
    const expected = avgClose30(dates, closes, reference);

    test("ascending, descending, or shuffled rows answer the same", () => {
      const order = days.map((_d, i) => (i * 37) % days.length); // 37 is prime to the length: a permutation
      expect(new Set(order).size).toBe(days.length);
      expect(avgClose30([...dates].reverse(), [...closes].reverse(), reference)).toEqual(expected);
      expect(
        avgClose30(
          order.map((i) => dates[i]!),
          order.map((i) => closes[i]!),
          reference,
        ),
      ).toEqual(expected);
    });

    test("a history laid out as two rows (1×n ranges), with serials and text dates mixed", () => {
      const row = [days.map((d, i) => (i % 3 === 0 ? d : serial(d)))];
      expect(avgClose30(row, [closes.map((c) => c[0]!)], reference)).toEqual(expected);
    });

    test("blank rows between the dated ones, and a whole column's trailing blanks", () => {
      const gapped = dates.flatMap((row, i) => (i % 10 === 3 ? [[null], row] : [row]));
      const gappedCloses = closes.flatMap((row, i) => (i % 10 === 3 ? [[null], row] : [row]));
      const trailing = (m: Cell[][]) => [...m, ...Array.from({ length: 500 }, () => [null])];
      expect(avgClose30(gapped, gappedCloses, reference)).toEqual(expected);
      expect(avgClose30(trailing(dates), trailing(closes), reference)).toEqual(expected);
      // A fault after a gap is still named by its place in the range.
      const bad = gappedCloses.map((row, i) => (i === gapped.length - 1 ? [-1] : row));
      expect(excelError(() => avgClose30(gapped, bad, reference)).message).toMatch(
        new RegExp(`^closes row ${gapped.length}: -1 is not a positive`),
      );
    });

    test("a 2-D block of dates, read row by row", () => {
      const block = (m: Cell[][]): Cell[][] =>
        Array.from({ length: Math.ceil(m.length / 4) }, (_r, r) => m.slice(4 * r, 4 * r + 4).map((c) => c[0]!));
      const [d, c] = [block(dates), block(closes)];
      const last = d[d.length - 1]!;
      while (last.length < 4) {
        last.push(null);
        c[c.length - 1]!.push(null);
      }
      expect(avgClose30(d, c, reference)).toEqual(expected);
    });

    test("a date repeated with the same close, in ascending data, is one row", () => {
      const i = days.indexOf("2013-10-30");
      expect(avgClose30([...dates, dates[i]!], [...closes, closes[i]!], reference)).toEqual(expected);
      expect(avgClose30([...dates, [days[i]!]], [...closes, [String(closeOf(i))]], reference)).toEqual(expected);
    });

    test("the first fault in row order is the one named, whatever the order of the rows", () => {
      const holiday = [[serial("2013-10-14")], ...dates];
      const withHoliday = [[5], ...closes];
      expect(excelError(() => avgClose30(holiday, withHoliday, reference)).message).toMatch(
        /^dates row 1: 2013-10-14 is not a TSE session/,
      );
      // A cell that is not a price outranks a date fault found earlier in the rows, as each row is read before any is matched.
      const text = withHoliday.map((row, i) => (i === 50 ? ["n/a"] : row));
      expect(excelError(() => avgClose30(holiday, text, reference)).message).toMatch(
        /^closes row 51: the text "n\/a" is not a number/,
      );
    });

    test("a range ragged inside (not from Excel) is named before a fault in its cells", () => {
      const ragged = closes.map((row, i) => (i === 0 ? ["n/a"] : i === 60 ? [] : row));
      expect(excelError(() => avgClose30(dates, ragged, reference)).message).toMatch(/^closes: the range is/);
      expect(
        excelError(() =>
          avgClose30(
            dates,
            closes.map((row, i) => (i === 60 ? [] : row)),
            reference,
          ),
        ).message,
      ).toMatch(/^closes: the range is/);
    });
  });

  test("a rounding of half-up 2 and down 0", () => {
    const d = [[serial("2013-10-29")], [serial("2013-10-30")], [serial("2013-10-31")]];
    const c = [[100], [100], [101]]; // mean 100.333…
    expect(avgClose30(d, c, serial("2013-10-31"), 3)).toEqual([[301 / 3]]);
    expect(avgClose30(d, c, serial("2013-10-31"), 3, OMITTED, "half-up 2")).toEqual([[100.33]]);
    expect(avgClose30(d, c, serial("2013-10-31"), 3, OMITTED, "down 0")).toEqual([[100]]);
    expect(avgClose30(d, [[100], [100], [102]], serial("2013-10-31"), 3, OMITTED, 0)).toEqual([[101]]);
  });

  test('a session without a close: left out, but counted toward days; or counted as closes with "N closes"', () => {
    const d = [[serial("2013-10-28")], [serial("2013-10-29")], [serial("2013-10-30")], [serial("2013-10-31")]];
    const c = [[90], [100], [null], [110]];
    expect(avgClose30(d, c, serial("2013-10-31"), 3)).toEqual([[105]]);
    expect(avgClose30(d, c, serial("2013-10-31"), "3 closes")).toEqual([[100]]);
  });

  test('result "detail" shows the window', () => {
    expect(avgClose30(dates, closes, serial("2013-11-03"), OMITTED, OMITTED, "half-up 1", "detail")).toEqual([
      ["first session", "2013-09-19"],
      ["last session", "2013-11-01"],
      ["sessions", 30],
      ["closes used", 30],
      ["average", avgClose30(dates, closes, serial("2013-11-03"), OMITTED, OMITTED, "half-up 1")[0]![0]],
      ["no close on", "none"],
    ]);
  });

  test("detail names 2020-10-01 as halted", () => {
    const d = ["2020-09-29", "2020-09-30", "2020-10-01", "2020-10-02"].map((x) => [x]);
    const c = [[10], [20], [null], [30]];
    const detail = avgClose30(d, c, "2020-10-02", 3, OMITTED, OMITTED, "detail");
    expect(detail[3]).toEqual(["closes used", 2]);
    expect(detail[4]).toEqual(["average", 25]);
    expect(detail[5]).toEqual(["no close on", "2020-10-01 (trading halted)"]);
    // A Japanese sheet passes its language: the same figures under Japanese labels.
    const ja = avgClose30(d, c, "2020-10-02", 3, OMITTED, OMITTED, "detail", OMITTED, "ja");
    expect(ja.map((row) => row[1])).toEqual(detail.map((row, i) => (i === 5 ? "2020-10-01 （売買停止）" : row[1])));
    expect(ja.map((row) => row[0])).toEqual([
      "最初の取引日",
      "最後の取引日",
      "取引日数",
      "使った終値の数",
      "平均",
      "終値のない取引日",
    ]);
    expect(avgClose30(d, c, "2020-09-30", 2, OMITTED, OMITTED, "detail", OMITTED, "ja")[5]).toEqual([
      "終値のない取引日",
      "なし",
    ]);
    expect(() => avgClose30(d, c, "2020-10-02", 3, OMITTED, OMITTED, "detail", OMITTED, "fr")).toThrow(/language/);
  });

  test("closed dates of the user's own move the window back", () => {
    const own = [[serial("2013-10-30")], [null]];
    const d = dates.filter((r) => r[0] !== serial("2013-10-30"));
    const c = closes.filter((_r, i) => dates[i]![0] !== serial("2013-10-30"));
    const detail = avgClose30(d, c, serial("2013-10-31"), OMITTED, own, OMITTED, "detail");
    expect(detail[0]).toEqual(["first session", "2013-09-17"]);
  });

  test("a 1M period: DOMAIN's 2016-08-02 example", () => {
    const d2016 = sessionsFrom("2016-06-01", "2016-08-31").map((d) => [serial(d)]);
    const c2016 = d2016.map(() => [500]);
    const detail = avgClose30(d2016, c2016, serial("2016-08-02"), "1M", OMITTED, OMITTED, "detail");
    expect(detail.slice(0, 2)).toEqual([
      ["first session", "2016-07-04"],
      ["last session", "2016-08-02"],
    ]);
  });

  describe("errors", () => {
    test("ranges of different shapes", () => {
      const e = excelError(() => avgClose30(dates, closes.slice(1), serial("2013-10-31")));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toBe(
        `closes: the range is ${days.length - 1}×1 but dates is ${days.length}×1; give ranges of the same shape, side by side.`,
      );
    });
    test("a date twice with different closes", () => {
      const e = excelError(() =>
        avgClose30([...dates, [serial("2013-10-31")]], [...closes, [1]], serial("2013-10-31")),
      );
      const i = days.indexOf("2013-10-31");
      expect(e.message).toBe(
        `dates: 2013-10-31 appears in row ${i + 1} and row ${days.length + 1} with different closes (${closeOf(i)} and 1); keep one row per date.`,
      );
    });
    test("a close on a holiday, named", () => {
      const e = excelError(() => avgClose30([...dates, ["2013-10-14"]], [...closes, [5]], serial("2013-10-31")));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(new RegExp(`^dates row ${days.length + 1}: 2013-10-14 is not a TSE session`));
    });
    test("no close in the window", () => {
      const e = excelError(() =>
        avgClose30(
          dates,
          closes.map(() => [null]),
          serial("2013-10-31"),
        ),
      );
      expect(e.code).toBe("#N/A");
      expect(e.message).toMatch(/No trade in the window/);
    });
    test("the window reaches before the data, saying how many sessions are missing", () => {
      const e = excelError(() => avgClose30(dates.slice(40), closes.slice(40), serial("2013-10-31")));
      expect(e.code).toBe("#N/A");
      const missing = days.indexOf(days[40]!) - days.indexOf("2013-09-18");
      expect(e.message).toContain(
        `, but the price history begins ${days[40]}: ${missing} sessions are missing; extend the history back to 2013-09-18.`,
      );
    });
    test("outside the calendar's years", () => {
      const e = excelError(() => avgClose30([["2051-01-05"]], [[1]], "2051-01-05"));
      expect(e.code).toBe("#N/A");
      expect(e.message).toMatch(/out of bounds: the TSE calendar covers 1970–2050/);
    });
    test.each([[-5], ["abc"], [true]])("a price that is not a positive number: %p", (bad) => {
      const e = excelError(() =>
        avgClose30([...dates, ["2013-11-29"]], [...closes.slice(0, -1), [bad], [1]], serial("2013-10-31")),
      );
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(
        new RegExp(
          `^closes row ${days.length}: .* (is not a positive closing price|is not a number; give a closing price such as 1234.5)`,
        ),
      );
    });
    test("a close without a date", () => {
      const e = excelError(() => avgClose30([...dates, [null]], [...closes, [5]], serial("2013-10-31")));
      expect(e.message).toBe(
        `dates row ${days.length + 1} is empty but closes row ${days.length + 1} holds 5: give its date.`,
      );
    });
    test("a reference date that is not a date", () => {
      expect(excelError(() => avgClose30(dates, closes, "last Friday")).message).toMatch(
        /^reference_date: the text "last Friday" is not a date/,
      );
      expect(excelError(() => avgClose30(dates, closes, null)).message).toMatch(/^reference_date is empty/);
    });
    test("bad days, rounding and result arguments", () => {
      expect(excelError(() => avgClose30(dates, closes, 41578, "2D")).message).toMatch(/^days: "2D" is not a window/);
      expect(excelError(() => avgClose30(dates, closes, 41578, OMITTED, OMITTED, "up 2")).message).toMatch(
        /^rounding: "up 2"/,
      );
      expect(excelError(() => avgClose30(dates, closes, 41578, OMITTED, OMITTED, OMITTED, "all")).message).toMatch(
        /^result: the text "all" is not one of "average", "detail"/,
      );
      expect(excelError(() => avgClose30(dates, closes, 41578, OMITTED, [["soon"]])).message).toMatch(
        /^closed_dates row 1: the text "soon" is not a date/,
      );
    });
  });
});

describe("Excel's STOCKHISTORY spill as the price range", () => {
  // =STOCKHISTORY(stock, start, end, 0, 1, 0, 1, 5) spills a header row (Date, Close, Volume; 日付,
  // 終値, 出来高 in Japanese Excel) above the rows; its columns are given as the ranges.
  const reference = serial("2013-10-31");
  const spill = (headers: [string, string, string]): Cell[][] => [
    headers,
    ...days.map((d, i): Cell[] => [serial(d), closeOf(i), 1000 + i]),
  ];
  const column = (matrix: Cell[][], k: number) => matrix.map((row) => [row[k]!]);

  test.each([[["Date", "Close", "Volume"]], [["日付", "終値", "出来高"]]] as [[string, string, string]][])(
    "headed %j: the same average and VWAP as the rows alone",
    (headers) => {
      const table = spill(headers);
      expect(avgClose30(column(table, 0), column(table, 1), reference)).toEqual(avgClose30(dates, closes, reference));
      const turnover = days.map((_d, i) => [closeOf(i) * (1000 + i)]);
      const volumes = days.map((_d, i) => [1000 + i]);
      expect(vwap(column(table, 0), [["Turnover"], ...turnover], column(table, 2), reference)).toEqual(
        vwap(dates, turnover, volumes, reference),
      );
    },
  );

  test("a first row that is not words (a typo'd date beside a close) is still refused", () => {
    expect(excelError(() => avgClose30([["2013-1O-31"], ...dates], [[2000], ...closes], reference)).message).toMatch(
      /row 1: the text "2013-1O-31" is not a date/,
    );
  });
});

describe("VWAP", () => {
  const d = [["2013-10-28"], ["2013-10-29"], ["2013-10-30"], ["2013-10-31"]];
  test("Σ turnover / Σ volume over the window", () => {
    const turnover = [[999], [100_000], [null], [360_000]];
    const volumes = [[1], [100], [null], [300]];
    expect(vwap(d, turnover, volumes, "2013-10-31", 3)).toBe(1150);
    expect(vwap(d, turnover, volumes, "2013-10-31", 3, OMITTED, "down 0")).toBe(1150);
  });
  test("rounding", () => {
    expect(vwap(d, [[1], [4], [4], [5]], [[1], [3], [3], [3]], "2013-10-31", 3, OMITTED, "half-up 3")).toBe(1.444);
  });
  test("turnover below the volume names the day and asks whether the columns are swapped", () => {
    const e = excelError(() => vwap(d, [[3000], [2000], [4], [3000]], [[3], [2], [4000], [3]], "2013-10-31", 3));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "turnover on 2013-10-30 is 4, below that day's volume 4000: every share trades at ¥1 or more, so turnover " +
        "is at least the volume. Are the turnover and volumes columns swapped?",
    );
  });
  test("a mean of closes near the largest double is a number, not #NUM!", () => {
    const closesNearTheTop = [[1e308], [1.7e308], [1.7e308], [1.6e308]];
    const mean = Number("1.66666666666666666666667e308"); // 5e308 / 3, exactly rounded
    expect(avgClose30(d, closesNearTheTop, "2013-10-31", 3)).toEqual([[mean]]);
    expect(vwap(d, closesNearTheTop, [[1], [1], [1], [1]], "2013-10-31", 3)).toBe(mean);
  });
  test("a turnover without a volume is refused", () => {
    const e = excelError(() => vwap(d, [[1], [1], [1], [1]], [[1], [1], [null], [1]], "2013-10-31"));
    expect(e.message).toBe(
      "volumes row 3 is empty but turnover row 3 is not: a day has both a turnover and a volume, or neither.",
    );
  });
  test("a range of another shape is refused", () => {
    expect(excelError(() => vwap(d, [[1, 2, 3, 4]], [[1], [1], [1], [1]], "2013-10-31")).message).toMatch(
      /^turnover: the range is 1×4 but dates is 4×1/,
    );
  });
});
