/**
 * TEXT in the preview's engine formats as the sheet's cells are shown (src/preview/displayValue),
 * so a release's sentence built with TEXT reads as Excel would write it: the month by name,
 * thousands separators, amounts in millions, a loss in its own section. Text holding a quote
 * ("" in a string, as a format's literal needs) reads as in Excel.
 */
import { evaluateSheet } from "./evaluate";

test.each([
  ['=TEXT(41585,"[$-409]mmmm d, yyyy")', "November 7, 2013"],
  ['=TEXT(41585,"yyyy""年""m""月""d""日""")', "2013年11月7日"],
  ['=TEXT(46697800,"#,##0")', "46,697,800"],
  ['=TEXT(22958000000,"""JPY""#,##0,,"" million""")', "JPY22,958 million"],
  ['=TEXT(-6000000,"#,##0,,""百万円"";""▲""#,##0,,""百万円""")', "▲6百万円"],
  ['=TEXT(-1485.46,"#,##0.00;""Loss of JPY""#,##0.00")', "Loss of JPY1,485.46"],
  ['=TEXT(41578,"yyyy-mm-dd")', "2013-10-31"],
  // HyperFormula reads no doubled quote in a string; the preview spells it for it.
  ['="say ""x"""', 'say "x"'],
  ['=LEN("a""b")&""""', '3"'],
  ['=IF("a""b"="a""b",1,0)', 1],
])("%s is %j", (formula, expected) => {
  expect(evaluateSheet({ "0,0": formula })(0, 0)).toBe(expected);
});

test("a blank date's 0 under a date format is HyperFormula's own text, not a failure", () => {
  expect(typeof evaluateSheet({ "0,0": '=TEXT(0,"yyyy-mm-dd")' })(0, 0)).toBe("string");
});
