/**
 * Example calls of every custom function, with the answer Excel shows, as `npm run invoke`
 * prints it. Shared by the Chromium test of the built bundle and the test of the invoke CLI.
 * Values come from the issue and DOMAIN.md, worked by hand; none is copied from the output.
 */

/** A cell value, or a range as rows of cells. */
export type ExcelArgument = number | string | boolean | null | (number | string | boolean | null)[][];

/** An Excel error as shown: the code, and a word the message must contain (it names the argument). */
export interface ExpectedError {
  error: string;
  messageIncludes?: string;
}

export type Shown = number | string | boolean | null | { error: string; message?: string } | Shown[][];

export interface Example {
  name: string;
  args: ExcelArgument[];
  expected: Shown | ExpectedError;
}

const column = (...values: number[]): number[][] => values.map((value) => [value]);

/** TSE sessions 2013-09-18 … 2013-10-31 as Excel serials: weekdays less 09-23 and 10-14 (DOMAIN §3). */
export const sessionsTo20131031 = [
  41535, 41536, 41537, 41541, 41542, 41543, 41544, 41547, 41548, 41549, 41550, 41551, 41554, 41555, 41556, 41557, 41558,
  41562, 41563, 41564, 41565, 41568, 41569, 41570, 41571, 41572, 41575, 41576, 41577, 41578,
];
/** An ISO date as an Excel serial (1900 system, after 1900-03-01). */
const serial = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000 + 25_569;
const closes1To30 = sessionsTo20131031.map((_, index) => index + 1);

