import { allotmentShares, fractionCashInLieu, oddLot } from "../../src/functions/allotment";
import { excelError } from "./excel-error";

const register = [[80], [40], [30]];

describe("ALLOTMENT_SHARES", () => {
  it("allots 104 shares for 4,000 less 3,996 held by the surviving company, at 26 (2013)", () => {
    expect(allotmentShares([[4000]], 26, 3996, null)).toEqual([[104]]);
    expect(allotmentShares([[4000]], "26", 3996, "total")).toEqual([[104]]);
  });

  it('labels the summary in Japanese with language "ja", citing 会社法234条', () => {
    const en = allotmentShares(register, 5.83, null, "summary", null);
    const ja = allotmentShares(register, 5.83, null, "summary", "ja");
    expect(ja.map((row) => row[1])).toEqual(en.map((row) => row[1]));
    expect(ja[7]).toEqual(["端数として売却する株式（会社法234条）", 1]);
    expect(en[7]).toEqual(["Shares sold for fractions (CA 234)", 1]);
  });

  it("answers the register 80, 40, 30 at 5.83 in each form", () => {
    expect(allotmentShares(register, 5.83, null, null)).toEqual([[874]]);
    expect(allotmentShares(register, 5.83, null, "holders")).toEqual([[466], [233], [174]]);
    expect(allotmentShares(register, 5.83, null, "sold")).toEqual([[1]]);
    const fractions = allotmentShares(register, 5.83, null, "fractions");
    expect(fractions.flat()).toEqual([0.4, 0.2, 0.9].map((f) => expect.closeTo(f, 12)));
  });

  it("sums up the allotment as a labelled two-column table", () => {
    const summary = allotmentShares(register, "5.83", null, "SUMMARY");
    expect(summary.every((row) => row.length === 2 && typeof row[0] === "string")).toBe(true);
    const figures = Object.fromEntries(summary.map(([label, value]) => [label, value]));
    expect(figures).toEqual({
      "Shares held": 150,
      "Shares excluded (surviving company, treasury, dissenters)": 0,
      "Eligible shares": 150,
      Holders: 3,
      "Allotment ratio": "5.83",
      "Whole shares allotted (Σ⌊h×r⌋)": 873,
      "Fraction pool (Σ fractions)": 1.5,
      "Shares sold for fractions (CA 234)": 1,
      "Fractions discarded": 0.5,
      "Shares to provide (whole + sold)": 874,
    });
    const single = Object.fromEntries(allotmentShares([[4000]], 26, 3996, "summary"));
    expect([
      single["Shares held"],
      single["Shares excluded (surviving company, treasury, dissenters)"],
      single["Eligible shares"],
    ]).toEqual([4000, 3996, 4]);
  });

  it("reads the ratio as typed: 0.29 is 29/100, text may be a fraction", () => {
    expect(allotmentShares([[100]], 0.29, null, null)).toEqual([[29]]);
    expect(allotmentShares([[3], [3]], "2/3", null, "holders")).toEqual([[2], [2]]);
    expect(allotmentShares([[100]], "０．２９", null, null)).toEqual([[29]]);
    expect(Object.fromEntries(allotmentShares([[3]], "2/3", null, "summary"))["Allotment ratio"]).toBe("2/3");
  });

  it("skips blank cells and keeps them blank; 0 is a holder of no shares", () => {
    expect(allotmentShares([[80], [null], [""], [0], [30]], 5.83, null, "holders")).toEqual([
      [466],
      [""],
      [""],
      [0],
      [174],
    ]);
    expect(allotmentShares([[80], [null], [30]], 5.83, null, "total")).toEqual([[641]]);
    expect(Object.fromEntries(allotmentShares([[80], [null], [0]], 5.83, null, "summary")).Holders).toBe(2);
  });

  it("keeps the shape of a row or a block of holders", () => {
    expect(allotmentShares([[80, 40, 30]], 5.83, null, "holders")).toEqual([[466, 233, 174]]);
    expect(
      allotmentShares(
        [
          [80, null],
          [40, 30],
        ],
        5.83,
        null,
        "holders",
      ),
    ).toEqual([
      [466, ""],
      [233, 174],
    ]);
  });

  it("names a bad holder by its cell, counting the blank cells before it", () => {
    const huge = 2 ** 51; // × 26 is past 2^53: refused by the core, which counts holders, not cells
    expect(excelError(() => allotmentShares([[null], [80], [""], [huge]], 26, null, null)).message).toMatch(
      /^holdings row 4: 2251799813685248 shares × the ratio is past/,
    );
    expect(
      excelError(() =>
        allotmentShares(
          [
            [80, null],
            [null, huge],
          ],
          26,
          null,
          "holders",
        ),
      ).message,
    ).toMatch(/^holdings row 2, column 2: /);
  });

  it("answers each call from its own register, a long one then a short one", () => {
    const long = Array.from({ length: 5000 }, (_, i) => [i % 7 === 0 ? null : i]);
    const eligible = long.reduce((sum, [h]) => sum + (h ?? 0), 0);
    expect(allotmentShares(long, 0.29, null, null)).toEqual([[Math.floor((eligible * 29) / 100)]]);
    expect(allotmentShares(register, 5.83, null, "holders")).toEqual([[466], [233], [174]]);
    expect(allotmentShares(register, 5.83, null, null)).toEqual([[874]]);
  });

  it("reads the ratio before the register, which it allots as it reads", () => {
    expect(excelError(() => allotmentShares([[80], [-1]], 0, null, null)).message).toMatch(/^ratio: 0 is not above 0/);
    expect(excelError(() => allotmentShares([[80], [-1]], 5.83, null, "sold")).message).toMatch(
      /^holdings row 2: -1 is negative/,
    );
  });

  it("takes a plain number for holdings too, and an empty excluded as 0", () => {
    expect(allotmentShares(4 as unknown as unknown[][], 26, "", null)).toEqual([[104]]);
    expect(allotmentShares([[4]], 26, 0, null)).toEqual([[104]]);
  });

  it.each([
    [[[-1]], 5.83, null, null, /holdings: -1 is negative/],
    [[[80], [2.5]], 5.83, null, null, /holdings row 2: 2.5 is not a whole number of shares/],
    [
      [[80], ["40 shares"]],
      5.83,
      null,
      null,
      /holdings row 2: the text "40 shares" is not a number; give a number of shares/,
    ],
    [[[80, true]], 5.83, null, null, /holdings row 1, column 2: true is not a number; give a number of shares/],
    [[[2 ** 53]], 1, null, null, /holdings: 9007199254740992 is beyond 9,007,199,254,740,991/],
    [register, 0, null, null, /ratio: 0 is not above 0/],
    [register, -0.5, null, null, /ratio: -0.5 is not above 0/],
    [register, "2/-3", null, null, /ratio: -2\/3 is not above 0/],
    [register, "abc", null, null, /ratio: the text "abc" is not a number; give a number such as 26, 0.2019 or "2\/3"/],
    [register, true, null, null, /ratio: true is not a number/],
    [register, null, null, null, /ratio is empty; give a number such as 26/],
    [[[4000]], 26, 4001, null, /excluded: 4001 is more than the 4000 shares in holdings/],
    [[[4000]], 26, -1, null, /excluded: -1 is negative/],
    [[[4000]], 26, "3996?", null, /excluded: the text "3996\?" is not a number; give a number of shares/],
    [register, 5.83, 10, null, /excluded: 10 can only be subtracted from one number; with a range of holders, leave/],
    [
      register,
      5.83,
      null,
      "everything",
      /result: the text "everything" is not one of "total", "holders", "fractions", "sold", "summary"/,
    ],
    [
      [[2 ** 53 - 1]],
      2,
      null,
      null,
      /holdings: 9007199254740991 shares × the ratio is past 9,007,199,254,740,991 shares/,
    ],
    [
      [[2 ** 52], [2 ** 52]],
      1,
      null,
      null,
      /The shares to provide comes to 9007199254740992, beyond 9,007,199,254,740,991/,
    ],
  ])(
    "refuses holdings %j, ratio %p, excluded %p, result %p with #VALUE! and a message",
    (holdings, ratio, excluded, result, message) => {
      const error = excelError(() => allotmentShares(holdings, ratio, excluded, result));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(message);
    },
  );

  it("answers #N/A when holdings holds no share count at all", () => {
    for (const holdings of [[[null]], [[""], [null]]]) {
      const error = excelError(() => allotmentShares(holdings, 26, null, null));
      expect(error).toEqual({
        code: "#N/A",
        message: expect.stringMatching(/^holdings has no share counts: every cell is empty/),
      });
    }
  });
});

