import fc from "fast-check";
import {
  authorisedSharesTestFunction,
  specialControlling,
  squeezeOutRatio,
  squeezeOutTestFunction,
} from "../../src/functions/squeezeOut";
import { excelError } from "./excel-error";

const others = [[300], [250], [40], [7]];

describe("SQUEEZE_OUT_RATIO", () => {
  it("finds the smallest ratio above the largest other holding, and round ones", () => {
    expect(squeezeOutRatio(others, 1000000)).toEqual([[301]]);
    expect(squeezeOutRatio(others, 1000000, null, "round")).toEqual([[400], [310], [301]]);
  });

  it("goes past a ratio whose pool makes no whole share", () => {
    // At 6 the one other holder's 5 shares are 5/6 and the acquirer's 600 divide evenly: nothing to sell.
    expect(squeezeOutRatio([[5]], 600)).toEqual([[7]]);
    expect(squeezeOutTestFunction([[5]], 600, 6, null, "all")).toEqual([[false], [0], [100], [5 / 6], [0]]);
    expect(squeezeOutTestFunction([[5]], 600, 7, null, "all")).toEqual([[true], [0], [85], [10 / 7], [1]]);
  });

  it("counts the treasury shares' fraction in the pool", () => {
    expect(squeezeOutRatio([[5]], 600, 3)).toEqual([[6]]); // 5 + 0 + 3 = 8 ≥ 6
  });

  it("answers #N/A when the acquirer holds no more than another holder", () => {
    const error = excelError(() => squeezeOutRatio(others, 300));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/largest other holding, 300/);
  });

  it("matches a search of every ratio by brute force", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(60), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.nat(80),
        (list, acquirer, treasury) => {
          const all = [...list, acquirer, treasury].map(BigInt);
          const passes = (n: bigint): boolean =>
            list.every((h) => BigInt(h) < n) &&
            BigInt(acquirer) >= n &&
            all.reduce((pool, h) => pool + (h % n), 0n) >= n;
          let expected: bigint | undefined;
          for (let n = 2n; n <= BigInt(acquirer) && expected === undefined; n++) if (passes(n)) expected = n;
          const holdings = list.map((h) => [h]);
          if (expected === undefined) {
            expect(excelError(() => squeezeOutRatio(holdings, acquirer, treasury)).code).toBe("#N/A");
            return;
          }
          expect(squeezeOutRatio(holdings, acquirer, treasury)).toEqual([[Number(expected)]]);
          expect(squeezeOutTestFunction(holdings, acquirer, Number(expected), treasury)).toEqual([[true]]);
          for (const [round] of squeezeOutRatio(holdings, acquirer, treasury, "round")) {
            if (typeof round === "number") expect(passes(BigInt(round))).toBe(true);
          }
        },
      ),
      { numRuns: 400, seed: 22179 },
    );
  });
});

describe("AUTHORISED_SHARES_TEST (CA 180(3))", () => {
  it("allows a public company at most four times the shares issued after", () => {
    expect(authorisedSharesTestFunction(16, 4)).toEqual([[true]]);
    expect(authorisedSharesTestFunction(17, 4, null, "all")).toEqual([[false], [16]]);
    expect(authorisedSharesTestFunction(17, 4, false, "all")).toEqual([[true], [""]]);
  });

  it("never allows fewer authorised than issued shares (CA 113)", () => {
    expect(authorisedSharesTestFunction(3, 4, false)).toEqual([[false]]);
  });

  it("refuses a public_company that is not TRUE or FALSE", () => {
    expect(excelError(() => authorisedSharesTestFunction(16, 4, "yes")).message).toMatch(/TRUE or FALSE/);
  });
});

describe("SPECIAL_CONTROLLING (CA 179(1))", () => {
  it("counts wholly owned subsidiaries' voting rights with the holder's own", () => {
    expect(specialControlling(85, 100, 5)).toEqual([[true]]);
    expect(specialControlling(85, 100, null, null, "all")).toEqual([[false], [0.85]]);
    expect(specialControlling(899, 1000, 0)).toEqual([[false]]);
    expect(specialControlling(90, 100, 0, "19/20")).toEqual([[false]]);
  });

  it("refuses a threshold below 9/10, naming CA 179(1)", () => {
    expect(excelError(() => specialControlling(85, 100, 0, 0.8)).message).toMatch(/CA 179\(1\)/);
  });
});
