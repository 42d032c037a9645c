/**
 * The hostile-input table: every custom function against what a spreadsheet can hold in its
 * cells. Each row names the Excel error and a piece of the message the user must see; the bar is
 * that no bad input answers a plausible number. A few rows check that odd but valid input (any
 * order, a whole-column reference) answers exactly what the tidy input answers.
 */
export type Cell = number | string | boolean | null | object;
export type Argument = Cell | Cell[][];

export type FunctionName =
  | "ALLOTMENT_SHARES"
  | "ODD_LOT"
  | "FRACTION_CASH"
  | "AVG_CLOSE_30"
  | "VWAP"
  | "TSE_IS_SESSION"
  | "TSE_WORKDAY"
  | "TSE_WINDOW"
  | "SHORT_FORM"
  | "SIMPLIFIED"
  | "SIMPLIFIED_ARTICLE"
  | "RATIO_RANGE"
  | "MARKET_RATIO"
  | "PREMIUM"
  | "VARIABLE_RATIO"
  | "NET_ASSETS_PER_SHARE"
  | "ADJUSTED_PRICES"
  | "EX_DATE"
  | "SCHEDULE"
  | "SCHEDULE_CHECK"
  | "RIGHTS_CONVERSION"
  | "PRO_FORMA"
  | "CONSOLIDATION"
  | "SQUEEZE_OUT_RATIO"
  | "SQUEEZE_OUT_TEST"
  | "AUTHORISED_SHARES_TEST"
  | "SPECIAL_CONTROLLING";

export type Expected =
  /** The call answers this Excel error, with a message containing `message`. */
  | { error: "#VALUE!" | "#N/A"; message: string }
  /** The call answers an array in which cell [row, column] holds this error (ODD_LOT answers cell by cell). */
  | { cellError: "#VALUE!" | "#N/A"; at: [number, number]; message: string }
  /** Odd but valid input: the answer equals `value`. */
  | { value: unknown };

export interface HostileRow {
  fn: FunctionName;
  /** What the user did, as a test name. */
  case: string;
  args: Argument[];
  expected: Expected;
}

/** An error value sitting in a cell (Excel passes it as a CustomFunctions.Error). */
const cellError = (code: string): object => new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
const NA = () => cellError("#N/A");
const DIV0 = () => cellError("#DIV/0!");

const VALUE = (message: string): Expected => ({ error: "#VALUE!", message });
const NOT_AVAILABLE = (message: string): Expected => ({ error: "#N/A", message });
const column = (...cells: Cell[]): Cell[][] => cells.map((cell) => [cell]);
const row = (...cells: Cell[]): Cell[][] => [cells];

const BEYOND_EXACT = 2 ** 53; // 9,007,199,254,740,992: the first count a double cannot tell from its neighbour

// ---- ALLOTMENT_SHARES(holdings, ratio, [excluded], [result]) ----
const allotment: HostileRow[] = [
  ["text in holdings", ["abc", 26], VALUE('holdings: the text "abc" is not a number; give a number of shares')],
  ["holdings as text with separators and full-width digits", ["４，０００", 26, "3,996"], { value: [[104]] }],
  ["holdings as text with a fraction", ["40.5", 26], VALUE("holdings: 40.5 is not a whole number of shares")],
  // Issue 18: whitespace inside digits was dropped, so "1 23" was 123 and answered 35.
  ["a space inside holdings", ["1 23", 0.29], VALUE('holdings: the text "1 23" has a space inside the number')],
  ["a tab inside holdings", ["12\t3", 0.29], VALUE("has a space inside the number")],
  ["a line break inside a holder", [column(80, "1\n23"), 0.29], VALUE("holdings row 2: the text")],
  ["a space inside the ratio", [4000, "0. 29"], VALUE('ratio: the text "0. 29" has a space inside the number')],
  ["spaces around holdings are fine", ["  123\t", 0.29], { value: [[35]] }],
  ["holdings in exponent form", ["1E+03", 1], VALUE('holdings: the text "1E+03" is in exponent form')],
  ["holdings as negative text", ["▲40", 26], VALUE("holdings: -40 is negative")],
  ["negative holdings", [-5, 26], VALUE("holdings: -5 is negative")],
  ["fractional holdings", [10.5, 26], VALUE("holdings: 10.5 is not a whole number")],
  ["holdings past 2^53", [BEYOND_EXACT, 1], VALUE("beyond 9,007,199,254,740,991")],
  ["holdings NaN", [NaN, 26], VALUE("holdings: NaN")],
  ["holdings Infinity", [Infinity, 26], VALUE("holdings: Infinity")],
  ["holdings -Infinity", [-Infinity, 26], VALUE("holdings: -Infinity")],
  ["holdings TRUE", [true, 26], VALUE("holdings: true is not a number; give a number of shares")],
  ["holdings an error value", [NA(), 26], VALUE("holdings: an error value")],
  ["holdings blank (null)", [null, 26], NOT_AVAILABLE("holdings has no share counts")],
  ['holdings blank ("")', ["", 26], NOT_AVAILABLE("holdings has no share counts")],
  ['a range of blanks, null and ""', [column(null, "", null), 26], NOT_AVAILABLE("every cell is empty")],
  ["text in an n×1 register", [column(80, "x", 30), 5.83], VALUE('holdings row 2: the text "x"')],
  ["text in a 1×n register", [row(80, 40, "x"), 5.83], VALUE('holdings row 1, column 3: the text "x"')],
  ["an error value in a register", [column(80, DIV0(), 30), 5.83], VALUE("holdings row 2: an error value")],
  [
    "a negative holder in a 2×2 register",
    [
      [
        [80, 40],
        [-1, 30],
      ],
      5.83,
    ],
    VALUE("holdings row 2, column 1: -1 is negative"),
  ],
  ["a fractional holder", [column(80, 0.5), 5.83], VALUE("holdings row 2: 0.5 is not a whole number")],
  ["a holder past 2^53", [column(80, BEYOND_EXACT + 2), 1], VALUE("holdings row 2")],
  ["NaN in a register", [column(NaN, 80), 1], VALUE("holdings row 1: NaN")],
  ["ratio 0", [4000, 0], VALUE("ratio: 0 is not above 0")],
  ["ratio negative", [4000, -0.5], VALUE("ratio: -0.5 is not above 0")],
  ['ratio "0/5"', [4000, "0/5"], VALUE("ratio: 0 is not above 0")],
  ['ratio "-2/3"', [4000, "-2/3"], VALUE("is not above 0")],
  ["ratio text", [4000, "abc"], VALUE('ratio: the text "abc" is not a number')],
  ['ratio "2/0"', [4000, "2/0"], VALUE('ratio: the text "2/0" is not a number')],
  ['ratio "1/2/3"', [4000, "1/2/3"], VALUE('ratio: the text "1/2/3" is not a number')],
  ["ratio blank (null)", [4000, null], VALUE("ratio is empty")],
  ['ratio blank ("")', [4000, ""], VALUE("ratio is empty")],
  ["ratio NaN", [4000, NaN], VALUE("ratio")],
  ["ratio Infinity", [4000, Infinity], VALUE("ratio")],
  ["ratio an error value", [4000, NA()], VALUE("ratio: an error value")],
  ["ratio TRUE", [4000, true], VALUE("ratio: true is not a number")],
  ["ratio too small to hold exactly", [4000, 1e-30], VALUE("ratio: ")],
  ["ratio too large to hold exactly", [4000, 1e20], VALUE("has more digits than exact share arithmetic holds")],
  ["excluded negative", [4000, 26, -1], VALUE("excluded: -1 is negative")],
  ["excluded fractional", [4000, 26, 1.5], VALUE("excluded: 1.5 is not a whole number")],
  ["excluded text", [4000, 26, "x"], VALUE('excluded: the text "x" is not a number; give a number of shares')],
  ["excluded NaN", [4000, 26, NaN], VALUE("excluded: NaN")],
  ["excluded above holdings", [4000, 26, 5000], VALUE("excluded")],
  [
    "excluded with a register",
    [column(80, 40), 5.83, 10],
    VALUE("excluded: 10 can only be subtracted from one number"),
  ],
  ["unknown result", [4000, 26, 3996, "everything"], VALUE('result: the text "everything" is not one of')],
  ["result a number", [4000, 26, 3996, 2], VALUE("result: 2 is not one of")],
  [
    "one holding × ratio past what Excel holds exactly",
    [2 ** 52, 3],
    VALUE("holdings: 4503599627370496 shares × the ratio is past 9,007,199,254,740,991"),
  ],
  [
    "a register's total past what Excel holds exactly",
    [column(2 ** 52, 2 ** 52), 1.5],
    VALUE("beyond 9,007,199,254,740,991"),
  ],
  ["one holder's allotment past 2^53", [column(1, 2 ** 51), 26], VALUE("holdings row 2")],
].map(([name, args, expected]) => ({
  fn: "ALLOTMENT_SHARES",
  case: name as string,
  args: args as Argument[],
  expected: expected as Expected,
}));