describe("ODD_LOT", () => {
  it("leaves 26 odd-lot shares from 26 in units of 100, with 0 units and 74 to buy up (2013)", () => {
    expect(oddLot([[26]], null, null)).toEqual([[26]]);
    expect(oddLot([[26]], 100, "all")).toEqual([[0, 26, 74]]);
    expect(oddLot([[26]], 100, "units")).toEqual([[0]]);
    expect(oddLot([[26]], "", "BuyUp")).toEqual([[74]]);
  });

  it("answers a range cell by cell, three columns per holding for 'all', blanks staying blank", () => {
    expect(oddLot([[26], [250], [null], [0]], 100, null)).toEqual([[26], [50], [""], [0]]);
    expect(oddLot([[26], [250], [""]], 100, "all")).toEqual([
      [0, 26, 74],
      [2, 50, 50],
      ["", "", ""],
    ]);
    expect(oddLot([[1234, 1000]], 1000, "all")).toEqual([[1, 234, 766, 1, 0, 0]]);
    expect(oddLot([[null]], null, null)).toEqual([[""]]);
  });

  it("shows an error in a bad cell of a range and still answers the others", () => {
    const answer = oddLot([[26], [-5], ["abc"]], 100, "buyup");
    expect(answer[0]).toEqual([74]);
    for (const [row, message] of [
      [1, /^shares row 2: -5 is negative/],
      [2, /^shares row 3: the text "abc" is not a number; give a number of shares/],
    ] as const) {
      expect(answer[row]![0]).toBeInstanceOf(CustomFunctions.Error);
      expect(answer[row]![0]).toEqual({ code: "#VALUE!", message: expect.stringMatching(message) });
    }
    const all = oddLot([[2.5, 26]], 100, "all");
    expect(all[0]!.slice(0, 3).map((cell) => (cell as CustomFunctions.Error).code)).toEqual([
      "#VALUE!",
      "#VALUE!",
      "#VALUE!",
    ]);
    expect(all[0]!.slice(3)).toEqual([0, 26, 74]);
  });

  it.each([
    [[[-1]], 100, null, /^shares: -1 is negative/],
    [[[26.5]], 100, null, /^shares: 26.5 is not a whole number/],
    [[["26 株"]], 100, null, /^shares: the text "26 株" is not a number; give a number of shares/],
    [[[2 ** 53]], 100, null, /^shares: 9007199254740992 is beyond/],
    [[[26]], 0, null, /^unit: 0 is not a share unit; give a whole number from 1 to 1,000 .* or leave it out for 100/],
    [[[26]], 1001, null, /^unit: 1001 is not a share unit/],
    [[[26]], 2.5, null, /^unit: 2.5 is not a share unit/],
    [[[26]], "100株", null, /^unit: the text "100株" is not a number/],
    [[[26], [30]], 1001, null, /^unit: 1001/],
    [[[26]], 100, "even", /^result: the text "even" is not one of "odd", "units", "buyup", "all"/],
  ])("refuses shares %j, unit %p, result %p with #VALUE!", (shares, unit, result, message) => {
    const error = excelError(() => oddLot(shares, unit, result));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
  });
});