export const examples: Example[] = [
  // DOMAIN §1 worked example: 4,000 issued less 3,996 held by the surviving company, × 26.
  { name: "ALLOTMENT_SHARES", args: [4000, 26, 3996], expected: 104 },
  { name: "ALLOTMENT_SHARES", args: [column(80, 40, 30), 5.83, null, "holders"], expected: column(466, 233, 174) },
  { name: "ALLOTMENT_SHARES", args: [column(80, 40, 30), 5.83, null, "sold"], expected: 1 },
  { name: "ALLOTMENT_SHARES", args: [column(80, 40, 30), 5.83, null, "total"], expected: 874 },
  { name: "ALLOTMENT_SHARES", args: [column(80, 40, 30), 5.83], expected: 874 },
  // 100 × 0.29 is 28.999999999999996 in binary floating point; exactly 29.
  { name: "ALLOTMENT_SHARES", args: [100, 0.29], expected: 29 },
  { name: "ALLOTMENT_SHARES", args: [10000, "0.2019"], expected: 2019 },
  { name: "ALLOTMENT_SHARES", args: [300, "2/3"], expected: 200 },
  // 80, 40 and 30 × 5.83 leave fractions 0.4, 0.2 and 0.9: a pool of 1.5, one share sold.
  { name: "ALLOTMENT_SHARES", args: [column(80, 40, 30), 5.83, null, "fractions"], expected: column(0.4, 0.2, 0.9) },
  { name: "ALLOTMENT_SHARES", args: [4000, 0, 3996], expected: { error: "#VALUE!", messageIncludes: "ratio" } },
  { name: "ALLOTMENT_SHARES", args: [4000, 26, 4001], expected: { error: "#VALUE!", messageIncludes: "excluded" } },
  {
    name: "ALLOTMENT_SHARES",
    args: [column(80, -40), 26],
    expected: { error: "#VALUE!", messageIncludes: "holdings" },
  },
  {
    name: "ALLOTMENT_SHARES",
    args: [4000, 26, 0, "everything"],
    expected: { error: "#VALUE!", messageIncludes: "result" },
  },

  // ¥1,000 for the one share sold, split 0.4 : 0.2 : 0.9 of the 1.5 pool: 266.67, 133.33, 600.
  { name: "FRACTION_CASH", args: [column(80, 40, 30), 5.83, 1000], expected: column(266, 133, 600) },
  { name: "FRACTION_CASH", args: [column(80, 40, 30), 5.83, 1000, "half-up"], expected: column(267, 133, 600) },
  { name: "FRACTION_CASH", args: [column(80, 40, 30), 5.83, 1000, "none"], expected: column(800 / 3, 400 / 3, 600) },
  // Rounded down, ¥999 is paid out and ¥1 stays undistributed.
  { name: "FRACTION_CASH", args: [column(80, 40, 30), 5.83, 1000, null, "residual"], expected: 1 },
  {
    name: "FRACTION_CASH",
    args: [column(80, 40, 30), 5.83, -5],
    expected: { error: "#VALUE!", messageIncludes: "proceeds" },
  },

  // DOMAIN §11: 2,500 (the acquirer), 150, 80, 30 and 0 shares, 100 → 1: fractions 0.5, 0.8, 0.3
  // pool 1.6, one share sold; at ¥500 a share before, 50, 80 and 30 shares before are paid for.
  { name: "CONSOLIDATION", args: [column(2500, 150, 80, 30, 0), 100], expected: 27 },
  { name: "CONSOLIDATION", args: [column(2500, 150, 80, 30, 0), 100, "holders"], expected: column(25, 1, 0, 0, 0) },
  { name: "CONSOLIDATION", args: [column(2500, 150, 80, 30, 0), 100, "sold"], expected: 1 },
  {
    name: "CONSOLIDATION",
    args: [column(2500, 150, 80, 30, 0), 100, "cash", 500],
    expected: column(0, 25000, 40000, 15000, 0),
  },
  // The one share sold at 100 × ¥500 = ¥50,000, split 50 : 80 : 30.
  {
    name: "CONSOLIDATION",
    args: [column(2500, 150, 80, 30, 0), 100, "paid", 500],
    expected: column(0, 15625, 25000, 9375, 0),
  },
  // Toshiba 2023: 432,853,311 shares, 93,000,000 → 1.
  { name: "CONSOLIDATION", args: [432853311, 93000000], expected: 4 },
  { name: "CONSOLIDATION", args: [column(150, 80), 1], expected: { error: "#VALUE!", messageIncludes: "ratio" } },

  // Others 300, 250, 40, 7 against an acquirer of 1,000,000: every ratio above 300 squeezes them out.
  { name: "SQUEEZE_OUT_RATIO", args: [column(300, 250, 40, 7), 1000000], expected: 301 },
  {
    name: "SQUEEZE_OUT_RATIO",
    args: [column(300, 250, 40, 7), 1000000, null, "round"],
    expected: column(400, 310, 301),
  },
  // At 6 the pool is 5/6 of a share (600 divides evenly): nothing to sell; 7 leaves 10/7.
  { name: "SQUEEZE_OUT_RATIO", args: [5, 600], expected: 7 },
  { name: "SQUEEZE_OUT_TEST", args: [5, 600, 6], expected: false },
  { name: "SQUEEZE_OUT_TEST", args: [5, 600, 7, null, "all"], expected: [[true], [0], [85], [10 / 7], [1]] },
  // CA 180(3): 4 shares issued after allow at most 16 authorised for a public company.
  { name: "AUTHORISED_SHARES_TEST", args: [16, 4], expected: true },
  { name: "AUTHORISED_SHARES_TEST", args: [17, 4, null, "all"], expected: [[false], [16]] },
  // CA 179(1): 85 units held and 5 by a wholly owned subsidiary are 9/10 of 100.
  { name: "SPECIAL_CONTROLLING", args: [85, 100, 5], expected: true },
  { name: "SPECIAL_CONTROLLING", args: [85, 100], expected: false },

  // DOMAIN §2 worked example: 26 shares, unit 100.
  { name: "ODD_LOT", args: [26], expected: 26 },
  { name: "ODD_LOT", args: [26, 100, "all"], expected: [[0, 26, 74]] },
  { name: "ODD_LOT", args: [250, 100, "units"], expected: 2 },
  { name: "ODD_LOT", args: [250, 100, "buyup"], expected: 50 },
  { name: "ODD_LOT", args: [300, 100, "buyup"], expected: 0 },
  { name: "ODD_LOT", args: [column(26, 150, 1000), 100], expected: column(26, 50, 0) },
  { name: "ODD_LOT", args: [26, 0], expected: { error: "#VALUE!", messageIncludes: "unit" } },
  { name: "ODD_LOT", args: [26, 1001], expected: { error: "#VALUE!", messageIncludes: "unit" } },

  // DOMAIN §3: the 30 sessions ending 2013-10-31.
  { name: "TSE_WINDOW", args: [41578], expected: column(...sessionsTo20131031) },
  { name: "TSE_WINDOW", args: [41578, 3], expected: column(41576, 41577, 41578) },
  // 2013-11-02 is a Saturday: the window ends on Friday 2013-11-01.
  { name: "TSE_WINDOW", args: [41580, 2], expected: column(41578, 41579) },
  { name: "TSE_IS_SESSION", args: [41578], expected: true },
  { name: "TSE_IS_SESSION", args: ["2013-10-31"], expected: true },
  // 2013-09-23, Autumnal Equinox Day.
  { name: "TSE_IS_SESSION", args: [41540], expected: false },
  // A closed date of the user's own.
  { name: "TSE_IS_SESSION", args: [41578, [[41578]]], expected: false },
  { name: "TSE_WORKDAY", args: [41578, 1], expected: 41579 },
  // From Friday 2013-11-01 over the weekend and Monday 11-04 (substitute holiday) to 11-05.
  { name: "TSE_WORKDAY", args: [41579, 1], expected: 41583 },
  { name: "TSE_WORKDAY", args: [41541, -1], expected: 41537 },
  { name: "TSE_IS_SESSION", args: ["holders"], expected: { error: "#VALUE!", messageIncludes: "date" } },

  // Closes 1 … 30 on those sessions average 15.5; a close before the window does not count.
  {
    name: "AVG_CLOSE_30",
    args: [column(41534, ...sessionsTo20131031), column(1000, ...closes1To30), 41578],
    expected: 15.5,
  },
  { name: "AVG_CLOSE_30", args: [column(41576, 41577, 41578), column(100, 110, 121), 41578, 3], expected: 331 / 3 },
  {
    name: "AVG_CLOSE_30",
    args: [column(41576, 41577, 41578), column(100, 110, 121), 41578, 3, null, "half-up 2"],
    expected: 110.33,
  },
  { name: "AVG_CLOSE_30", args: [column(41576, 41577), column(100), 41578, 3], expected: { error: "#VALUE!" } },
  // Σ turnover / Σ volume = 6,600 / 60.
  {
    name: "VWAP",
    args: [column(41576, 41577, 41578), column(1000, 2300, 3300), column(10, 20, 30), 41578, 3],
    expected: 110,
  },
  // DOMAIN §5: the surviving company holds 3,996 of 4,000 voting rights, at least 9/10.
  { name: "SHORT_FORM", args: [3996, 4000], expected: true },
  { name: "SHORT_FORM", args: [89, 100], expected: false },
  { name: "SHORT_FORM", args: [90, 100, null, "share"], expected: 0.9 },
  // Articles raising the threshold to 0.95.
  { name: "SHORT_FORM", args: [90, 100, 0.95], expected: false },
  { name: "SHORT_FORM", args: [101, 100], expected: { error: "#VALUE!", messageIncludes: "exceed" } },
  // 104 shares × ¥927.72 ≈ ¥96,483 against 1/5 of ¥37,607 million.
  { name: "SIMPLIFIED", args: [104, 927.72, 37607000000], expected: true },
  { name: "SIMPLIFIED", args: [3000, 1000, 10000000], expected: false },
  { name: "SIMPLIFIED", args: [1000, 1000, 10000000, null, null, null, "allowance"], expected: 2000000 },
  // Net assets below ¥5 million count as ¥5 million.
  { name: "SIMPLIFIED", args: [1000, 1000, 1000000, null, null, null, "y"], expected: 5000000 },
  // 2014-01-01, before the 2015-05-01 amendment, and the amendment's first day.
  { name: "SIMPLIFIED_ARTICLE", args: [41640], expected: "CA 796(3)" },
  { name: "SIMPLIFIED_ARTICLE", args: ["2015-05-01"], expected: "CA 796(2)" },

  // DOMAIN §7. Per-share values 20,000–21,000 against 900–1,000: 20 to 21,000 / 900 = 23.33….
  { name: "RATIO_RANGE", args: [20000, 21000, 900, 1000], expected: [[20, 70 / 3]] },
  { name: "RATIO_RANGE", args: [20000, 21000, 900, 1000, 2], expected: [[20, 23.33]] },
  { name: "RATIO_RANGE", args: [20000, 21000, 900, 1000, 2, "up"], expected: [[20, 23.34]] },
  {
    name: "RATIO_RANGE",
    args: [21000, 20000, 900, 1000],
    expected: { error: "#VALUE!", messageIncludes: "target_low" },
  },
  // The target closes 1 … 30 over the 30 sessions to 2013-10-31, the acquirer 10 throughout.
  {
    name: "MARKET_RATIO",
    args: [
      column(...sessionsTo20131031),
      column(...closes1To30),
      column(...sessionsTo20131031),
      column(...sessionsTo20131031.map(() => 10)),
      41578,
      [["close"], [30], ["3 closes"]],
    ],
    expected: [
      ["period", "target average", "acquirer average", "ratio"],
      ["close", 30, 10, 3],
      [30, 15.5, 10, 1.55],
      ["3 closes", 29, 10, 2.9],
    ],
  },
  {
    name: "MARKET_RATIO",
    args: [
      column(41576, 41577, 41578),
      column(100, 110, 121),
      column(41576, 41577, 41578),
      column(30, 30, 30),
      41578,
      3,
      4,
    ],
    expected: [
      ["period", "target average", "acquirer average", "ratio"],
      [3, 331 / 3, 30, 3.6778],
    ],
  },
  {
    name: "MARKET_RATIO",
    args: [column(41576, 41577, 41578), column(100, 110, 121), column(41576, 41577, 41578), column(30, 30, 30), 41578],
    expected: { error: "#N/A", messageIncludes: "target_dates" },
  },
  // An offer of 1,500 against a close of 1,200 and averages of 1,000 and 1,250.
  { name: "PREMIUM", args: [1500, column(1200, 1000, 1250)], expected: column(0.25, 0.5, 0.2) },
  { name: "PREMIUM", args: [1, 3, 4, "down"], expected: -0.6666 },
  { name: "PREMIUM", args: [1500, 0], expected: { error: "#VALUE!", messageIncludes: "reference" } },
  // M3 / Mediscience Planning 2014: ¥3,500 ÷ ¥309,734.2 to 4 places.
  { name: "VARIABLE_RATIO", args: [3500, 309734.2, null, null, 4], expected: 0.0113 },
  { name: "VARIABLE_RATIO", args: [1100, 800, 1000], expected: 1.1 },
  {
    name: "VARIABLE_RATIO",
    args: [1100, 800, 1000, 900],
    expected: { error: "#VALUE!", messageIncludes: "floor_price" },
  },
  // IIJ Exlayer: JPY 83 million over 4,000 shares; then gains of 300,000 and losses of 100,000 at 30% tax.
  { name: "NET_ASSETS_PER_SHARE", args: [83000000, 4000], expected: 20750 },
  { name: "NET_ASSETS_PER_SHARE", args: [1000000, 1000, 100, column(300000, -100000), 0.3], expected: 3800 / 3 },
  {
    name: "NET_ASSETS_PER_SHARE",
    args: [83000000, 4000, 4000],
    expected: { error: "#VALUE!", messageIncludes: "treasury" },
  },
  // A 1→2 split with ex-date 2013-10-30 (serial 41577): closes and volumes before it.
  {
    name: "ADJUSTED_PRICES",
    args: [column(41576, 41577, 41578), column(1000, 505, 510), [[41577, 2]]],
    expected: column(500, 505, 510),
  },
  {
    name: "ADJUSTED_PRICES",
    args: [column(41576, 41577, 41578), column(100, 200, 200), [[41577, 2]], "volume"],
    expected: column(200, 200, 200),
  },
  {
    name: "ADJUSTED_PRICES",
    args: [column(41576, 41577, 41578), column(1000, 505, 510), [[41580, 2]]],
    expected: { error: "#VALUE!", messageIncludes: "not a TSE session" },
  },
  // Record date 2024-03-31 (a Sunday): ex-date 2024-03-28, last cum-rights day 03-27; 2019 under T+3.
  { name: "EX_DATE", args: ["2024-03-31"], expected: 45379 },
  { name: "EX_DATE", args: [45382, null, "last"], expected: 45378 },
  { name: "EX_DATE", args: ["2019-03-31"], expected: 43551 },
  { name: "EX_DATE", args: ["someday"], expected: { error: "#VALUE!", messageIncludes: "record_date" } },
  // AVG_CLOSE_30 across a 1→2 split with ex-date 2013-10-30: (100/2 + 55 + 60) / 3 = 55.
  {
    name: "AVG_CLOSE_30",
    args: [column(41576, 41577, 41578), column(100, 55, 60), 41578, 3, null, null, null, [[41577, 2]]],
    expected: 55,
  },
  // VWAP: the volume of 10 before the split counts as 20; (1000 + 1100) / (20 + 20) = 52.5.
  {
    name: "VWAP",
    args: [column(41577, 41578), column(1000, 1100), column(10, 20), 41578, 2, null, null, [[41578, 2]]],
    expected: 52.5,
  },
  // DOMAIN §8, the 2013 example (E 2014-01-01, short-form, simplified): first and last day of each step.
  {
    name: "SCHEDULE",
    args: ["2014-01-01", null, "short-form, simplified", "dates"],
    expected: [
      [serial("2013-11-27"), ""], // Gazette: from 11-28 the month ends Sat 12-28, run on past the year-end closure (art. 142, broadly)
      [serial("2013-11-27"), ""], // individual notices to creditors: the same month
      [serial("2013-11-27"), serial("2014-01-01")], // prior disclosure, dissolving company: to E
      [serial("2013-11-27"), serial("2014-07-01")], // prior disclosure, surviving company: 6 months after E
      [serial("2013-11-28"), serial("2013-12-27")], // objection period
      [serial("2013-12-11"), ""], // shareholder notice: 20 clear days before E
      [serial("2013-12-12"), serial("2013-12-25")], // simplified-merger objection window: 2 weeks
      [serial("2013-12-12"), serial("2013-12-31")], // purchase requests: E − 20 … E − 1
      [serial("2013-12-31"), ""], // notice of a changed E
      [serial("2014-01-01"), ""], // E
      [serial("2014-01-01"), serial("2014-01-14")], // registration: 2 weeks counting E
      [serial("2014-01-01"), serial("2014-07-01")], // post disclosure: 6 months from the day after E (the later end)
    ],
  },
  {
    name: "SCHEDULE",
    // A merger cannot drop the creditor objection procedure.
    args: ["2014-01-01", null, [["creditor protection", false]]],
    expected: { error: "#VALUE!", messageIncludes: "creditor objection procedure" },
  },
  // A share transfer takes effect on its filing: Saturday 2025-03-29 is refused.
  {
    name: "SCHEDULE",
    args: ["2025-03-29", "share transfer"],
    expected: { error: "#VALUE!", messageIncludes: "registry is closed" },
  },
  {
    name: "SCHEDULE_CHECK",
    args: [
      [
        ["shareholder-notice", "2013-12-10"],
        ["registration", "2014-01-20"],
      ],
      "2014-01-01",
      null,
      "short-form, simplified",
    ],
    expected: [
      ["Step", "Planned", "Earliest", "Latest", "Meets", "Days to spare", "Note"],
      ["Shareholder notice or public notice", serial("2013-12-10"), "", serial("2013-12-11"), true, 1, ""],
      ["Registration", serial("2014-01-20"), serial("2014-01-01"), serial("2014-01-14"), false, -6, ""],
    ],
  },
  // DOMAIN §10: 100 shares at ¥1,000 per share, ratio 0.5 → 50 shares at ¥2,000.
  { name: "RIGHTS_CONVERSION", args: [100, 1000, 0.5, "price"], expected: 2000 },
  { name: "RIGHTS_CONVERSION", args: [100, 1000, 0.5], expected: 50 },
  { name: "RIGHTS_CONVERSION", args: [100, 1000, 0.5, "all"], expected: [[50, 2000]] },
  // ¥1,000 ÷ 0.3 = ¥3,333.33…, rounded up to the yen.
  { name: "RIGHTS_CONVERSION", args: [100, 1000, 0.3, "price"], expected: 3334 },
  {
    name: "RIGHTS_CONVERSION",
    args: [100, 1000, 0, "price"],
    expected: { error: "#VALUE!", messageIncludes: "ratio" },
  },
  // A joint share transfer: 600 and 400 new shares → 60% and 40%; three equal parts add to 100.00%.
  { name: "PRO_FORMA", args: [column(600, 400)], expected: column(0.6, 0.4) },
  { name: "PRO_FORMA", args: [[[1, 1, 1]]], expected: [[0.3334, 0.3333, 0.3333]] },
  { name: "PRO_FORMA", args: [column(600, 400), "total"], expected: 1000 },
];

