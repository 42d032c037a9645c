/**
 * The 2013 example's release tables, as `npm run sheet` prints them, against the figures and
 * dates of sections 2 to 5 of the IIJ / IIJ Exlayer release of 2013-11-07, in English and in
 * Japanese, each in its language's release form. The expected figures are the release's, typed
 * here from it; the sheet computes its text from its own input cells.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runSheet } from "../../src/sheet/cli";
import { releaseSections, type Rows } from "./release";

const build = async (language: "en" | "ja", more: string[] = []) =>
  releaseSections(await runSheet(["absorption-merger-2013-example", "--language", language, ...more], "test"));

let en: Rows;
let ja: Rows;
beforeAll(async () => {
  [en, ja] = await Promise.all([build("en"), build("ja")]);
});

test("schedule: the board resolution and agreement on 2013-11-07, effective 2014-01-01 (scheduled), no meetings", () => {
  expect(en["Release: schedule of the merger"]).toEqual({
    "Board resolution": ["November 7, 2013"],
    "Merger agreement signed": ["November 7, 2013"],
    "Shareholders' meeting of the surviving company": ["None: a simplified merger (CA 796(3))"],
    "Shareholders' meeting of the dissolving company": ["None: a short-form merger (CA 784(1))"],
    "Effective date": ["January 1, 2014 (scheduled)"],
  });
  expect(ja["開示資料：合併の日程"]).toEqual({
    取締役会決議日: ["2013年11月7日"],
    合併契約締結日: ["2013年11月7日"],
    存続会社の株主総会: ["開催しません（簡易合併、会社法796条3項）"],
    消滅会社の株主総会: ["開催しません（略式合併、会社法784条1項）"],
    効力発生日: ["2014年1月1日（予定）"],
  });
});

test("allotment: 1 beside 26, 3,996 shares excluded as of 2013-11-07, 104 delivered all from treasury, odd lots of a 100-share unit", () => {
  const allotment = en["Release: method and allotment"]!;
  expect(allotment["Company"]).toEqual(["Internet Initiative Japan Inc.", "IIJ Exlayer Inc."]);
  expect(allotment["Shares allotted"]).toEqual(["1", "26"]);
  expect(allotment["Method"]![0]).toMatch(
    /Internet Initiative Japan Inc\. survives and IIJ Exlayer Inc\. is dissolved/,
  );
  expect(allotment["Note 1: ratio"]![0]).toMatch(/allots 26 of its shares.*3,996 shares .*\(as of November 7, 2013\)/);
  expect(allotment["Note 2: shares delivered"]![0]).toMatch(
    /104 shares in total, all from its treasury shares; no new shares/,
  );
  expect(allotment["Note 3: shares less than one unit"]![0]).toMatch(/units of 100/);
  expect(allotment["(i) Buy-up"]![0]).toMatch(/^Buy-up \(CA 194\)/);
  expect(allotment["(ii) Buy-back"]![0]).toMatch(/^Buy-back \(CA 192\)/);
  expect(allotment["Stock acquisition rights and bonds with rights"]).toEqual(["None"]);

  const 割当 = ja["開示資料：合併の方式と割当ての内容"]!;
  expect(割当["割当ての内容"]).toEqual(["1", "26"]);
  expect(割当["（注1）割当比率"]![0]).toMatch(/普通株式26株を割り当てます。.*（2013年11月7日現在 3,996株）/);
  expect(割当["（注2）交付する株式数"]![0]).toMatch(
    /合計104株で、すべて保有する自己株式を充当し、新株式は発行しません/,
  );
  expect(割当["（注3）単元未満株式の取扱い"]![0]).toMatch(/単元株式数は100株/);
  expect(割当["①買増請求"]![0]).toMatch(/^買増請求（会社法194条）/);
  expect(割当["②買取請求"]![0]).toMatch(/^買取請求（会社法192条）/);
  expect(割当["新株予約権及び新株予約権付社債の取扱い"]).toEqual(["該当事項はありません。"]);
});

test("basis: the 30-session window ending 2013-10-31 and the agreed 1 : 26", () => {
  const basis = en["Release: basis of the ratio"]!;
  expect(basis["Market price"]![0]).toMatch(/30 sessions up to and including October 31, 2013$/);
  expect(basis["By the recent transaction price"]).toEqual(["1 : 26"]);
  expect(basis["Ratio as agreed"]).toEqual(["1 : 26"]);
  const 根拠 = ja["開示資料：割当ての内容の根拠"]!;
  expect(根拠["市場株価"]![0]).toMatch(/2013年10月31日を基準日とする.*30営業日/);
  expect(根拠["合意した比率"]).toEqual(["1：26"]);
});

test("overview: every figure of the release's table, each with its date, in each language's form", () => {
  expect(en["Release: overview of the parties"]).toMatchObject({
    "(1) Name": ["Internet Initiative Japan Inc.", "IIJ Exlayer Inc."],
    "(5) Capital": ["JPY22,958 million (as of September 30, 2013)", "JPY10 million (as of September 30, 2013)"],
    "(6) Incorporated": ["December 3, 1992", "October 1, 2009"],
    "(7) Shares issued": ["46,697,800 (as of September 30, 2013)", "4,000 (as of September 30, 2013)"],
    "(8) Fiscal year end": ["March 31", "December 31"],
    "(9) Employees": ["1,555 (as of September 30, 2013)", "2 (as of September 30, 2013)"],
    "(11) Results of the latest fiscal year": [
      "Consolidated: Fiscal year ended March 31, 2013",
      "Fiscal year ended December 31, 2012",
    ],
    "Net assets": ["JPY37,607 million", "JPY83 million"],
    "Total assets": ["JPY82,111 million", "JPY134 million"],
    "Net assets per share": ["JPY927.72", "JPY20,856.44"],
    Revenue: ["JPY106,248 million", "JPY88 million"],
    "Operating income": ["JPY7,753 million", "JPY0.4 million"],
    "Ordinary income (income before income taxes)": ["JPY7,757 million", "Loss of JPY6 million"],
    "Net income": ["JPY5,301 million", "Loss of JPY6 million"],
    "Net income per share": ["JPY130.76", "Loss of JPY1,485.46"],
    "Note: major shareholders": [
      "Major shareholders as of September 30, 2013.",
      "Major shareholders as of September 30, 2013.",
    ],
  });
  expect(en["Release: overview of the parties"]!["(10) Major shareholders and holdings"]![0]).toMatch(
    /^Nippon Telegraph and Telephone Corporation 21\.62%.*Koichi Suzuki 3\.86%$/,
  );
  expect(ja["開示資料：当事会社の概要"]).toMatchObject({
    "(5) 資本金": ["22,958百万円（2013年9月30日現在）", "10百万円（2013年9月30日現在）"],
    "(6) 設立年月日": ["1992年12月3日", "2009年10月1日"],
    "(7) 発行済株式数": ["46,697,800株（2013年9月30日現在）", "4,000株（2013年9月30日現在）"],
    "(8) 決算期": ["3月31日", "12月31日"],
    "(9) 従業員数": ["1,555名（2013年9月30日現在）", "2名（2013年9月30日現在）"],
    "(11) 最近事業年度の財政状態及び経営成績": ["連結：2013年3月期", "2012年12月期"],
    純資産: ["37,607百万円", "83百万円"],
    総資産: ["82,111百万円", "134百万円"],
    "1株当たり純資産": ["927.72円", "20,856.44円"],
    売上高: ["106,248百万円", "88百万円"],
    営業利益: ["7,753百万円", "0.4百万円"],
    "経常利益（税引前当期純利益）": ["7,757百万円", "▲6百万円"],
    当期純利益: ["5,301百万円", "▲6百万円"],
    "1株当たり当期純利益": ["130.76円", "▲1,485.46円"],
  });
});

test("after the merger: no change to the surviving company", () => {
  expect(en["Release: the surviving company after the merger"]!["Changes"]![0]).toBe(
    "No change to Internet Initiative Japan Inc.'s name, address, representative, business, capital or fiscal year end.",
  );
  expect(ja["開示資料：合併後の存続会社"]!["変更"]![0]).toMatch(/に変更はありません。$/);
});

test("no release cell shows a float of many digits or an error", () => {
  for (const sections of [en, ja])
    for (const cell of Object.values(sections).flatMap((rows) => Object.values(rows).flat())) {
      expect(cell).not.toMatch(/\d\.\d{4,}|#[A-Z/0!?]+/);
    }
});

describe("the per-share check: a recomputation beside the date of its share count, a gap flagged with its cause", () => {
  const directory = mkdtempSync(join(tmpdir(), "sheet-per-share-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const perShare = async (inputs: object, language: "en" | "ja" = "en") => {
    const file = join(directory, `${Object.keys(inputs).join("-") || "none"}.json`);
    writeFileSync(file, JSON.stringify(inputs));
    const tsv = await runSheet(["absorption-merger-2013-example", "--language", language, "--inputs", file], "test");
    const row = (label: string) =>
      tsv
        .split("\n")
        .find((line) => line.split("\t")[2] === label)!
        .split("\t")
        .slice(3);
    return row;
  };

  test("2013: 805.33 against 927.72 is a share count of 2013-09-30 against figures of 2013-03-31, not rounding", async () => {
    const row = await perShare({});
    expect(row("Net assets per share, recomputed")).toEqual(["805.33", "20,750.00"]);
    expect(row("Shares counted as of")).toEqual(["2013-09-30", "2013-09-30"]);
    expect(row("Stated figures as of (fiscal year end)")).toEqual(["2013-03-31", "2012-12-31"]);
    const [iij, exlayer] = row("Check: net assets per share");
    expect(iij).toMatch(/^Beyond rounding: the shares are counted as of 2013-09-30, the figures are as of 2013-03-31/);
    expect(iij).not.toMatch(/^Within/);
    // 83 million rounded to the million: ±0.5 million over 4,000 shares is ±125 a share.
    expect(exlayer).toBe("Within the rounding of the stated amounts (up to 125.00 a share)");
    expect(row("Check: net income per share")[0]).toMatch(/^Beyond rounding: the shares are counted as of 2013-09-30/);
    const 確認 = (await perShare({}, "ja"))("確認：1株当たり純資産");
    expect(確認[0]).toMatch(/^端数処理では説明できない差：株式数は2013-09-30現在、開示値は2013-03-31現在/);
  });

  test("the shares at the fiscal year end (41,297,800, without the 2013 offering's 5,400,000) give 910.63; treasury shares may explain the rest", async () => {
    const row = await perShare({ survivingIssued: 41_297_800, survivingAsOf: "2013-03-31" });
    expect(row("Net assets per share, recomputed")[0]).toBe("910.63");
    expect(row("Check: net assets per share")[0]).toMatch(/^Beyond rounding: no treasury shares are entered/);
  });

  test("with treasury shares entered, the remaining cause named is non-controlling interests", async () => {
    const row = await perShare({ survivingIssued: 41_297_800, survivingAsOf: "2013-03-31", survivingTreasury: 10_000 });
    expect(row("Check: net assets per share")[0]).toMatch(/non-controlling interests/);
  });

  test("amounts not rounded: a gap of a cent is beyond rounding too", async () => {
    const row = await perShare({ amountsRoundedTo: 1 });
    expect(row("Check: net assets per share")[1]).toMatch(/^Beyond rounding/);
  });
});
