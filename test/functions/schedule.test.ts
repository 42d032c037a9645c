import { dayFromParts, serialFromDay } from "../../src/core/calendar/dayNumber";
import { scheduleCheck, scheduleTable } from "../../src/functions/schedule";
import { excelError } from "./excel-error";

const serial = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromDay(dayFromParts(y!, m!, d!)!);
};
/** The schedule's rows by step id: [first, last] as serials. */
function byStep(...args: Parameters<typeof scheduleTable>) {
  const ids = scheduleTable(args[0], args[1], args[2], "steps").map(([id]) => id as string);
  const dates = scheduleTable(args[0], args[1], args[2], "dates");
  return Object.fromEntries(ids.map((id, i) => [id, dates[i]]));
}

describe("SCHEDULE", () => {
  test("the 2013 example with text flags: notice by 2013-12-11, requests 12-12 … 12-31, registration by 2014-01-14", () => {
    const steps = byStep("2014-01-01", null, [["short-form, simplified"]]);
    expect(steps["shareholder-notice"]).toEqual([serial("2013-12-11"), ""]);
    expect(steps["purchase-requests"]).toEqual([serial("2013-12-12"), serial("2013-12-31")]);
    expect(steps.registration).toEqual([serial("2014-01-01"), serial("2014-01-14")]);
  });

  test("options as a range of label and value, with the other count of the two weeks", () => {
    const options = [
      ["Short-form", true],
      ["simplified", "yes"],
      ["count effective date", false],
      ["listed", null],
    ];
    expect(byStep(41640, "merger", options).registration).toEqual([serial("2014-01-01"), serial("2014-01-15")]);
  });

  test("the table: a header row, five columns, citations in the language asked for", () => {
    const en = scheduleTable("2014-01-01", null, [["short-form, simplified"]]);
    expect(en[0]).toEqual(["Step", "Date or first day", "Last day", "Article", "Note"]);
    expect(en.every((row) => row.length === 5)).toBe(true);
    expect(en.find((row) => row[0] === "Shareholder notice or public notice")![3]).toBe("CA 785(3), 797(3)");
    const ja = scheduleTable("2014-01-01", "合併", [["short-form, simplified, language=ja"]]);
    expect(ja[0]![0]).toBe("手続");
    expect(ja.find((row) => row[0] === "株主への通知・公告")![3]).toBe("会社法785条3項、797条3項");
    expect(scheduleTable("2014-01-01", null, [["short-form, simplified"]], "rows")).toEqual(en.slice(1));
  });

  test("a share consolidation and a demand for sale by their names in English or Japanese, each step with its article", () => {
    const ja = scheduleTable("2023-12-22", "株式併合", [["listed, meeting=2023-11-22, language=ja"]]);
    const row = (label: string) => ja.find((r) => r[0] === label)!;
    expect(row("株主への通知・公告").slice(1, 4)).toEqual([
      serial("2023-12-01"),
      "",
      "会社法181条1項、2項、182条の4第3項",
    ]);
    expect(row("価格決定の申立期間").slice(1, 4)).toEqual([
      serial("2024-01-23"),
      serial("2024-02-21"),
      "会社法182条の5第2項",
    ]);
    expect(row("整理銘柄指定")[3]).toBe("東証の実務（要確認）");
    const sale = scheduleTable("2024-03-29", "Demand-for-sale", [["listed"]]);
    expect(sale.find((r) => r[0] === "Notice or public notice to selling shareholders")!.slice(1, 4)).toEqual([
      serial("2024-03-08"),
      "",
      "CA 179-4(1), (2)",
    ]);
    expect(sale.find((r) => r[0] === "Acquisition date")![3]).toBe("CA 179-9(1)");
    expect(sale.slice(1).every((r) => r[3] !== "")).toBe(true);
    expect(byStep("2017-10-01", "share consolidation", [["whole units", true]])["shareholder-notice"]).toEqual([
      serial("2017-09-16"),
      "",
    ]);
  });

  test("a merger's switch for a squeeze-out is #VALUE!, not ignored", () => {
    const error = excelError(() => scheduleTable("2023-12-22", "share consolidation", [["simplified"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/share consolidation is the company's own act.*remove "simplified"/);
    expect(excelError(() => scheduleTable("2023-12-22", "squeeze")).message).toMatch(/"demand for sale"/);
  });

  test("a share transfer on a day the registry is closed is #VALUE! naming the next open day", () => {
    const error = excelError(() => scheduleTable("2025-03-29", "share transfer"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/registry is closed.*2025-03-31/);
  });

  test("the 2013 example: the latest Gazette notice is 2013-11-27 by default, 2013-11-29 on the narrow reading", () => {
    expect(byStep("2014-01-01")["creditor-notice"]).toEqual([serial("2013-11-27"), ""]);
    expect(byStep("2014-01-01", null, [["short-form, simplified"]])["creditor-objection-period"]).toEqual([
      serial("2013-11-28"),
      serial("2013-12-27"),
    ]);
    expect(byStep("2014-01-01", null, [["narrow holidays"]])["creditor-notice"]).toEqual([serial("2013-11-29"), ""]);
    expect(byStep("2014-01-01", null, [["狭義休日", true]])["creditor-notice"]).toEqual([serial("2013-11-29"), ""]);
    const note = scheduleTable("2014-01-01", null, [["narrow holidays, language=ja"]]).find(
      (row) => row[0] === "債権者異議申述公告（官報）",
    )![4];
    expect(note).toMatch(/民法142条を狭く解釈（指定による）/);
  });

  test("share certificates add the notice to submit them, in English and Japanese (CA 219(1))", () => {
    const en = scheduleTable("2014-01-01", null, [["share certificates"]]);
    expect(
      en.find((row) => row[0] === "Notice to submit share certificates (dissolving company)")!.slice(1, 4),
    ).toEqual([serial("2013-11-29"), "", "CA 219(1)"]);
    const ja = scheduleTable("2014-01-01", null, [
      ["株券発行会社", "はい"],
      ["language", "ja"],
    ]);
    expect(ja.find((row) => row[0] === "株券提出公告・通知（消滅会社）")!.slice(1, 4)).toEqual([
      serial("2013-11-29"),
      "",
      "会社法219条1項",
    ]);
  });

  test("a record date after the effective date is #VALUE!; one without a meeting is said to be ignored", () => {
    const error = excelError(() => scheduleTable("2014-01-01", null, [["record date=2014-06-01"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/record date 2014-06-01 is not before the effective date 2014-01-01/);
    const rows = scheduleTable("2014-01-01", null, [["short-form, simplified, record date=2013-10-31"]], "rows");
    expect(rows.find((row) => row[0] === "Record date public notice")).toEqual([
      "Record date public notice",
      "",
      "",
      "CA 124(3)",
      expect.stringMatching(/^Ignored: .*record date 2013-10-31/),
    ]);
  });

  test("a meeting date in options", () => {
    const steps = byStep("2024-10-01", "share exchange", [["meeting", "2024-06-25"]]);
    expect(steps["convocation-subsidiary"]).toEqual([serial("2024-06-10"), ""]);
  });
});

describe("SCHEDULE_CHECK", () => {
  test("a squeeze-out's planned dates against their articles", () => {
    const planned = [
      ["meeting", "2023-11-22"],
      ["shareholder-notice", "2023-12-04"],
      ["Price petition to the court", "2024-02-21"],
    ];
    const rows = scheduleCheck(planned, "2023-12-22", "share consolidation", [["meeting=2023-11-22"]]);
    expect(rows[1]!.slice(3, 6)).toEqual([serial("2023-12-01"), true, 9]);
    // The notice 3 days late: 20 clear days before E are 2023-12-01 at the latest (CA 182-4(3)).
    expect(rows[2]!.slice(3, 6)).toEqual([serial("2023-12-01"), false, -3]);
    expect(rows[3]!.slice(2, 6)).toEqual([serial("2024-01-23"), serial("2024-02-21"), true, 0]);
    const sale = scheduleCheck([["approval", "2024-03-01"]], "2024-03-29", "demand for sale");
    expect(sale[1]!.slice(3, 6)).toEqual([serial("2024-03-08"), true, 7]);
  });

  const planned = [
    ["shareholder-notice", "2013-12-10"],
    ["Creditor notice in the Official Gazette", "2013-12-02"],
    [null, null],
    ["registration", "2014-01-20"],
    ["creditor-notice", "2013-11-30"],
    ["delisting", null],
  ];

  test("per step: meets, and by how many days", () => {
    const rows = scheduleCheck(planned, "2014-01-01", null, [["short-form, simplified, listed"]]);
    expect(rows[0]).toEqual(["Step", "Planned", "Earliest", "Latest", "Meets", "Days to spare", "Note"]);
    expect(rows[1]!.slice(4, 6)).toEqual([true, 1]);
    // The latest Gazette is 2013-11-27 (art. 142 read broadly, the safe side): 12-02 is 5 days late.
    expect(rows[2]!.slice(4, 6)).toEqual([false, -5]);
    expect(rows[3]).toEqual(["", "", "", "", "", "", ""]);
    expect(rows[4]!.slice(2, 6)).toEqual([serial("2014-01-01"), serial("2014-01-14"), false, -6]);
    // A Saturday: early enough, but no Gazette is issued that day.
    expect(rows[5]![4]).toBe(false);
    expect(rows[5]![6]).toMatch(/registry is closed/);
    expect(rows[6]!.slice(1, 5)).toEqual(["", serial("2013-12-26"), serial("2013-12-26"), ""]);
  });

  test("a joint share transfer's meeting is held against its own limit, not its notice's deadline", () => {
    const planned = [
      ["meeting", "2024-06-25"],
      ["shareholder-notice", "2024-07-05"],
    ];
    const rows = scheduleCheck(planned, "2024-10-01", "share transfer", [["meeting=2024-06-25"]]);
    // The last notice that leaves 20 days of purchase requests before E (CA 806(5), 925) is 2024-09-10.
    expect(rows[1]!.slice(1, 6)).toEqual([serial("2024-06-25"), "", serial("2024-09-10"), true, 77]);
    // The notice itself: within 2 weeks after the meeting (CA 806(3)).
    expect(rows[2]!.slice(2, 6)).toEqual([serial("2024-06-25"), serial("2024-07-09"), true, 4]);
  });

  test("an unknown step is #VALUE! listing the steps", () => {
    const error = excelError(() => scheduleCheck([["board meeting", 41600]], "2014-01-01"));
    expect(error.message).toMatch(
      /"board meeting" is not a step of this schedule; its steps are the ids SCHEDULE\(…, "steps"\) lists \(record-date-notice, /,
    );
  });
});
