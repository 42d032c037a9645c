import fc from "fast-check";
import { oddLot } from "../../src/functions/allotment";
import { consolidation } from "../../src/functions/consolidation";
import { excelError } from "./excel-error";

/** An acquirer of 2,500 and four others at 100 → 1: fractions 0.5, 0.8, 0.3; pool 1.6, 1 share sold. */
const register = [[2500], [150], [80], [30], [0]];

describe("CONSOLIDATION: worked by hand", () => {
  it("answers each share figure of a 100-to-1 consolidation", () => {
    expect(consolidation(register, 100)).toEqual([[27]]);
    expect(consolidation(register, "100", "holders")).toEqual([[25], [1], [0], [0], [0]]);
    expect(consolidation(register, 100, "fractions").flat()).toEqual([0, 0.5, 0.8, 0.3, 0]);
    expect(consolidation(register, 100, "sold")).toEqual([[1]]);
  });

  it("pays the expected cash: the price × the shares before each fraction stands for", () => {
    // 150 − 1×100 = 50 shares before; 80 and 30 held are squeezed out entirely.
    expect(consolidation(register, 100, "cash", 500)).toEqual([[0], [25000], [40000], [15000], [0]]);
  });

  it("splits a sale's proceeds pro rata, by default the sold share at ratio × price", () => {
    // 1 share sold × 100 × 500 = 50,000 over fractions 50 : 80 : 30.
    expect(consolidation(register, 100, "paid", 500)).toEqual([[0], [15625], [25000], [9375], [0]]);
    expect(consolidation(register, 100, "paid", null, null, 80000)).toEqual([[0], [25000], [40000], [15000], [0]]);
  });

  it("checks the split against the expected cash: the discarded 0.6 share makes the default sale fall short", () => {
    const check = Object.fromEntries(consolidation(register, 100, "check", 500));
    expect(check).toEqual({
      "Price per share before": 500,
      "Shares sold for fractions (CA 235)": 1,
      "Proceeds of the sale": 50000,
      "Expected cash, total (price × shares before of each fraction)": 80000,
      "Paid out pro rata, total": 50000,
      "Proceeds left undistributed": 0,
      "Proceeds needed for the expected cash (price × ratio × pool)": 80000,
      "Sale price per share after needed": 80000,
      "Holders paid less than expected": 3,
      "Every holder receives the expected cash": false,
    });
    const covered = consolidation(register, 100, "check", 500, "ja", 80000);
    expect(covered[8]).toEqual(["見込み額を下回る株主数", 0]);
    expect(covered[9]).toEqual(["全株主が見込み額以上を受け取る", true]);
  });

  it("sums up the consolidation in en and ja with the same figures", () => {
    const en = consolidation(register, 100, "summary");
    expect(Object.fromEntries(en)).toEqual({
      "Shares issued before": 2760,
      "Consolidation ratio (shares that become one)": "100",
      Decrease: 2733,
      "Shares issued after (⌊Σh ÷ ratio⌋)": 27,
      Holders: 5,
      "Holders squeezed out (below one share after)": 2,
      "Whole shares kept by holders (Σ⌊h ÷ ratio⌋)": 26,
      "Fraction pool (Σ fractions)": 1.6,
      "Shares sold for fractions (CA 235)": 1,
      "Fractions discarded": expect.closeTo(0.6, 12),
    });
    const ja = consolidation(register, 100, "summary", null, "ja");
    expect(ja.map((row) => row[1])).toEqual(en.map((row) => row[1]));
    expect(ja[8]![0]).toBe("端数として売却する株式（会社法235条）");
  });

  it("takes a ratio that is not whole: 9,576,501 shares → 7", () => {
    // 9,576,501 × 3 = 28,729,503 shares become 21; 1,000,000 shares stand for 0.73… of a share.
    expect(consolidation([[28729503], [1000000]], "9576501/7", "holders")).toEqual([[21], [0]]);
    expect(consolidation([[28729503], [1000000]], "9576501/7", "cash", 1)).toEqual([[0], [1000000]]);
  });

  it("reports Toshiba's 93,000,000 → 1 on its 432,853,311 shares as 4 after", () => {
    expect(consolidation([[432853311]], 93000000)).toEqual([[4]]);
  });

  it("skips blank cells and keeps them blank", () => {
    expect(consolidation([[150], [null], [80]], 100, "cash", 500)).toEqual([[25000], [""], [40000]]);
  });

  it("refuses a ratio of 1 or less, a missing price, proceeds with nothing sold, and unknown choices", () => {
    expect(excelError(() => consolidation(register, 1)).message).toMatch(/not above 1/);
    expect(excelError(() => consolidation(register, "1/2")).message).toMatch(/not above 1/);
    expect(excelError(() => consolidation(register, 100, "cash")).message).toMatch(/price is empty/);
    expect(excelError(() => consolidation([[30]], 100, "paid", null, null, 10)).message).toMatch(/no whole share/);
    expect(excelError(() => consolidation(register, 100, "shares")).message).toMatch(/result/);
    expect(excelError(() => consolidation(register, 100, "cash", 500, null, null, "up")).message).toMatch(/rounding/);
    expect(excelError(() => consolidation([[-1]], 100)).message).toMatch(/negative/);
  });
});