const isExpectedError = (expected: Example["expected"]): expected is ExpectedError =>
  typeof expected === "object" && expected !== null && !Array.isArray(expected) && "error" in expected;

/**
 * Whether what the built add-in showed is the example's answer. An expected error matches by code,
 * and by a word of its message when one is given; numbers within 1e-9 relative (the average
 * 331/3 reaches Excel as a double).
 */
export function matchesExample(shown: unknown, expected: Example["expected"]): boolean {
  if (isExpectedError(expected)) {
    if (typeof shown !== "object" || shown === null || Array.isArray(shown)) return false;
    const { error, message } = shown as { error?: unknown; message?: unknown };
    if (error !== expected.error) return false;
    return (
      expected.messageIncludes === undefined ||
      (typeof message === "string" && message.includes(expected.messageIncludes))
    );
  }
  if (typeof expected === "number" && typeof shown === "number") {
    return shown === expected || Math.abs(shown - expected) <= 1e-9 * Math.abs(expected);
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(shown) &&
      shown.length === expected.length &&
      expected.every((row, r) => {
        const shownRow: unknown = shown[r];
        return (
          Array.isArray(shownRow) &&
          shownRow.length === row.length &&
          row.every((cell, c) => matchesExample(shownRow[c], cell))
        );
      })
    );
  }
  return JSON.stringify(shown) === JSON.stringify(expected);
}

/** The example as the command line an analyst would type: NAME and JSON arguments. */
export const describeExample = ({ name, args }: Example): string =>
  `${name}(${args.map((arg) => JSON.stringify(arg)).join(", ")})`;
