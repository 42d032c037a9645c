import fc from "fast-check";
import {
  dateTextProblem,
  dayFromParts,
  isoDate,
  parseDateText,
  partsOfDay,
} from "../../../src/core/calendar/dayNumber";
import { ERAS, parseEraDate } from "../../../src/core/calendar/eraDate";

/** The oracle: the era of a day, from the proclaimed first days alone (not the module's table). */
const FIRST_DAYS: [string, string, string][] = [
  ["1926-12-25", "昭和", "S"],
  ["1989-01-08", "平成", "H"],
  ["2019-05-01", "令和", "R"],
];
function eraSpelling(iso: string): { kanji: string; letter: string; year: number } {
  const [first, kanji, letter] = [...FIRST_DAYS].reverse().find(([start]) => iso >= start)!;
  return { kanji, letter, year: Number(iso.slice(0, 4)) - Number(first.slice(0, 4)) + 1 };
}

const showaToDay = dayFromParts(1926, 12, 25)!;
const lastCovered = dayFromParts(2060, 12, 31)!;
const anyEraDay = fc.integer({ min: showaToDay, max: lastCovered });

describe("Japanese era dates", () => {
  test("every spelling of every day from Showa on reads as that day", () => {
    fc.assert(
      fc.property(anyEraDay, fc.boolean(), (day, fullWidth) => {
        const iso = isoDate(day);
        const { kanji, letter, year } = eraSpelling(iso);
        const { month, day: d } = partsOfDay(day);
        const spellings = [
          `${kanji}${year}年${month}月${d}日`,
          `${letter}${year}.${month}.${d}`,
          `${letter.toLowerCase()}${String(year).padStart(2, "0")}/${String(month).padStart(2, "0")}/${d}`,
          `${kanji} ${year} 年 ${month} 月 ${d} 日`,
          ...(year === 1 ? [`${kanji}元年${month}月${d}日`] : []),
        ];
        for (const text of spellings) {
          const written = fullWidth
            ? text.replace(/[0-9A-Za-z./]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
            : text;
          expect([written, parseDateText(written)]).toEqual([written, day]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("a day spelled in an era it is not in is refused, with a message naming the era", () => {
    fc.assert(
      fc.property(anyEraDay, fc.constantFrom(...ERAS), (day, era) => {
        const iso = isoDate(day);
        if (eraSpelling(iso).kanji === era.kanji) return;
        const { year, month, day: d } = partsOfDay(day);
        const text = `${era.kanji}${year - era.first[0] + 1}年${month}月${d}日`;
        expect(parseDateText(text)).toBeUndefined();
        if (year - era.first[0] + 1 >= 1) expect(dateTextProblem(text)).toContain(`outside the ${era.english} era`);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ["昭和64年1月7日", "1989-01-07"],
    ["S64.1.7", "1989-01-07"],
    ["平成元年1月8日", "1989-01-08"],
    ["H1.1.8", "1989-01-08"],
    ["H31.4.30", "2019-04-30"],
    ["令和元年5月1日", "2019-05-01"],
    ["R1.5.1", "2019-05-01"],
    ["令和5年10月31日", "2023-10-31"],
    ["平成25年10月31日", "2013-10-31"],
    ["H25.10.31", "2013-10-31"],
    ["㍻25年10月31日", "2013-10-31"],
    ["Ｈ２５．１０．３１", "2013-10-31"],
  ])("%s is %s (at the era boundaries too)", (text, iso) => {
    expect(isoDate(parseDateText(text)!)).toBe(iso);
  });

  test.each([
    ["昭和64年1月8日", "outside the Showa era (昭和, 1926-12-25 to 1989-01-07): 1989-01-08 falls in Heisei (平成)"],
    ["平成元年1月7日", "outside the Heisei era (平成, 1989-01-08 to 2019-04-30): 1989-01-07 falls in Showa (昭和)"],
    ["H31.5.1", "outside the Heisei era (平成, 1989-01-08 to 2019-04-30): 2019-05-01 falls in Reiwa (令和)"],
    ["令和元年4月30日", "outside the Reiwa era (令和, from 2019-05-01): 2019-04-30 falls in Heisei (平成)"],
    ["R0.6.1", "outside the Reiwa era"],
  ])("%s is refused: %s", (text, message) => {
    expect(parseDateText(text)).toBeUndefined();
    expect(dateTextProblem(text)).toContain(message);
  });

  test.each(["平成25年2月30日", "H25.13.1", "大正10年1月1日", "X25.10.31", "平成", "R5.10"])(
    "%s is not a date",
    (text) => {
      expect(parseDateText(text)).toBeUndefined();
    },
  );

  test("Gregorian text is not an era date", () => {
    expect(parseEraDate("2013-10-31")).toBeUndefined();
  });
});
