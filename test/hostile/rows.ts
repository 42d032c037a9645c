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
  | "SIMPLIFIED_ARTICLE";

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
      ["book value per share as text", [104, "1,000", 1e9], { value: true }],
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
        { value: 12047973513062706 },
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

export const hostileRows: HostileRow[] = [
  ...allotment,
  ...oddLot,
  ...fractionCash,
  ...avgClose,
  ...vwap,
  ...calendar,
  ...procedure,
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
  5e-324,
  2 ** 53,
  2 ** 53 + 2,
  "abc",
  "１，０００",
  "▲5",
  "(5)",
  "1e400",
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
};

const shown = (value: Cell) =>
  typeof value === "string" && value.length > 12
    ? `"${value.slice(0, 12)}…"`
    : (JSON.stringify(value) ?? String(value));

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