// ---- ODD_LOT(shares, [unit], [result]) ----
const oddLot: HostileRow[] = [
  ["negative shares", [-1], VALUE("shares: -1 is negative")],
  ["fractional shares", [150.5], VALUE("shares: 150.5 is not a whole number")],
  ["text shares holding a number", ["１５０"], { value: [[50]] }],
  ["text shares", ["150 shares"], VALUE('shares: the text "150 shares" is not a number; give a number of shares')],
  ["shares NaN", [NaN], VALUE("shares: NaN")],
  ["shares Infinity", [Infinity], VALUE("shares: Infinity")],
  ["shares past 2^53", [BEYOND_EXACT], VALUE("beyond 9,007,199,254,740,991")],
  ["shares an error value", [NA()], VALUE("shares: an error value")],
  ["shares TRUE", [true], VALUE("shares: true")],
  ["unit 0", [150, 0], VALUE("unit")],
  ["unit 1,001", [150, 1001], VALUE("unit")],
  ["unit negative", [150, -100], VALUE("unit")],
  ["unit fractional", [150, 1.5], VALUE("unit")],
  ["unit text holding a number", [150, "100"], { value: [[50]] }],
  ["unit text", [150, "a hundred"], VALUE('unit: the text "a hundred" is not a number; give a share unit')],
  ["unit blank text", [150, "", "units"], { value: [[1]] }],
  ["unit NaN", [150, NaN], VALUE("unit")],
  ["unit an error value", [150, NA()], VALUE("unit: an error value")],
  ["unknown result", [150, 100, "remainder"], VALUE('result: the text "remainder" is not one of')],
  [
    "a negative cell in an n×1 range",
    [column(150, -1)],
    { cellError: "#VALUE!", at: [1, 0], message: "shares row 2: -1 is negative" },
  ],
  [
    "a text cell in a 1×n range",
    [row(150, "x")],
    { cellError: "#VALUE!", at: [0, 1], message: 'shares row 1, column 2: the text "x"' },
  ],
  [
    "an error value in a range",
    [column(150, DIV0())],
    { cellError: "#VALUE!", at: [1, 0], message: "shares row 2: an error value" },
  ],
  [
    "a fractional cell, result all",
    [column(150, 0.5), 100, "all"],
    { cellError: "#VALUE!", at: [1, 1], message: "shares row 2: 0.5 is not a whole number" },
  ],
  ["a fractional single cell, result all", [0.5, 100, "all"], VALUE("shares: 0.5 is not a whole number")],
  [
    "a cell past 2^53 in a 2×2 range",
    [
      [
        [1, 2],
        [3, BEYOND_EXACT],
      ],
    ],
    { cellError: "#VALUE!", at: [1, 1], message: "shares row 2, column 2" },
  ],
  ["blank shares stay blank", [null], { value: [[""]] }],
].map(([name, args, expected]) => ({
  fn: "ODD_LOT",
  case: name as string,
  args: args as Argument[],
  expected: expected as Expected,
}));

// ---- FRACTION_CASH(holdings, ratio, proceeds, [rounding], [result]) ----
const register = column(80, 40, 30); // at 5.83: fraction pool 1.5, 1 share sold
const fractionCash: HostileRow[] = [
  ["proceeds blank (null)", [register, 5.83, null], VALUE("proceeds is empty")],
  ['proceeds blank ("")', [register, 5.83, ""], VALUE("proceeds is empty")],
  ["proceeds negative", [register, 5.83, -100], VALUE("proceeds: -100 is negative")],
  ["proceeds text holding a number", [register, 5.83, "1,000"], { value: [[266], [133], [600]] }],
  ["proceeds text", [register, 5.83, "¥1000"], VALUE('proceeds: the text "¥1000" is not a number')],
  ["proceeds NaN", [register, 5.83, NaN], VALUE("proceeds: NaN")],
  ["proceeds Infinity", [register, 5.83, Infinity], VALUE("proceeds: Infinity")],
  ["proceeds past 2^53", [register, 5.83, BEYOND_EXACT], VALUE("proceeds: ")],
  ["proceeds an error value", [register, 5.83, NA()], VALUE("proceeds: an error value")],
  ["proceeds with nothing sold", [column(80, 40), 1, 1000], VALUE("nothing is sold")],
  ["ratio 0", [register, 0, 1000], VALUE("ratio: 0 is not above 0")],
  ["ratio text", [register, "five", 1000], VALUE('ratio: the text "five" is not a number')],
  ["a negative holder", [column(80, -40), 5.83, 1000], VALUE("holdings row 2: -40 is negative")],
  ["a fractional holder", [column(80, 40.5), 5.83, 1000], VALUE("holdings row 2: 40.5 is not a whole number")],
  ["a blank register", [column(null, ""), 5.83, 1000], NOT_AVAILABLE("holdings has no share counts")],
  ["unknown rounding", [register, 5.83, 1000, "up"], VALUE('rounding: the text "up" is not one of')],
  ["unknown result", [register, 5.83, 1000, "down", "total"], VALUE('result: the text "total" is not one of')],
].map(([name, args, expected]) => ({
  fn: "FRACTION_CASH",
  case: name as string,
  args: args as Argument[],
  expected: expected as Expected,
}));

// ---- A small price history (serials): 2013-10-01 … 2013-10-31, sessions only ----
const OCT_2013 = [
  41548, 41549, 41550, 41551, 41554, 41555, 41556, 41557, 41558, 41562, 41563, 41564, 41565, 41568, 41569, 41570, 41571,
  41572, 41575, 41576, 41577, 41578,
]; // 22 sessions (14 Oct was Sports Day)
const dates = column(...OCT_2013);
const closes = column(...OCT_2013.map((_, i) => 2000 + 10 * i));
const meanOfLast = (n: number) =>
  OCT_2013.slice(-n).reduce((sum, _, i, all) => sum + 2000 + 10 * (OCT_2013.length - all.length + i), 0) / n;
const reversed = (m: Cell[][]) => [...m].reverse();
const wholeColumn = (m: Cell[][]): Cell[][] => [...m, ...Array.from({ length: 1_048_576 - m.length }, () => [null])];
const replaced = (m: Cell[][], index: number, cell: Cell) => m.map((r, i) => (i === index ? [cell] : r));
const SATURDAY = 41559; // 2013-10-12
const HALTED = 44105; // 2020-10-01: no trade on the TSE