describe("FRACTION_CASH", () => {
  it("pays 1,000 yen from the one share sold pro rata to the fractions 0.4, 0.2, 0.9, rounded down", () => {
    expect(fractionCashInLieu(register, 5.83, 1000, null, null)).toEqual([[266], [133], [600]]);
    expect(fractionCashInLieu(register, 5.83, 1000, null, "residual")).toEqual([[1]]);
  });

  it("rounds half-up or not at all on request", () => {
    expect(fractionCashInLieu(register, 5.83, 1000, "half-up", null)).toEqual([[267], [133], [600]]);
    expect(fractionCashInLieu(register, 5.83, 1000, "half-up", "residual")).toEqual([[0]]);
    const unrounded = fractionCashInLieu(register, 5.83, 1000, "none", null).flat() as number[];
    expect(unrounded).toEqual([expect.closeTo(266.6667, 4), expect.closeTo(133.3333, 4), 600]);
    expect(fractionCashInLieu(register, 5.83, 1000, "none", "residual")).toEqual([[0]]);
  });

  it("keeps the shape of holdings, blanks blank and holders without a fraction at 0", () => {
    expect(
      fractionCashInLieu(
        [
          [80, null],
          [100, ""],
          [30, null],
        ],
        5.83,
        1300,
        null,
        null,
      ),
    ).toEqual([
      [400, ""],
      [0, ""],
      [900, ""],
    ]);
  });

  it.each([
    [register, 5.83, null, null, /^proceeds is empty; give the yen received/],
    [register, 5.83, "1000円", null, /^proceeds: the text "1000円" is not a number/],
    [register, 5.83, -1, null, /^proceeds: -1 is negative/],
    [[[80], [40]], 5.83, 1000, null, /^proceeds: 1000 yen, but the fractions make up no whole share/],
    [register, 0, 1000, null, /^ratio: 0 is not above 0/],
    [[[80], [-40]], 5.83, 1000, null, /^holdings row 2: -40 is negative/],
    [register, 5.83, 1000, "up", /^rounding: the text "up" is not one of "down", "half-up", "none"/],
  ])(
    "refuses holdings %j, ratio %p, proceeds %p, rounding %p with #VALUE!",
    (holdings, ratio, proceeds, rounding, message) => {
      const error = excelError(() => fractionCashInLieu(holdings, ratio, proceeds, rounding, null));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(message);
    },
  );

  it("pays nothing when the proceeds are 0, even with no share sold", () => {
    expect(fractionCashInLieu([[80], [40]], 5.83, 0, null, null)).toEqual([[0], [0]]);
  });
});
