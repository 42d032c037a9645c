/**
 * The share-consolidation template, built and computed by HyperFormula: the squeeze-out example
 * (in English) and the 10-to-1 example (in Japanese), every computed cell checked: the register
 * and its totals against BigInt arithmetic, the schedule against the core.
 */
import { parseDateText } from "../../src/core/calendar/dayNumber";
import { shareConsolidation, shareConsolidation10To1, shareConsolidationExample } from "../../src/templates";
import { BLANK_CONSOLIDATION_INPUTS } from "../templates/examples";
import { built, checkScheduleTable, close, expectAllChecked, type BuiltSheet } from "./built-sheet";

/**
 * The register below its header checked holder by holder against BigInt arithmetic, independent
 * of the core: after ⌊h ÷ r⌋, fraction (h mod r) ÷ r, odd lot, expected cash price × (h mod r),
 * paid ⌊proceeds × (h mod r) ÷ Σ(h mod r)⌋; then its totals. Returns the totals for the checks above.
 */
function checkConsolidationRegister(
  s: BuiltSheet,
  header: string,
  register: { holdings: bigint[]; ratio: bigint; unit: bigint; price: bigint; proceeds?: bigint },
) {
  const { holdings, ratio, unit, price } = register;
  const rests = holdings.map((h) => h % ratio);
  const restTotal = rests.reduce((a, b) => a + b, 0n);
  const sold = restTotal / ratio;
  const proceeds = register.proceeds ?? sold * ratio * price;
  const top = s.rowOf(header) + 1;
  let paidTotal = 0n;
  holdings.forEach((h, i) => {
    const row = top + i;
    const paid = (proceeds * rests[i]!) / restTotal;
    paidTotal += paid;
    expect(s.at(row, 2)).toBe(Number(h / ratio));
    close(s.at(row, 3), Number(rests[i]!) / Number(ratio));
    expect(s.at(row, 4)).toBe(Number((h / ratio) % unit));
    expect(s.at(row, 5)).toBe(Number(price * rests[i]!));
    expect(s.at(row, 6)).toBe(Number(paid));
  });
  const total = holdings.reduce((a, b) => a + b, 0n);
  return { total, restTotal, sold, proceeds, paidTotal, expectedTotal: price * restTotal };
}

test("the squeeze-out example: every computed cell against BigInt arithmetic and the core's schedule", async () => {
  const s = await built(shareConsolidationExample, {});
  // 10,300,000 of the 12,000,000 issued less 250,000 treasury shares.
  close(s.cell("Acquirer's share of the shares issued (less treasury)"), 10_300_000 / 11_750_000);
  const ratio = 1_000_000n;
  const r = checkConsolidationRegister(s, "Holder", {
    holdings: [10_300_000n, 612_345n, 450_000n, 300_000n, 87_655n],
    ratio,
    unit: 100n,
    price: 2_150n,
    proceeds: 3_762_500_000n,
  });
  // Pool 1.75: one share sold, bought at the tender offer price × 1,750,000 shares before.
  expect([r.restTotal, r.sold, r.paidTotal]).toEqual([1_750_000n, 1n, 3_762_500_000n]);
  // The largest other holder, 612,345 shares, is below one share from a ratio of 612,346 on.
  expect(s.cell("Smallest ratio squeezing out every other holder")).toBe(612_346);
  expect(s.cell("Round ratio that passes: 1 significant figure")).toBe(700_000);
  expect(s.cell("Round ratio that passes: 2 significant figures")).toBe(620_000);
  expect(s.cell("Round ratio that passes: 3 significant figures")).toBe(613_000);
  expect(s.cell("The ratio chosen squeezes out every other holder and leaves shares to sell")).toBe(true);
  expect(s.cell("Most shares another holder keeps")).toBe(0);
  expect(s.cell("Acquirer's shares after")).toBe(10);
  // Units of 100, holder by holder: 103,000 of 117,499, below 9/10, so a consolidation and not a demand for sale.
  expect(s.cell("Voting rights of the acquirer (units)")).toBe(103_000);
  expect(s.cell("Voting rights of all holders (units)")).toBe(103_000 + 6_123 + 4_500 + 3_000 + 876);
  expect(s.cell("Special controlling shareholder: a demand for sale is open (90%, CA 179(1))")).toBe(false);
  expect(s.cell("Shares issued before, treasury shares cancelled")).toBe(11_750_000);
  expect(s.cell("Decrease by the consolidation")).toBe(11_750_000 - 11);
  expect(s.cell("Shares issued after (⌊shares before ÷ ratio⌋)")).toBe(Number(r.total / ratio));
  expect(s.cell("Authorised shares after: at most 4 × shares issued after")).toBe(44);
  expect(s.cell("Authorised shares after within the limit")).toBe(true);
  expect(s.cell("Shares before in the register")).toBe(Number(r.total));
  expect(s.cell("Check against the shares issued less treasury")).toBe(
    "Matches the shares issued less treasury shares",
  );
  expect(s.cell("Shares after per the register")).toBe(11);
  expect(s.cell("Holders squeezed out (below one share after)")).toBe(4);
  close(s.cell("Fraction pool F"), 1.75);
  expect(s.cell("Shares sold for the fractions K = ⌊F⌋ (CA 235)")).toBe(1);
  expect(s.cell("Proceeds of the sale used")).toBe(Number(r.proceeds));
  expect(s.cell("Cash expected, all holders")).toBe(Number(r.expectedTotal));
  expect(s.cell("Cash paid, all holders")).toBe(Number(r.paidTotal));
  expect(s.cell("Left undistributed by the rounding")).toBe(Number(r.proceeds - r.paidTotal));
  expect(s.cell("Paid + undistributed = proceeds of the sale")).toBe(true);
  expect(s.cell("Every holder receives the cash expected")).toBe(true);
  expect(s.cell("Options given to MERGER.SCHEDULE")).toBe(
    "language=en, listed, meeting=2025-02-20, record date=2025-01-10",
  );
  const options = {
    listed: true,
    meetingAcquired: parseDateText("2025-02-20")!,
    recordDate: parseDateText("2025-01-10")!,
  };
  expect(checkScheduleTable(s, "Step id", "2025-03-28", "share consolidation", options, "en", 10)).toEqual([
    "record-date-notice",
    "convocation",
    "meeting",
    "shareholder-notice",
    "purchase-requests",
    "delisting",
    "effective-date",
    "registration",
    "price-petition",
  ]);
  expectAllChecked(s);
});

