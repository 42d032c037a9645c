import { DomainError } from "../../../src/core/errors";
import { messages } from "../../../src/core/messages";
import { rational, toNumber } from "../../../src/core/exact/rational";
import {
  bookValuePerShare,
  NET_ASSETS_FLOOR,
  simplifiedMergerArticle,
  simplifiedTest,
} from "../../../src/core/procedure";
import { dayFromParts } from "../../../src/core/calendar/dayNumber";

const yen = (n: number) => rational(BigInt(n));
const day = (y: number, m: number, d: number) => dayFromParts(y, m, d)!;

describe("simplified merger: X ≤ ρ·Y", () => {
  test("the 2013 example: 104 × 927.72 = 96,482.88 against 1/5 of JPY 37,607 million → simplified", () => {
    const test = simplifiedTest({
      sharesDelivered: 104n,
      bookValuePerShare: rational(92_772n, 100n),
      netAssets: yen(37_607_000_000),
    });
    expect(test.consideration).toEqual(rational(9_648_288n, 100n));
    expect(test.base).toEqual(yen(37_607_000_000));
    expect(test.allowance).toEqual(yen(7_521_400_000));
    expect(test.qualifies).toBe(true);
  });

  test("X includes the book value of other consideration; X = ρ·Y exactly still qualifies", () => {
    const base = { sharesDelivered: 10n, bookValuePerShare: yen(1_000_000), netAssets: yen(100_000_000) };
    expect(simplifiedTest({ ...base, otherConsideration: yen(10_000_000) }).qualifies).toBe(true); // 20 million = 20 million
    expect(simplifiedTest({ ...base, otherConsideration: yen(10_000_001) }).qualifies).toBe(false);
    expect(toNumber(simplifiedTest({ ...base, otherConsideration: yen(10_000_001) }).consideration)).toBe(20_000_001);
  });

  test("Y is taken as at least JPY 5 million by default (Ord. 196, a stated choice), or as given", () => {
    const small = { sharesDelivered: 1n, bookValuePerShare: yen(500_000), netAssets: yen(1_000_000) };
    expect(simplifiedTest(small).base).toEqual(NET_ASSETS_FLOOR);
    expect(simplifiedTest(small).qualifies).toBe(true); // 500,000 ≤ 1,000,000
    expect(simplifiedTest({ ...small, applyNetAssetsFloor: false }).base).toEqual(yen(1_000_000));
    expect(simplifiedTest({ ...small, applyNetAssetsFloor: false }).qualifies).toBe(false); // 500,000 > 200,000
  });

  test("ρ is 1/5 or lower by the articles, never higher", () => {
    const deal = { sharesDelivered: 15n, bookValuePerShare: yen(1_000), netAssets: yen(100_000_000) };
    const big = { ...deal, sharesDelivered: 15_000n }; // X = 15 million
    expect(simplifiedTest(big).qualifies).toBe(true); // ≤ 20 million
    expect(simplifiedTest({ ...big, limit: rational(1n, 10n) }).qualifies).toBe(false); // > 10 million
    expect(() => simplifiedTest({ ...deal, limit: rational(1n, 4n) })).toThrow(DomainError);
    expect(() => simplifiedTest({ ...deal, limit: rational(0n) })).toThrow(messages.procedure.simplifiedLimit());
  });

  test("book net assets per share (Ord. 25): net assets over issued − treasury", () => {
    expect(bookValuePerShare(yen(83_000_000), 4_000n, 0n)).toEqual(yen(20_750));
    expect(bookValuePerShare(yen(1_000), 12n, 2n)).toEqual(yen(100));
    expect(() => bookValuePerShare(yen(1_000), 10n, 10n)).toThrow(messages.procedure.treasuryNotFewer());
  });
});

describe("the article by effective date", () => {
  test("CA 796(3) before 2015-05-01, 796(2) from that day", () => {
    expect(simplifiedMergerArticle(day(2014, 1, 1))).toBe("CA 796(3)");
    expect(simplifiedMergerArticle(day(2015, 4, 30))).toBe("CA 796(3)");
    expect(simplifiedMergerArticle(day(2015, 5, 1))).toBe("CA 796(2)");
    expect(simplifiedMergerArticle(day(2024, 10, 1))).toBe("CA 796(2)");
  });
});

describe("the 2013 per-share figures", () => {
  test("83,000,000 / 4,000 = 20,750, not the stated 20,856.44 (amounts rounded to millions)", () => {
    const recomputed = bookValuePerShare(yen(83_000_000), 4_000n, 0n);
    expect(toNumber(recomputed)).toBe(20_750);
    expect(toNumber(recomputed)).not.toBe(20_856.44);
    // The loss per share: −6,000,000 / 4,000 = −1,500 against the stated −1,485.46.
    expect(toNumber(bookValuePerShare(yen(-6_000_000), 4_000n, 0n))).toBe(-1_500);
  });
});

describe("before the Companies Act", () => {
  test("an effective date before 2006-05-01 has no article to cite: refused, not guessed", () => {
    expect(() => simplifiedMergerArticle(day(2006, 4, 30), "effective_date")).toThrow(
      messages.procedure.beforeCompaniesAct("effective_date", "2006-04-30"),
    );
    expect(simplifiedMergerArticle(day(2006, 5, 1))).toBe("CA 796(3)");
  });
});
