/**
 * The share-exchange example's release tables (illustrative figures, no real transaction), as
 * `npm run sheet` prints them in English and Japanese: its own form (parent and subsidiary, the
 * simplified and short-form articles, shares delivered partly new), from the same sections as the
 * merger's.
 */
import { runSheet } from "../../src/sheet/cli";
import { releaseSections, type Rows } from "./release";

let en: Rows;
let ja: Rows;
beforeAll(async () => {
  const build = async (language: string) =>
    releaseSections(await runSheet(["share-exchange-example", "--language", language], "test"));
  [en, ja] = await Promise.all([build("en"), build("ja")]);
});

test("schedule: no meeting of either company, each with its article; effective 2024-10-01 (scheduled)", () => {
  expect(en["Release: schedule of the share exchange"]).toEqual({
    "Board resolution": ["May 14, 2024"],
    "Share exchange agreement signed": ["May 14, 2024"],
    "Shareholders' meeting of the parent": ["None: a simplified share exchange (CA 796(2))"],
    "Shareholders' meeting of the subsidiary": ["None: a short-form share exchange (CA 784(1))"],
    "Effective date": ["October 1, 2024 (scheduled)"],
  });
  expect(ja["開示資料：株式交換の日程"]!["完全親会社の株主総会"]).toEqual([
    "開催しません（簡易株式交換、会社法796条2項）",
  ]);
  expect(ja["開示資料：株式交換の日程"]!["効力発生日"]).toEqual(["2024年10月1日（予定）"]);
});

test("allotment: 1 beside 0.75; 56,250 shares, 30,000 from treasury and 26,250 new; fractions under CA 234", () => {
  const allotment = en["Release: method and allotment"]!;
  expect(allotment["Shares allotted"]).toEqual(["1", "0.75"]);
  expect(allotment["Note 1: ratio"]![0]).toMatch(
    /allots 0\.75 of its shares\. No shares are allotted for the 920,000 shares .*\(as of May 14, 2024\)\. Nor for Subsidiary Example Co\.'s 5,000 treasury shares\./,
  );
  expect(allotment["Note 2: shares delivered"]).toEqual([
    "Parent Example Co. will deliver 56,250 shares in total: 30,000 from its treasury shares and 26,250 newly issued.",
  ]);
  expect(allotment["Note 4: fractions of a share"]![0]).toMatch(/\(CA 234\)\.$/);
  expect(allotment["Stock acquisition rights and bonds with rights"]![0]).toMatch(/rights table/);
  const 割当 = ja["開示資料：株式交換の方式と割当ての内容"]!;
  expect(割当["（注2）交付する株式数"]).toEqual([
    "Parent Example Co.が交付する株式は合計56,250株で、うち30,000株は自己株式を充当し、26,250株を新たに発行します。",
  ]);
});

test("overview: losses as 'Loss of' and ▲, per-share figures to 2 decimals, each date with its figure", () => {
  expect(en["Release: overview of the parties"]).toMatchObject({
    "(5) Capital": ["JPY25,000 million (as of March 31, 2024)", "JPY450 million (as of March 31, 2024)"],
    "(7) Shares issued": ["50,000,000 (as of March 31, 2024)", "1,000,000 (as of March 31, 2024)"],
    "Operating income": ["JPY14,200 million", "Loss of JPY350 million"],
    "Net income per share": ["JPY196.00", "Loss of JPY311.56"],
    "Net assets per share": ["JPY1,600.00", "JPY4,120.60"],
  });
  expect(ja["開示資料：当事会社の概要"]).toMatchObject({
    "(5) 資本金": ["25,000百万円（2024年3月31日現在）", "450百万円（2024年3月31日現在）"],
    営業利益: ["14,200百万円", "▲350百万円"],
    "1株当たり当期純利益": ["196.00円", "▲311.56円"],
  });
});

test("after: the parent's capital follows the agreement for the new shares", () => {
  expect(en["Release: the parent after the share exchange"]!["Changes"]![0]).toMatch(/the 26,250 new shares\.$/);
});