/** Every figure on BigInt from the definitions, written apart from src/core: ratio a/b shares become one. */
function oracle(holdings: bigint[], a: bigint, b: bigint, price: bigint, proceeds: bigint | undefined) {
  const whole = holdings.map((h) => (h * b) / a);
  const fractions = holdings.map((h) => (h * b) % a); // over a
  const pool = fractions.reduce((x, y) => x + y, 0n);
  const sold = pool / a;
  const total = (holdings.reduce((x, y) => x + y, 0n) * b) / a;
  // price × (h − w·a/b) = price × (h·b − w·a) / b
  const cash = fractions.map((f) => (price * f) / b);
  const sale = proceeds ?? (sold * a * price) / b;
  const paid = fractions.map((f) => (pool === 0n ? 0n : (sale * f) / pool));
  return { whole, fractions, pool, sold, total, cash, paid, sale };
}

describe("CONSOLIDATION against a BigInt oracle", () => {
  const holdingsArb = fc.array(fc.oneof(fc.nat(5000), fc.nat(2 ** 40), fc.constant(0)), {
    minLength: 1,
    maxLength: 40,
  });
  // Whole ratios, and ones like 9576501/7 whose sale at ratio × price is whole yen when b divides the price.
  const ratioArb = fc.oneof(
    fc.record({ a: fc.bigInt(2n, 10n ** 7n), b: fc.constant(1n) }),
    fc.record({ a: fc.bigInt(8n, 10n ** 7n), b: fc.bigInt(1n, 7n) }).filter(({ a, b }) => a > b),
  );
  const column = (values: bigint[]) => values.map((v) => [Number(v)]);

  it("answers total, holders, fractions, sold, summary, cash, paid and check as the oracle does", () => {
    fc.assert(
      fc.property(holdingsArb, ratioArb, fc.bigInt(0n, 10000n), (list, { a, b }, priceBase) => {
        const holdings = list.map((h) => [h]);
        const ratio = `${a}/${b}`;
        const price = priceBase * b; // whole yen for the default sale of K × a/b shares before
        const o = oracle(
          list.map((h) => BigInt(h)),
          a,
          b,
          price,
          undefined,
        );
        expect(consolidation(holdings, ratio)).toEqual([[Number(o.total)]]);
        expect(consolidation(holdings, ratio, "holders")).toEqual(column(o.whole));
        expect(consolidation(holdings, ratio, "sold")).toEqual([[Number(o.sold)]]);

        const fractions = consolidation(holdings, ratio, "fractions").flat();
        o.fractions.forEach((f, i) => expect(fractions[i]).toBe(Number(f) / Number(a)));

        const summary = consolidation(holdings, ratio, "summary").map((row) => row[1]);
        const before = list.reduce((x, y) => x + y, 0);
        expect([summary[0], summary[2], summary[3], summary[4], summary[8]]).toEqual([
          before,
          before - Number(o.total),
          Number(o.total),
          list.length,
          Number(o.sold),
        ]);
        expect(summary[5]).toBe(list.filter((h, i) => h > 0 && o.whole[i] === 0n).length);
        expect(consolidation(holdings, ratio, "cash", Number(price))).toEqual(column(o.cash));
        expect(consolidation(holdings, ratio, "paid", Number(price))).toEqual(column(o.paid));
        const check = consolidation(holdings, ratio, "check", Number(price)).map((row) => row[1]);
        const needed = (price * o.pool) / b; // exact when b | price
        expect(check[2]).toBe(Number(o.sale));
        expect(check[6]).toBe(Number(needed));
        expect(check[9]).toBe(o.sale >= needed);
        expect(check[8]).toBe(o.cash.filter((c, i) => o.paid[i]! < c).length);
      }),
      { numRuns: 300, seed: 22180 },
    );
  });

  it("splits given proceeds pro rata as the oracle does, and never pays out more than received", () => {
    fc.assert(
      fc.property(holdingsArb, ratioArb, fc.bigInt(0n, 10n ** 12n), (list, { a, b }, proceeds) => {
        const holdings = list.map((h) => [h]);
        const o = oracle(
          list.map((h) => BigInt(h)),
          a,
          b,
          0n,
          proceeds,
        );
        fc.pre(o.sold > 0n || proceeds === 0n);
        const paid = consolidation(holdings, `${a}/${b}`, "paid", null, null, Number(proceeds));
        expect(paid).toEqual(column(o.paid));
        expect(o.paid.reduce((x, y) => x + y, 0n)).toBeLessThanOrEqual(proceeds);
      }),
      { numRuns: 300, seed: 22181 },
    );
  });
});

describe("a consolidation that is no squeeze-out", () => {
  it("leaves odd lots after, read through ODD_LOT as for a merger", () => {
    // 10 → 1 with the unit moving from 1,000 to 100: 12,345 shares become 1,234, of which 34 an odd lot.
    const after = consolidation([[12345], [null], [1000]], 10, "holders");
    expect(after).toEqual([[1234], [""], [100]]);
    expect(oddLot(after, 100)).toEqual([[34], [""], [0]]);
  });
});
