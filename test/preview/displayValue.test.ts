import { displayValue, isDateFormat } from "../../src/preview/displayValue";

test.each([
  [104, "", "104"],
  [104, "General", "104"],
  [927.7199999999999, "General", "927.72"],
  [46697800, "#,##0", "46,697,800"],
  [927.72, "#,##0.00", "927.72"],
  [96482.88, "#,##0", "96,483"],
  [-1485.46, "#,##0.00", "-1,485.46"],
  [-1485.46, '#,##0.00;"loss "#,##0.00', "loss 1,485.46"],
  [0.999, "0.0%", "99.9%"],
  [0.2, "0%", "20%"],
  [1000, '#,##0" shares"', "1,000 shares"],
  [0.5, "0.0###", "0.5"],
  [0.20191, "0.0###", "0.2019"],
  [41578, "yyyy-mm-dd", "2013-10-31"],
  [41640, 'yyyy"年"m"月"d"日"', "2014年1月1日"],
  [0, '#,##0;-#,##0;"–"', "–"],
  // The release forms: a month by name ([$-409] asks for English whatever Excel's language),
  // amounts in millions by two trailing commas, a loss in its own section.
  [41585, "[$-409]mmmm d, yyyy", "November 7, 2013"],
  [41640, "mmm d, yyyy", "Jan 1, 2014"],
  [22958000000, '#,##0,,"百万円"', "22,958百万円"],
  [22958000000, '"JPY"#,##0,," million"', "JPY22,958 million"],
  [-6000000, '"JPY"#,##0,," million";"Loss of JPY"#,##0,," million"', "Loss of JPY6 million"],
  [-6000000, '#,##0,,"百万円";"▲"#,##0,,"百万円"', "▲6百万円"],
  [400000, '"JPY"#,##0.0,," million"', "JPY0.4 million"],
  [1500, "#,##0,", "2"],
  [-1485.46, '#,##0.00;"▲"#,##0.00', "▲1,485.46"],
])("%p under %j shows %j", (value, format, expected) => {
  expect(displayValue(value, format)).toBe(expected);
});

test("text, booleans and blanks show as Excel shows them", () => {
  expect(displayValue("#VALUE!", "#,##0")).toBe("#VALUE!");
  expect(displayValue(true, "")).toBe("TRUE");
  expect(displayValue(null, "#,##0")).toBe("");
});

test("isDateFormat: the preview reads dates from the left, numbers from the right", () => {
  expect(["yyyy-mm-dd", "yyyy/mm/dd", "d-mmm", 'yyyy"年"m"月"d"日"'].map(isDateFormat)).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(["General", "#,##0", "0.0%", '"d"0', "@", "", undefined].map(isDateFormat)).toEqual([
    false,
    false,
    false,
    false,
    false,
    false,
    false,
  ]);
});