const avgClose: HostileRow[] = [
  [
    "closes shorter than dates",
    [dates, closes.slice(1), 41578, 5],
    VALUE("closes: the range is 21×1 but dates is 22×1"),
  ],
  [
    "closes 1×n beside dates n×1",
    [dates, [closes.map((r) => r[0]!)], 41578, 5],
    VALUE("closes: the range is 1×22 but dates is 22×1"),
  ],
  [
    "text in a close",
    [dates, replaced(closes, 3, "n/a"), 41578, 5],
    VALUE('closes row 4: the text "n/a" is not a number'),
  ],
  [
    "negative close",
    [dates, replaced(closes, 3, -2000), 41578, 5],
    VALUE("closes row 4: -2000 is not a positive closing price"),
  ],
  ["NaN close", [dates, replaced(closes, 3, NaN), 41578, 5], VALUE("closes row 4")],
  ["Infinity close", [dates, replaced(closes, 3, Infinity), 41578, 5], VALUE("closes row 4")],
  ["an error value as a close", [dates, replaced(closes, 3, NA()), 41578, 5], VALUE("closes row 4: an error value")],
  ["TRUE as a close", [dates, replaced(closes, 3, true), 41578, 5], VALUE("closes row 4: true")],
  [
    "text in a date",
    [replaced(dates, 2, "yesterday"), closes, 41578, 5],
    VALUE('dates row 3: the text "yesterday" is not a date'),
  ],
  [
    "an impossible date text",
    [replaced(dates, 2, "2013-02-30"), closes, 41578, 5],
    VALUE('dates row 3: the text "2013-02-30" is not a date'),
  ],
  ["an error value as a date", [replaced(dates, 2, NA()), closes, 41578, 5], VALUE("dates row 3: an error value")],
  ["a date NaN", [replaced(dates, 2, NaN), closes, 41578, 5], VALUE("dates row 3: NaN is not an Excel date")],
  ["a date past 9999", [replaced(dates, 2, 3e6), closes, 41578, 5], VALUE("dates row 3: 3000000 is not an Excel date")],
  ["a negative date", [replaced(dates, 2, -5), closes, 41578, 5], VALUE("dates row 3: -5 is not an Excel date")],
  [
    "a close with its date blank",
    [replaced(dates, 2, null), closes, 41578, 5],
    VALUE("dates row 3 is empty but closes row 3 holds"),
  ],
  [
    "a date twice with different closes",
    [replaced(dates, 5, OCT_2013[4]!), closes, 41578, 5],
    VALUE("2013-10-07 appears in row 5 and row 6 with different closes"),
  ],
  [
    "a close on a Saturday",
    [replaced(dates, 21, SATURDAY), closes, 41577, 5],
    VALUE("2013-10-12 is not a TSE session"),
  ],
  [
    "a close on the day trading halted",
    [column(HALTED - 1, HALTED), column(100, 101), HALTED, 2],
    VALUE("2020-10-01 has a close, but all trading on the TSE was halted"),
  ],
  ["reference before the data", [dates, closes, 41540, 5], NOT_AVAILABLE("the price history begins 2013-10-01")],
  ["window reaching before the data", [dates, closes, 41578, 30], NOT_AVAILABLE("8 sessions are missing")],
  ["reference after the data", [dates, closes, 41600, 5], NOT_AVAILABLE("the price history ends 2013-10-31")],
  ["reference before 1970", [dates, closes, 20000, 5], NOT_AVAILABLE("out of bounds")],
  ["reference after 2050", [dates, closes, 55200, 5], NOT_AVAILABLE("out of bounds")],
  ["reference blank (null)", [dates, closes, null, 5], VALUE("reference_date is empty")],
  ['reference blank ("")', [dates, closes, "", 5], VALUE("reference_date is empty")],
  ["reference 0", [dates, closes, 0, 5], VALUE("reference_date: 0 is not an Excel date")],
  ["reference serial 60 (1900-02-29)", [dates, closes, 60, 5], VALUE("reference_date: serial 60 is 1900-02-29")],
  ["reference text", [dates, closes, "today", 5], VALUE('reference_date: the text "today" is not a date')],
  ["reference an error value", [dates, closes, NA(), 5], VALUE("reference_date: an error value")],
  ["reference Infinity", [dates, closes, Infinity, 5], VALUE("reference_date: Infinity is not an Excel date")],
  ["days 0", [dates, closes, 41578, 0], VALUE("days: 0 is not a window")],
  ["days negative", [dates, closes, 41578, -5], VALUE("days: -5 is not a window")],
  ["days fractional", [dates, closes, 41578, 2.5], VALUE("days: 2.5 is not a window")],
  ["days NaN", [dates, closes, 41578, NaN], VALUE("days: NaN is not a window")],
  ["days text", [dates, closes, 41578, "thirty"], VALUE('days: "thirty" is not a window')],
  ["days an error value", [dates, closes, 41578, NA()], VALUE("days: an error value")],
  ["days past the calendar", [dates, closes, 41578, 100_000], NOT_AVAILABLE("out of bounds")],
  [
    "closed_dates text",
    [dates, closes, 41578, 5, column("the 5th")],
    VALUE('closed_dates row 1: the text "the 5th" is not a date'),
  ],
  ["closed_dates an error value", [dates, closes, 41578, 5, column(NA())], VALUE("closed_dates row 1: an error value")],
  ["rounding text", [dates, closes, 41578, 5, null, "nearest"], VALUE("rounding")],
  ["rounding negative", [dates, closes, 41578, 5, null, -1], VALUE("rounding")],
  ["unknown result", [dates, closes, 41578, 5, null, null, "all"], VALUE('result: the text "all" is not one of')],
  [
    "no close in the window",
    [dates, column(...OCT_2013.map((_, i) => (i < 10 ? 100 : null))), 41578, 5],
    NOT_AVAILABLE("No trade in the window"),
  ],
  ["an empty history", [column(null, null), column(null, null), 41578, 5], VALUE("the price history is empty")],
  ["dates in reverse order", [reversed(dates), reversed(closes), 41578, 5], { value: [[meanOfLast(5)]] }],
  [
    "a date repeated with the same close",
    [[...dates, dates[21]!], [...closes, closes[21]!], 41578, 5],
    { value: [[meanOfLast(5)]] },
  ],
  [
    "whole columns (A:A, 1,048,576 rows)",
    [wholeColumn(dates), wholeColumn(closes), 41578, 20],
    { value: [[meanOfLast(20)]] },
  ],
].map(([name, args, expected]) => ({
  fn: "AVG_CLOSE_30",
  case: name as string,
  args: args as Argument[],
  expected: expected as Expected,
}));

// ---- VWAP(dates, turnover, volumes, reference_date, [days], …) ----
const volumes = column(...OCT_2013.map(() => 1000));
const turnover = column(...OCT_2013.map((_, i) => 1000 * (2000 + 10 * i)));
const vwap: HostileRow[] = [
  [
    "turnover without a volume",
    [dates, turnover, replaced(volumes, 4, null), 41578, 5],
    VALUE("volumes row 5 is empty but turnover row 5 is not"),
  ],
  [
    "a volume without turnover",
    [dates, replaced(turnover, 4, ""), volumes, 41578, 5],
    VALUE("turnover row 5 is empty but volumes row 5 is not"),
  ],
  [
    "volume 0 beside a turnover",
    [dates, turnover, replaced(volumes, 4, 0), 41578, 5],
    VALUE("volumes row 5 is 0 but turnover row 5 is not"),
  ],
  [
    "negative volume",
    [dates, turnover, replaced(volumes, 4, -1000), 41578, 5],
    VALUE("volumes row 5: -1000 is not a positive volume"),
  ],
  [
    "text turnover",
    [dates, replaced(turnover, 4, "lots"), volumes, 41578, 5],
    VALUE('turnover row 5: the text "lots" is not a number'),
  ],
  [
    "an error value as volume",
    [dates, turnover, replaced(volumes, 4, NA()), 41578, 5],
    VALUE("volumes row 5: an error value"),
  ],
  [
    "volumes of another shape",
    [dates, turnover, volumes.slice(2), 41578, 5],
    VALUE("volumes: the range is 20×1 but dates is 22×1"),
  ],
  [
    "reference before the data",
    [dates, turnover, volumes, 41500, 5],
    NOT_AVAILABLE("the price history begins 2013-10-01: 5 sessions are missing"),
  ],
  ["reference after 2050", [dates, turnover, volumes, 60000, 5], NOT_AVAILABLE("out of bounds")],
  ["days 0", [dates, turnover, volumes, 41578, 0], VALUE("days: 0 is not a window")],
  ["window before the data", [dates, turnover, volumes, 41578, 60], NOT_AVAILABLE("sessions are missing")],
  [
    "dates in reverse order",
    [reversed(dates), reversed(turnover), reversed(volumes), 41578, 5],
    { value: meanOfLast(5) },
  ],
].map(([name, args, expected]) => ({
  fn: "VWAP",
  case: name as string,
  args: args as Argument[],
  expected: expected as Expected,
}));