test("the 10-to-1 example, in Japanese: odd lots, a sale short of the expected cash, whole units and a 2-week notice", async () => {
  const s = await built(shareConsolidation10To1, {}, "ja");
  expect(s.cell("公開買付者の所有割合（自己株式控除後）")).toBe("");
  const r = checkConsolidationRegister(s, "株主", {
    holdings: [600_005n, 400_000n, 200_000n, 34_555n, 7n],
    ratio: 10n,
    unit: 100n,
    price: 312n,
  });
  // Pool 1.7: one share sold at 10 × 312 yen; 3,120 yen paid pro rata, 917 + 917 + 1,284 and 2 left.
  expect([r.restTotal, r.sold, r.proceeds, r.paidTotal]).toEqual([17n, 1n, 3_120n, 3_118n]);
  // No acquirer: the squeeze-out's checks stay blank.
  for (const label of [
    "他の全株主を1株未満とする最小の併合の割合",
    "条件を満たす切りのよい割合（有効数字1桁）",
    "条件を満たす切りのよい割合（有効数字2桁）",
    "条件を満たす切りのよい割合（有効数字3桁）",
    "選択した割合で他の全株主が1株未満となり売却株式が生ずる",
    "他の株主に残る株式数の最大",
    "公開買付者の併合後の株式数",
    "公開買付者の議決権数（単元）",
    "総株主の議決権数（単元）",
    "特別支配株主（議決権の90%以上、会社法179条1項）：株式売渡請求が可能",
  ])
    expect(s.cell(label)).toBe("");
  expect(s.cell("併合前の発行済株式総数（自己株式消却後）")).toBe(1_234_567);
  expect(s.cell("併合により減少する株式数")).toBe(1_234_567 - 123_456);
  expect(s.cell("併合後の発行済株式総数（⌊併合前 ÷ 割合⌋）")).toBe(123_456);
  expect(s.cell("発行可能株式総数の上限（併合後の発行済株式総数 × 4）")).toBe(493_824);
  expect(s.cell("発行可能株式総数が上限以内")).toBe(true);
  expect(s.cell("名簿上の併合前の株式数")).toBe(1_234_567);
  expect(s.cell("発行済株式総数（自己株式控除後）との検算")).toBe("発行済株式総数（自己株式控除後）と一致");
  expect(s.cell("名簿による併合後の株式数")).toBe(123_456);
  expect(s.cell("1株未満となる株主数")).toBe(1);
  close(s.cell("端数の合計 F"), 1.7);
  expect(s.cell("端数として売却する株式 K ＝ ⌊F⌋（会社法235条）")).toBe(1);
  expect(s.cell("計算に用いる売却代金")).toBe(3_120);
  expect(s.cell("交付見込み額の合計")).toBe(Number(r.expectedTotal));
  expect(s.cell("交付額の合計")).toBe(3_118);
  expect(s.cell("端数処理による未分配額")).toBe(2);
  expect(s.cell("交付額 ＋ 未分配額 ＝ 売却代金")).toBe(true);
  // A sale at 10 × the price before falls short of 312 yen × 17 shares before: the release's point.
  expect(s.cell("全株主が見込み額以上を受け取る")).toBe(false);
  expect(s.cell("MERGER.SCHEDULE に渡す条件")).toBe(
    "language=ja, whole units, meeting=2017-06-29, record date=2017-03-31",
  );
  const options = {
    wholeUnits: true,
    meetingAcquired: parseDateText("2017-06-29")!,
    recordDate: parseDateText("2017-03-31")!,
  };
  expect(checkScheduleTable(s, "手続 id", "2017-10-01", "share consolidation", options, "ja", 10)).toEqual([
    "record-date-notice",
    "convocation",
    "meeting",
    "shareholder-notice",
    "effective-date",
    "registration",
  ]);
  expectAllChecked(s);
});

test("the blank template with its required inputs only computes without an error", async () => {
  const s = await built(shareConsolidation, BLANK_CONSOLIDATION_INPUTS, "en");
  expect(s.grid.errors).toEqual([]);
});