// ---- Calendar functions ----
const calendar: HostileRow[] = [
  ...(
    [
      ["date text", ["someday"], VALUE('date: the text "someday" is not a date')],
      ["an era date", ["R5.10.31"], { value: true }],
      ["an era date in kanji", ["平成25年10月14日"], { value: false }],
      [
        "an era date past its era",
        ["平成31年5月1日"],
        VALUE(
          "date: 平成31年5月1日 is outside the Heisei era (平成, 1989-01-08 to 2019-04-30): 2019-05-01 falls in Reiwa",
        ),
      ],
      ["date blank (null)", [null], VALUE("date is empty")],
      ['date blank ("")', [""], VALUE("date is empty")],
      ["date NaN", [NaN], VALUE("date: NaN is not an Excel date")],
      ["date 0", [0], VALUE("date: 0 is not an Excel date")],
      ["date before 1970", [1000], NOT_AVAILABLE("out of bounds")],
      ["date after 2050", [60000], NOT_AVAILABLE("out of bounds")],
      ["date an error value", [NA()], VALUE("date: an error value")],
      ["date a range", [[[41578, 41579]]], VALUE("date: ")],
      ["closed_dates text", [41578, column("holiday")], VALUE('closed_dates row 1: the text "holiday" is not a date')],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "TSE_IS_SESSION" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
  ...(
    [
      ["n text", [41578, "five"], VALUE('n: the text "five" is not a number; give a number of sessions')],
      ["n blank", [41578, null], VALUE("n is empty")],
      ["n as text", [41578, "-29"], { value: 41535 }],
      ["n far past the calendar names n", [41578, 1e308], NOT_AVAILABLE("n: 1e+308 sessions after 2013-10-31")],
      ["n NaN", [41578, NaN], VALUE("n: ")],
      ["n Infinity", [41578, Infinity], VALUE("n: ")],
      ["n an error value", [41578, NA()], VALUE("n: an error value")],
      ["n past the calendar", [41578, 1e6], NOT_AVAILABLE("out of bounds")],
      ["n before the calendar", [41578, -1e6], NOT_AVAILABLE("out of bounds")],
      ["date before 1970", [-100, 5], VALUE("date: -100 is not an Excel date")],
      ["date after 2050", [60000, 5], NOT_AVAILABLE("out of bounds")],
      ["date text", ["soon", 5], VALUE('date: the text "soon" is not a date')],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "TSE_WORKDAY" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
  ...(
    [
      ["days 0", [41578, 0], VALUE("days: 0 is not a window")],
      ["days text", [41578, "a month"], VALUE('days: "a month" is not a window')],
      ["days counted in closes", [41578, "30 closes"], VALUE("needs prices")],
      ["days past the calendar", [30000, 100_000], NOT_AVAILABLE("out of bounds")],
      ["reference before 1970", [20000, 30], NOT_AVAILABLE("out of bounds")],
      ["reference after 2050", [60000, 30], NOT_AVAILABLE("out of bounds")],
      ["reference blank", [null, 30], VALUE("reference_date is empty")],
      ["reference an error value", [NA(), 30], VALUE("reference_date: an error value")],
      ["a period reaching before 1970", [25570, "6M"], NOT_AVAILABLE("out of bounds")],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "TSE_WINDOW" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
];

// ---- Procedure tests ----
const procedure: HostileRow[] = [
  ...(
    [
      ["held above total", [1000, 999], VALUE("exceed the total")],
      ["total 0", [0, 0], VALUE("Total voting rights must be more than 0")],
      ["held negative", [-1, 100], VALUE("voting_rights_held: -1 is negative")],
      ["held fractional", [1.5, 100], VALUE("voting_rights_held: 1.5 is not a whole number")],
      [
        "held text",
        ["90%", 100],
        VALUE('voting_rights_held: the text "90%" is not a number; give a number of voting rights (units)'),
      ],
      ["held negative, in units", [-1, 100], VALUE("a number of voting rights (units) is 0 or more")],
      ["held and total as text", ["３，９９６", "4,000"], { value: true }],
      ["total NaN", [90, NaN], VALUE("voting_rights_total: NaN")],
      ["total an error value", [90, NA()], VALUE("voting_rights_total: an error value")],
      ["threshold below 9/10", [95, 100, 0.5], VALUE("never lower it")],
      ["threshold above 1", [95, 100, 1.5], VALUE("never lower it")],
      ["threshold text", [95, 100, "high"], VALUE('threshold: the text "high" is not a number')],
      ["unknown result", [95, 100, null, "percent"], VALUE('result: the text "percent" is not one of')],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "SHORT_FORM" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
  ...(
    [
      ["shares delivered negative", [-104, 1000, 1e9], VALUE("shares_delivered: -104 is negative")],
      ["shares delivered fractional", [104.5, 1000, 1e9], VALUE("shares_delivered: 104.5 is not a whole number")],
      ["book value per share as text", [104, "1,000", 1e9], { value: [[true]] }],
      [
        "book value per share text",
        [104, "1,000 yen", 1e9],
        VALUE('book_value_per_share: the text "1,000 yen" is not a number; give an amount in yen'),
      ],
      [
        "X past the largest double",
        [2 ** 52, 1e300, 1e9, 0, null, null, "x"],
        VALUE("X (the consideration) comes to about"),
      ],
      [
        "X just past 2^53 (once #NUM! without a message)",
        [169861481, 70928226, 200134, 0, "1/6", true, "x"],
        { value: [[12047973513062706]] },
      ],
      ["book value per share NaN", [104, NaN, 1e9], VALUE("book_value_per_share: NaN is not a number")],
      ["net assets Infinity", [104, 1000, Infinity], VALUE("net_assets: Infinity is not a number")],
      ["net assets blank", [104, 1000, null], VALUE("net_assets is empty")],
      ["other consideration negative", [104, 1000, 1e9, -1], VALUE("other consideration cannot be negative")],
      ["limit above 1/5", [104, 1000, 1e9, 0, 0.5], VALUE("never raise it")],
      ["limit 0", [104, 1000, 1e9, 0, 0], VALUE("must be more than 0")],
      [
        "net_assets_floor text",
        [104, 1000, 1e9, 0, null, "yes"],
        VALUE('net_assets_floor: the text "yes" is not TRUE or FALSE'),
      ],
      ["unknown result", [104, 1000, 1e9, 0, null, null, "z"], VALUE('result: the text "z" is not one of')],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "SIMPLIFIED" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
  ...(
    [
      ["effective date text", ["next year"], VALUE('effective_date: the text "next year" is not a date')],
      ["effective date blank", [null], VALUE("effective_date is empty")],
      ["effective date NaN", [NaN], VALUE("effective_date: NaN is not an Excel date")],
      ["effective date an error value", [NA()], VALUE("effective_date: an error value")],
      ["effective date before the Companies Act (2006-05-01)", [36526], NOT_AVAILABLE("effective_date")],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "SIMPLIFIED_ARTICLE" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
];

// ---- Split adjustments (the last argument of AVG_CLOSE_30 and VWAP) ----
const MONDAY_21 = 41568; // 2013-10-21, a session inside the data
const NEXT_SESSION = 41579; // 2013-11-01: a session after the data ends
const averaged = (adjustments: Argument): Argument[] => [dates, closes, 41578, 5, null, null, null, adjustments];
const adjustmentRows: HostileRow[] = [
  ...(
    [
      ["adjustments one column", averaged([[MONDAY_21]]), VALUE("adjustments: the range is 1×1; give two columns")],
      ["adjustments three columns", averaged([[MONDAY_21, 2, 3]]), VALUE("adjustments: the range is 1×3")],
      ["factor 0", averaged([[MONDAY_21, 0]]), VALUE("adjustments row 1: the factor 0 is not above 0")],
      ["factor negative", averaged([[MONDAY_21, -2]]), VALUE("adjustments row 1: the factor -2 is not above 0")],
      [
        "factor text",
        averaged([[MONDAY_21, "two"]]),
        VALUE('adjustments row 1 factor: the text "two" is not a number'),
      ],
      ["factor NaN", averaged([[MONDAY_21, NaN]]), VALUE("adjustments row 1 factor: NaN")],
      ["factor Infinity", averaged([[MONDAY_21, Infinity]]), VALUE("adjustments row 1 factor: Infinity")],
      ["factor an error value", averaged([[MONDAY_21, NA()]]), VALUE("adjustments row 1 factor: an error value")],
      ["factor TRUE", averaged([[MONDAY_21, true]]), VALUE("adjustments row 1 factor: true is not a number")],
      ["ex-date on a Saturday", averaged([[SATURDAY, 2]]), VALUE("2013-10-12 is not a TSE session")],
      ["ex-date text", averaged([["soon", 2]]), VALUE('adjustments row 1: the text "soon" is not a date')],
      ["ex-date an error value", averaged([[NA(), 2]]), VALUE("adjustments row 1: an error value")],
      ["a factor without its ex-date", averaged([[null, 2]]), VALUE("adjustments row 1: the factor 2 has no ex-date")],
      [
        "an ex-date without its factor",
        averaged([[MONDAY_21, ""]]),
        VALUE("adjustments row 1: the ex-date has no factor"),
      ],
      [
        "one ex-date twice",
        averaged([
          [MONDAY_21, 2],
          [MONDAY_21, 2],
        ]),
        VALUE("adjustments row 2: 2013-10-21 is also the ex-date in adjustments row 1"),
      ],
      ["ex-date after 2050", averaged([[60000, 2]]), NOT_AVAILABLE("out of bounds")],
      ["blank adjustments change nothing", averaged([[null, null]]), { value: [[meanOfLast(5)]] }],
      // Issue 18: a label from Object's prototype read as a mode and rounded down without a word.
      [
        "a rounding named after Object's prototype",
        [dates, closes, 41578, 5, null, "constructor 2"],
        VALUE('rounding: "constructor 2" is not a rounding'),
      ],
      ["a factor of 1 changes nothing", averaged([[MONDAY_21, 1]]), { value: [[meanOfLast(5)]] }],
      [
        "an ex-date after the data adjusts every close",
        averaged([[NEXT_SESSION, 2]]),
        { value: [[meanOfLast(5) / 2]] },
      ],
      ["an ex-date before the data adjusts none", averaged([[41547, "1/3"]]), { value: [[meanOfLast(5)]] }],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "AVG_CLOSE_30" as const,
    case: name,
    args: args as unknown as Argument[],
    expected: expected as Expected,
  })),
  ...(
    [
      [
        "factor text",
        [dates, turnover, volumes, 41578, 5, null, null, [[MONDAY_21, "x"]]],
        VALUE('adjustments row 1 factor: the text "x" is not a number'),
      ],
      [
        "ex-date on a Saturday",
        [dates, turnover, volumes, 41578, 5, null, null, [[SATURDAY, 2]]],
        VALUE("is not a TSE session"),
      ],
      [
        "a consolidation after the data halves every volume",
        [dates, turnover, volumes, 41578, 5, null, null, [[NEXT_SESSION, 0.5]]],
        { value: meanOfLast(5) * 2 },
      ],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "VWAP" as const,
    case: name,
    args: args as unknown as Argument[],
    expected: expected as Expected,
  })),
];

// ---- Valuation ----
const HEADER = ["period", "target average", "acquirer average", "ratio"];
const valuation: HostileRow[] = [
  ...(
    [
      ["target_low text", ["abc", 2, 1, 1], VALUE('target_low: the text "abc" is not a number')],
      ["target_low blank", [null, 2, 1, 1], VALUE("target_low is empty")],
      ["target_high an error value", [1, NA(), 1, 1], VALUE("target_high: an error value")],
      ["target_high TRUE", [1, true, 1, 1], VALUE("target_high: true is not a number")],
      ["acquirer_low Infinity", [1, 2, Infinity, 1], VALUE("acquirer_low: Infinity is not a number")],
      ["acquirer_high NaN", [1, 2, 1, NaN], VALUE("acquirer_high: NaN")],
      ["a low above its high", [2, 1, 1, 1], VALUE("target_low: 2 is above target_high 1")],
      ["acquirer_low 0", [1, 2, 0, 1], VALUE("acquirer_low: 0 is not a per-share value above 0")],
      ["acquirer_high negative", [1, 2, 1, -1], VALUE("acquirer_high: -1 is not a per-share value above 0")],
      ["decimals negative", [1, 2, 1, 1, -1], VALUE("decimals: -1 is not a number of decimal places")],
      ["decimals fractional", [1, 2, 1, 1, 2.5], VALUE("decimals: 2.5 is not")],
      ["decimals 11", [1, 2, 1, 1, 11], VALUE("decimals: 11 is not")],
      ["decimals text", [1, 2, 1, 1, "two"], VALUE('decimals: "two" is not')],
      ["decimals TRUE", [1, 2, 1, 1, true], VALUE("decimals: true is neither a number nor text")],
      ["unknown rounding", [1, 2, 1, 1, 2, "nearest"], VALUE('rounding: "nearest" is not a rounding')],
      ["rounding without decimals", [1, 2, 1, 1, null, "down"], VALUE('rounding: "down" needs decimals')],
      ["rounding an error value", [1, 2, 1, 1, 2, NA()], VALUE("rounding: an error value")],
      [
        "rounding named after Object's prototype",
        [1, 2, 3, 3, 2, "constructor"],
        VALUE('rounding: "constructor" is not a rounding'),
      ],
      ["values as text, with separators", ["1,000", "2000", "500", "500"], { value: [[2, 4]] }],
      [
        "a fraction is not a per-share value",
        ["2/3", "1", "1", "1"],
        VALUE('target_low: the text "2/3" is a fraction; fractions are for ratios'),
      ],
      // Issue 18: 5e-324 ÷ 1000 underflowed to a plausible 0.
      [
        "a ratio below the smallest number Excel holds",
        [5e-324, 21000, 900, 1000],
        VALUE("The low ratio comes to about 5e-327, below 2.2e-308"),
      ],
      ["a ratio just below Excel's smallest", [1e-300, 1, 1e9, 1e9], VALUE("The low ratio comes to about 1e-309")],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "RATIO_RANGE" as const,
    case: name,
    args: args as unknown as Argument[],
    expected: expected as Expected,
  })),
  ...(
    [
      [
        "target_closes shorter than its dates",
        [dates, closes.slice(1), dates, closes, 41578],
        VALUE("target_closes: the range is 21×1"),
      ],
      [
        "text in an acquirer close",
        [dates, closes, dates, replaced(closes, 3, "n/a"), 41578],
        VALUE('acquirer_closes row 4: the text "n/a" is not a number'),
      ],
      [
        "text in an acquirer date",
        [dates, closes, replaced(dates, 1, "x"), closes, 41578],
        VALUE('acquirer_dates row 2: the text "x" is not a date'),
      ],
      [
        "a target close on a Saturday",
        [replaced(dates, 10, SATURDAY), closes, dates, closes, 41578],
        VALUE("target_dates row 11: 2013-10-12 is not a TSE session"),
      ],
      ["reference blank", [dates, closes, dates, closes, null], VALUE("reference_date is empty")],
      ["reference after 2050", [dates, closes, dates, closes, 60000], NOT_AVAILABLE("out of bounds")],
      ["periods 0", [dates, closes, dates, closes, 41578, 0], VALUE("periods: 0 is not a window")],
      ["periods text", [dates, closes, dates, closes, 41578, "a month"], VALUE('periods: "a month" is not a window')],
      [
        "a bad period in a range",
        [dates, closes, dates, closes, 41578, column("close", "x")],
        VALUE('periods row 2: "x" is not a window'),
      ],
      [
        "periods TRUE",
        [dates, closes, dates, closes, 41578, true],
        VALUE("periods: true is neither a number nor text"),
      ],
      [
        "a window before the data",
        [dates, closes, dates, closes, 41578, "6M"],
        NOT_AVAILABLE("target_dates: the window (6 months to 2013-10-31)"),
      ],
      [
        "no acquirer trade on the reference session",
        [dates, closes, dates, replaced(closes, 21, null), 41578, "close"],
        NOT_AVAILABLE("acquirer_closes: No trade in the window"),
      ],
      ["decimals negative", [dates, closes, dates, closes, 41578, 5, -1], VALUE("decimals: -1")],
      ["unknown rounding", [dates, closes, dates, closes, 41578, 5, 2, "even"], VALUE('rounding: "even"')],
      [
        "adjustments in two columns",
        [dates, closes, dates, closes, 41578, 5, null, null, [[MONDAY_21, 2]]],
        VALUE("adjustments: the range is 1×2; give four columns"),
      ],
      [
        "an acquirer factor of 0",
        [dates, closes, dates, closes, 41578, 5, null, null, [[null, null, MONDAY_21, 0]]],
        VALUE("adjustments row 1 (acquirer): the factor 0 is not above 0"),
      ],
      [
        "a target ex-date on a Saturday",
        [dates, closes, dates, closes, 41578, 5, null, null, [[SATURDAY, 2, null, null]]],
        VALUE("adjustments row 1 (target): 2013-10-12 is not a TSE session"),
      ],
      [
        "the same history on both sides: ratio 1",
        [dates, closes, dates, closes, 41578, 5],
        { value: [HEADER, [5, meanOfLast(5), meanOfLast(5), 1]] },
      ],
      [
        "histories in reverse order",
        [reversed(dates), reversed(closes), dates, closes, 41578, "5 closes"],
        { value: [HEADER, ["5 closes", meanOfLast(5), meanOfLast(5), 1]] },
      ],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "MARKET_RATIO" as const,
    case: name,
    args: args as unknown as Argument[],
    expected: expected as Expected,
  })),
  ...(
    [
      ["offer blank", [null, 1200], VALUE("offer is empty")],
      ["offer text", ["abc", 1200], VALUE('offer: the text "abc" is not a number')],
      ["offer 0", [0, 1200], VALUE("offer: 0 is not an offer above 0")],
      ["reference 0", [1500, 0], VALUE("reference: 0 is not a reference price above 0")],
      ["reference negative", [1500, -1200], VALUE("reference: -1200 is not")],
      ["reference NaN", [1500, NaN], VALUE("reference: NaN")],
      ["reference an error value", [1500, NA()], VALUE("reference: an error value")],
      ["ranges of two shapes", [column(1, 2), column(1, 2, 3)], VALUE("reference: the range is 3×1 but offer is 2×1")],
      [
        "a bad cell in a range",
        [1500, column(1200, 0)],
        { cellError: "#VALUE!", at: [1, 0], message: "reference row 2: 0 is not a reference price above 0" },
      ],
      [
        "text in an offer range",
        [row(1500, "x"), row(1200, 1200)],
        { cellError: "#VALUE!", at: [0, 1], message: 'offer row 1, column 2: the text "x"' },
      ],
      ["decimals 11", [1500, 1200, 11], VALUE("decimals: 11")],
      ["unknown rounding", [1500, 1200, 2, "banker's"], VALUE("rounding: ")],
      ["blank cells in a range stay blank", [1500, column(1200, null)], { value: [[0.25], [""]] }],
      // Issue 18: the message named "[object Object]" for the cell.
      [
        "a premium past the largest number",
        [1e308, 1e-308],
        VALUE("The premium of offer over reference comes to about 9.9e615"),
      ],
      [
        "a premium past the largest number, in a range",
        [1e308, column(1200, 1e-308)],
        { cellError: "#VALUE!", at: [1, 0], message: "The premium of offer over reference row 2 comes to" },
      ],
      ["a fraction is not a price", ["2/3", 1200], VALUE('offer: the text "2/3" is a fraction')],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "PREMIUM" as const,
    case: name,
    args: args as unknown as Argument[],
    expected: expected as Expected,
  })),
  ...(
    [
      ["amount 0", [0, 3000], VALUE("amount: 0 is not a yen amount above 0")],
      ["amount blank", [null, 3000], VALUE("amount is empty")],
      ["amount text", ["¥3,500", 3000], VALUE('amount: the text "¥3,500" is not a number')],
      ["amount an error value", [NA(), 3000], VALUE("amount: an error value")],
      ["average_price NaN", [3500, NaN], VALUE("average_price: NaN")],
      ["average_price 0", [3500, 0], VALUE("average_price: 0 is not a price above 0")],
      ["floor negative", [3500, 3000, -1], VALUE("floor_price: -1 is not a price above 0")],
      ["cap text", [3500, 3000, null, "high"], VALUE('cap_price: the text "high" is not a number')],
      ["floor above cap", [3500, 3000, 4000, 2000], VALUE("floor_price: 4000 is above cap_price 2000")],
      ["decimals negative", [3500, 3000, null, null, -1], VALUE("decimals: -1")],
      ["unknown rounding", [3500, 3000, null, null, 4, "nearest"], VALUE('rounding: "nearest"')],
      ["rounding without decimals", [3500, 3000, null, null, null, "up"], VALUE('rounding: "up" needs decimals')],
      ["M3 / Mediscience Planning 2014", [3500, 309734.2, null, null, 4], { value: 0.0113 }],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "VARIABLE_RATIO" as const,
    case: name,
    args: args as unknown as Argument[],
    expected: expected as Expected,
  })),
  ...(
    [
      ["net_assets blank", [null, 4000], VALUE("net_assets is empty")],
      ["net_assets text", ["83 million", 4000], VALUE('net_assets: the text "83 million" is not a number')],
      ["net_assets an error value", [NA(), 4000], VALUE("net_assets: an error value")],
      ["issued 0", [83000000, 0], VALUE("issued: a company has at least 1 share issued")],
      ["issued fractional", [83000000, 4000.5], VALUE("issued: 4000.5 is not a whole number")],
      ["issued negative", [83000000, -4000], VALUE("issued: -4000 is negative")],
      ["issued as text with a separator", [83000000, "4,000"], { value: 20750 }],
      ["issued text", [83000000, "four"], VALUE('issued: the text "four" is not a number')],
      ["issued NaN", [83000000, NaN], VALUE("issued: NaN")],
      ["treasury all the shares", [83000000, 4000, 4000], VALUE("treasury: 4000 leaves no shares outstanding")],
      ["treasury negative", [83000000, 4000, -1], VALUE("treasury: -1 is negative")],
      [
        "text among the adjustments",
        [83000000, 4000, 0, column(1000, "x")],
        VALUE('adjustments row 2: the text "x" is not a number'),
      ],
      [
        "an error value among the adjustments",
        [83000000, 4000, 0, column(NA())],
        VALUE("adjustments row 1: an error value"),
      ],
      ["tax_rate 1", [83000000, 4000, 0, null, 1], VALUE("tax_rate: 1 is not a tax rate")],
      ["tax_rate negative", [83000000, 4000, 0, null, -0.1], VALUE("tax_rate: -0.1 is not a tax rate")],
      ["tax_rate text", [83000000, 4000, 0, null, "30%"], VALUE('tax_rate: the text "30%" is not a number')],
      ["negative net assets", [-1000000, 4000], { value: -250 }],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "NET_ASSETS_PER_SHARE" as const,
    case: name,
    args: args as unknown as Argument[],
    expected: expected as Expected,
  })),
  ...(
    [
      [
        "values shorter than dates",
        [dates, closes.slice(1), [[MONDAY_21, 2]]],
        VALUE("values: the range is 21×1 but dates is 22×1"),
      ],
      ["a negative value", [dates, replaced(closes, 1, -5), [[MONDAY_21, 2]]], VALUE("values row 2: -5 is negative")],
      [
        "a text value",
        [dates, replaced(closes, 1, "x"), [[MONDAY_21, 2]]],
        VALUE('values row 2: the text "x" is not a number'),
      ],
      ["a NaN value", [dates, replaced(closes, 0, NaN), [[MONDAY_21, 2]]], VALUE("values row 1: NaN")],
      [
        "a text date",
        [replaced(dates, 1, "x"), closes, [[MONDAY_21, 2]]],
        VALUE('dates row 2: the text "x" is not a date'),
      ],
      ["a value without a date", [replaced(dates, 1, null), closes, [[MONDAY_21, 2]]], VALUE("dates row 2 is empty")],
      ["factor 0", [dates, closes, [[MONDAY_21, 0]]], VALUE("adjustments row 1: the factor 0 is not above 0")],
      ["ex-date on a Saturday", [dates, closes, [[SATURDAY, 2]]], VALUE("2013-10-12 is not a TSE session")],
      ["adjustments three columns", [dates, closes, [[MONDAY_21, 2, 3]]], VALUE("adjustments: the range is 1×3")],
      ["unknown kind", [dates, closes, [[MONDAY_21, 2]], "turnover"], VALUE('kind: the text "turnover" is not one of')],
      ["blank adjustments change nothing", [dates.slice(0, 2), closes.slice(0, 2), null], { value: [[2000], [2010]] }],
      [
        "an ex-date not in the data",
        [dates.slice(0, 2), closes.slice(0, 2), [[NEXT_SESSION, 2]]],
        { value: [[1000], [1005]] },
      ],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "ADJUSTED_PRICES" as const,
    case: name,
    args: args as unknown as Argument[],
    expected: expected as Expected,
  })),
  ...(
    [
      ["record date blank", [null], VALUE("record_date is empty")],
      ["record date text", ["soon"], VALUE('record_date: the text "soon" is not a date')],
      ["record date NaN", [NaN], VALUE("record_date: NaN is not an Excel date")],
      ["record date an error value", [NA()], VALUE("record_date: an error value")],
      ["record date before 1970", [1000], NOT_AVAILABLE("out of bounds")],
      ["record date after 2050", [60000], NOT_AVAILABLE("out of bounds")],
      ["record date on the calendar's first days", [25573], NOT_AVAILABLE("out of bounds")],
      ["closed_dates text", [45382, column("holiday")], VALUE('closed_dates row 1: the text "holiday" is not a date')],
      ["unknown result", [45382, null, "first"], VALUE('result: the text "first" is not one of')],
      ["a record date on a Sunday (2024-03-31)", ["2024-03-31"], { value: 45379 }],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "EX_DATE" as const,
    case: name,
    args: args as unknown as Argument[],
    expected: expected as Expected,
  })),
];

// ---- The whole transaction: schedule, rights, pro-forma ownership ----
/** The 2013 example's steps (short-form, simplified), as SCHEDULE(…, "steps") answers them. */
const STEPS_2013 = column(
  "creditor-notice",
  "creditor-individual-notices",
  "prior-disclosure-dissolving",
  "prior-disclosure-surviving",
  "creditor-objection-period",
  "shareholder-notice",
  "simplified-objection",
  "purchase-requests",
  "effective-date-change-notice",
  "effective-date",
  "registration",
  "post-disclosure",
);
const transaction: HostileRow[] = [
  ...(
    [
      ["effective date text", ["soon"], VALUE('effective_date: the text "soon" is not a date')],
      ["effective date blank", [null], VALUE("effective_date is empty")],
      ["effective date NaN", [NaN], VALUE("effective_date: NaN is not an Excel date")],
      ["effective date an error value", [NA()], VALUE("effective_date: an error value")],
      ["effective date a range", [[[41640, 41641]]], VALUE("effective_date: ")],
      ["effective date before the Companies Act", [36526], NOT_AVAILABLE("before the Companies Act")],
      ["effective date past the holiday data", [60000], NOT_AVAILABLE("out of bounds")],
      ["kind unknown", [41640, "demerger"], VALUE('kind: the text "demerger" is not one of')],
      ["kind a number", [41640, 3], VALUE("kind: 3 is not one of")],
      ["kind an error value", [41640, NA()], VALUE("kind: an error value")],
      ["an unknown option", [41640, null, "fast"], VALUE('"fast" is not an option')],
      ["options in three columns", [41640, null, row("listed", true, 1)], VALUE("the range has 3 columns")],
      [
        "a switch neither TRUE nor FALSE",
        [41640, null, [["listed", "maybe"]]],
        VALUE('is not TRUE or FALSE for "listed"'),
      ],
      ["a meeting that is no date", [41640, null, [["meeting", "soon"]]], VALUE("options row 1 (meeting)")],
      ["a value without a label", [41640, null, [[null, true]]], VALUE("a value without a label")],
      ["a number as a label", [41640, null, [[5, true]]], VALUE("5 is not an option label")],
      ["an error value as a label", [41640, null, [[NA(), true]]], VALUE("an error value")],
      ["an unknown language", [41640, null, "language=fr"], VALUE('"fr" is not a language')],
      [
        "a lead time that is no whole number of days",
        [41640, null, "gazette lead days=1.5"],
        VALUE('is not a number of days from 0 to 365 for "gazette lead days"'),
      ],
      [
        "delisting sessions 0",
        [41640, null, [["delisting sessions", 0]]],
        VALUE('0 is not a number of TSE sessions from 1 to 20 for "delisting sessions"'),
      ],
      ["short-form in a share transfer", [45748, "share transfer", "short-form"], VALUE("no short-form or simplified")],
      [
        "no creditor protection in a merger",
        [41640, null, [["creditor protection", false]]],
        VALUE("cannot be switched off"),
      ],
      ["a meeting on E", [41640, null, [["meeting", 41640]]], VALUE("not before the effective date")],
      [
        "a record date after E",
        [41640, null, "record date=2014-06-01"],
        VALUE("record date 2014-06-01 is not before the effective date"),
      ],
      ["both readings of art. 142", [41640, null, "narrow holidays, broad holidays"], VALUE("not both")],
      [
        "a meeting with short-form",
        [
          41640,
          null,
          [
            ["short-form", true],
            ["meeting", 41600],
          ],
        ],
        VALUE("holds no meeting"),
      ],
      ["a share transfer on a holiday", [41640, "share transfer"], VALUE("registry is closed")],
      [
        "simplified in a share consolidation",
        [45282, "株式併合", "simplified"],
        VALUE("share consolidation is the company's own act"),
      ],
      [
        "a consolidation's meeting after its notice is due",
        [45282, "share consolidation", "meeting=2023-12-05"],
        VALUE("notice of what it resolved is due by 2023-12-01"),
      ],
      [
        "a meeting for a demand for sale",
        [45282, "demand for sale", "meeting=2023-11-22"],
        VALUE("needs no shareholders' meeting"),
      ],
      ["whole units in a merger", [41640, null, "whole units"], VALUE("concerns a squeeze-out")],
      ["unknown result", [41640, null, null, "chart"], VALUE('result: the text "chart" is not one of')],
      // Issue 18: option counts went through Number(), and option names through a plain object.
      [
        "a count in hex",
        [41640, null, "gazette lead days=0x1F"],
        VALUE('"0x1F" is not a number of days from 0 to 365'),
      ],
      ["a count in exponent form", [41640, null, "gazette lead days=1e2"], VALUE('"1e2" is not a number of days')],
      ["a count with a space inside", [41640, null, "gazette lead days=3 1"], VALUE('"3 1" is not a number of days')],
      [
        "a count with a decimal",
        [41640, null, "delisting sessions=2.5"],
        VALUE('"2.5" is not a number of TSE sessions'),
      ],
      [
        "an option named after Object's prototype",
        [41640, null, "constructor=1"],
        VALUE('"constructor" is not an option'),
      ],
      ["constructor as the kind", [41640, "constructor"], VALUE('kind: the text "constructor" is not one of')],
      ["constructor as the language", [41640, null, "language=constructor"], VALUE('"constructor" is not a language')],
      ["__proto__ as an option", [41640, null, [["__proto__", 1]]], VALUE('"__proto__" is not an option')],
      [
        "an effective date whose schedule runs past the holiday data",
        ["2050-12-30", null, null],
        NOT_AVAILABLE("effective_date 2050-12-30: the schedule runs to 2051-01-"),
      ],
      [
        "flags in odd case, spacing and full-width separators",
        [41640, "  MERGER ", "SHORT_FORM ；Simplified", "steps"],
        { value: STEPS_2013 },
      ],
      [
        "labelled switches",
        [
          41640,
          null,
          [
            ["Short-Form", true],
            ["簡易合併", "yes"],
            [null, null],
          ],
          "steps",
        ],
        { value: STEPS_2013 },
      ],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "SCHEDULE" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
  ...(
    [
      ["planned dates in one column", [column("registration"), 41640], VALUE("the range has 1 column(s)")],
      ["an unknown step", [[["board meeting", 41600]], 41640], VALUE('"board meeting" is not a step of this schedule')],
      ["a step that is a number", [[[7, 41600]], 41640], VALUE("7 is not a step")],
      [
        "a planned date that is text",
        [[["registration", "soon"]], 41640],
        VALUE('row 1, column 2: the text "soon" is not a date'),
      ],
      ["a planned date NaN", [[["registration", NaN]], 41640], VALUE("NaN is not an Excel date")],
      ["a planned date an error value", [[["registration", NA()]], 41640], VALUE("an error value")],
      ["a date without a step", [[[null, 41600]], 41640], VALUE("a date without a step")],
      ["effective date blank", [[["registration", 41650]], null], VALUE("effective_date is empty")],
      ["kind unknown", [[["registration", 41650]], 41640, "split"], VALUE('kind: the text "split" is not one of')],
      ["an unknown option", [[["registration", 41650]], 41640, null, "quick"], VALUE('"quick" is not an option')],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "SCHEDULE_CHECK" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
  ...(
    [
      ["shares per right 0", [0, 1000, 0.5], VALUE("a right is for more than 0 shares")],
      ["shares per right negative", [-100, 1000, 0.5], VALUE("a right is for more than 0 shares")],
      ["shares per right text", ["abc", 1000, 0.5], VALUE('shares_per_right: the text "abc" is not a number')],
      ["shares per right blank", [null, 1000, 0.5], VALUE("shares_per_right is empty")],
      ["shares per right TRUE", [true, 1000, 0.5], VALUE("shares_per_right: true is not a number")],
      ["shares per right past 2^53", [1e300, 1000, 1], VALUE("beyond 9,007,199,254,740,991")],
      ["exercise price negative", [100, -1, 0.5], VALUE("a price cannot be negative")],
      ["exercise price text", [100, "cheap", 0.5], VALUE('exercise_price: the text "cheap" is not a number')],
      ["exercise price NaN", [100, NaN, 0.5], VALUE("exercise_price: NaN is not a number")],
      ["exercise price an error value", [100, NA(), 0.5], VALUE("exercise_price: an error value")],
      ["ratio 0", [100, 1000, 0], VALUE("ratio: 0 is not above 0")],
      ["ratio blank", [100, 1000, null], VALUE("ratio is empty")],
      ["ratio an error value", [100, 1000, NA()], VALUE("ratio: an error value")],
      ["unknown result", [100, 1000, 0.5, "both"], VALUE('result: the text "both" is not one of')],
      ["unknown rounding", [100, 1000, 0.5, "price", "ceiling"], VALUE('rounding: the text "ceiling" is not one of')],
      ["a ratio as a fraction in text", [100, 1000, "1/2", "all"], { value: [[50, 2000]] }],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "RIGHTS_CONVERSION" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
  ...(
    [
      ["a negative allotment", [column(600, -1)], VALUE("allotments row 2: -1 is negative")],
      ["a fractional allotment", [column(600, 0.5)], VALUE("allotments row 2: 0.5 is not a whole number")],
      ["text in allotments", [column(600, "x")], VALUE('allotments row 2: the text "x" is not a number')],
      ["an error value in allotments", [column(600, DIV0())], VALUE("allotments row 2: an error value")],
      ["every allotment 0", [column(0, 0)], VALUE("every allotment is 0")],
      ["every cell blank", [column(null, "")], VALUE("every cell is empty")],
      ["an allotment past 2^53", [column(BEYOND_EXACT, 1)], VALUE("beyond 9,007,199,254,740,991")],
      ["unknown result", [column(600, 400), "pie"], VALUE('result: the text "pie" is not one of')],
      ["blanks between companies keep their places", [row(600, null, 400)], { value: [[0.6, "", 0.4]] }],
    ] as const
  ).map(([name, args, expected]) => ({
    fn: "PRO_FORMA" as const,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
  ...(
    [
      ["CONSOLIDATION", "ratio 0", [column(100), 0], VALUE("ratio: 0 is not above 1")],
      ["CONSOLIDATION", "ratio with a space inside", [column(100), "1 0"], VALUE("has a space inside the number")],
      ["CONSOLIDATION", "a negative holding", [column(-5), 10], VALUE("holdings: -5 is negative")],
      ["SQUEEZE_OUT_RATIO", "a negative acquirer", [column(300), -1], VALUE("acquirer: -1 is negative")],
      ["SQUEEZE_OUT_TEST", "ratio below 1", [column(300), 1000000, 0.5], VALUE("ratio: 0.5 is not above 1")],
      ["AUTHORISED_SHARES_TEST", "negative authorised shares", [-1, 100], VALUE("authorised_after: -1 is negative")],
      ["SPECIAL_CONTROLLING", "more held than exist", [11000, 10000], VALUE("exceed the total (10000)")],
    ] as const
  ).map(([fn, name, args, expected]) => ({
    fn,
    case: name,
    args: args as unknown as Argument[],
    expected,
  })),
];

export const hostileRows: HostileRow[] = [
  ...allotment,
  ...oddLot,
  ...fractionCash,
  ...avgClose,
  ...vwap,
  ...calendar,
  ...procedure,
  ...adjustmentRows,
  ...valuation,
  ...transaction,
];

// ---- The sweep: each argument of a valid call replaced by each hostile value ----

/** What a cell can hold that a function might not expect, including numbers at the double's edges. */
const hostileValues = (): Cell[] => [
  null,
  "",
  0,
  -1,
  0.5,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  1.7976931348623157e308,
  1e-308,
  5e-324,
  2 ** 53,
  2 ** 53 + 2,
  "abc",
  "１，０００",
  "▲5",
  "(5)",
  "1e400",
  "1e2",
  "0x1F",
  "1 23",
  " 5 ",
  "1/3",
  "0/0",
  "9".repeat(400),
  true,
  false,
  NA(),
  DIV0(),
];

const closedDates = column("2013-12-30", null);

/** A valid call of each function, and the result forms it can take (the last argument named). */
const validCalls: Record<FunctionName, { args: Argument[]; results?: { at: number; forms: Cell[] } }> = {
  ALLOTMENT_SHARES: {
    args: [register, 5.83, null, null],
    results: { at: 3, forms: ["total", "holders", "fractions", "sold", "summary"] },
  },
  ODD_LOT: { args: [column(150, 26), 100, null], results: { at: 2, forms: ["odd", "units", "buyup", "all"] } },
  FRACTION_CASH: {
    args: [register, 5.83, 1000, null, null],
    results: { at: 4, forms: ["holders", "residual"] },
  },
  AVG_CLOSE_30: {
    args: [dates, closes, 41578, 5, closedDates, null, null],
    results: { at: 6, forms: ["average", "detail"] },
  },
  VWAP: { args: [dates, turnover, volumes, 41578, 5, closedDates, null] },
  TSE_IS_SESSION: { args: [41578, closedDates] },
  TSE_WORKDAY: { args: [41578, 5, closedDates] },
  TSE_WINDOW: { args: [41578, 5, closedDates] },
  SHORT_FORM: { args: [3996, 4000, null, null], results: { at: 3, forms: ["test", "share"] } },
  SIMPLIFIED: {
    args: [104, 927.72, 37607000000, 0, null, null, null],
    results: { at: 6, forms: ["test", "x", "y", "allowance"] },
  },
  SIMPLIFIED_ARTICLE: { args: [41578] },
  RATIO_RANGE: { args: [20000, 21000, 900, 1000, 2, null] },
  MARKET_RATIO: { args: [dates, closes, dates, turnover, 41578, column(5, "3 closes"), 4, null, null] },
  PREMIUM: { args: [1500, column(1200, 1000), 4, null] },
  VARIABLE_RATIO: { args: [3500, 309734.2, 250000, 350000, 4, null] },
  NET_ASSETS_PER_SHARE: { args: [83000000, 4000, 0, column(1000000, -200000), 0.3] },
  ADJUSTED_PRICES: { args: [dates, closes, row(41568, 2), null], results: { at: 3, forms: ["price", "volume"] } },
  EX_DATE: { args: [41729, closedDates, null], results: { at: 2, forms: ["ex", "last"] } },
  SCHEDULE: {
    args: [41640, "merger", "short-form, simplified", null],
    results: { at: 3, forms: ["table", "rows", "dates", "steps"] },
  },
  SCHEDULE_CHECK: { args: [row("registration", 41650), 41640, "merger", "short-form, simplified"] },
  RIGHTS_CONVERSION: { args: [100, 1000, 0.5, null, null], results: { at: 3, forms: ["shares", "price", "all"] } },
  PRO_FORMA: { args: [column(600, 400), null], results: { at: 1, forms: ["percent", "exact", "total"] } },
  CONSOLIDATION: {
    args: [column(2500, 150, 80, 30), 100, null, 1000, null, null, null],
    results: { at: 2, forms: ["total", "holders", "fractions", "sold", "cash", "paid", "check", "summary"] },
  },
  SQUEEZE_OUT_RATIO: {
    args: [column(300, 250, 40, 7), 1000000, null, null],
    results: { at: 3, forms: ["smallest", "round"] },
  },
  SQUEEZE_OUT_TEST: {
    args: [column(300, 250, 40, 7), 1000000, 301, null, null],
    results: { at: 4, forms: ["test", "all"] },
  },
  AUTHORISED_SHARES_TEST: { args: [400, 100, null, null], results: { at: 3, forms: ["test", "limit", "all"] } },
  SPECIAL_CONTROLLING: { args: [9500, 10000, null, null, null], results: { at: 4, forms: ["test", "share", "all"] } },
};

const shown = (value: Cell) =>
  typeof value === "string" && value.length > 12
    ? `"${value.slice(0, 12)}…"`
    : (JSON.stringify(value) ?? String(value));

/** Numbers at the double's edges, set against each other: their quotients and products overflow or underflow. */
const EXTREME_PAIRS: readonly [number, number][] = [
  [1e308, 1e-308],
  [1e-308, 1e308],
  [5e-324, 1e308],
  [1e308, 5e-324],
  [-1e308, 1e-308],
];

/** Every valid call of `fn` with two of its arguments (or the second cell of a range) set to an extreme pair. */
export function pairCalls(fn: FunctionName): { description: string; args: Argument[] }[] {
  const { args, results } = validCalls[fn];
  const bases = results ? results.forms.map((form) => args.map((arg, i) => (i === results.at ? form : arg))) : [args];
  const put = (arg: Argument, value: Cell): Argument =>
    Array.isArray(arg) ? arg.map((r, i) => (i === Math.min(1, arg.length - 1) ? r.map(() => value) : r)) : value;
  const calls: { description: string; args: Argument[] }[] = [];
  for (const base of bases) {
    const positions = base.map((_, i) => i).filter((i) => !results || i !== results.at);
    for (const i of positions) {
      for (const j of positions.filter((j) => j > i)) {
        for (const [a, b] of EXTREME_PAIRS) {
          calls.push({
            description: `argument ${i + 1} = ${a}, argument ${j + 1} = ${b}`,
            args: base.map((arg, k) => (k === i ? put(arg, a) : k === j ? put(arg, b) : arg)),
          });
        }
      }
    }
  }
  return calls;
}

/** Every valid call of `fn` with one argument (or one cell, or every cell of a range) made hostile. */
export function sweepCalls(fn: FunctionName): { description: string; args: Argument[] }[] {
  const { args, results } = validCalls[fn];
  const bases = results ? results.forms.map((form) => args.map((arg, i) => (i === results.at ? form : arg))) : [args];
  const calls: { description: string; args: Argument[] }[] = [];
  for (const base of bases) {
    base.forEach((arg, position) => {
      if (results && position === results.at) return;
      for (const value of hostileValues()) {
        const variants: [string, Argument][] = Array.isArray(arg)
          ? [
              [`cell 2 of argument ${position + 1} = ${shown(value)}`, arg.map((r, i) => (i === 1 ? [value] : r))],
              [`every cell of argument ${position + 1} = ${shown(value)}`, arg.map(() => [value])],
            ]
          : [[`argument ${position + 1} = ${shown(value)}`, value]];
        for (const [description, replaced] of variants) {
          const result = results ? `, result ${shown(base[results.at] as Cell)}` : "";
          calls.push({ description: description + result, args: base.map((a, i) => (i === position ? replaced : a)) });
        }
      }
    });
  }
  return calls;
}
