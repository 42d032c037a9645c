/**
 * The share-consolidation template, built and computed by HyperFormula: the squeeze-out example
 * (in English) and the 10-to-1 example (in Japanese), every computed cell checked against the core.
 */
import { parseDateText } from "../../src/core/calendar/dayNumber";
import { shareConsolidation, shareConsolidation10To1, shareConsolidationExample } from "../../src/templates";
import { BLANK_CONSOLIDATION_INPUTS } from "../templates/examples";
import { built, checkScheduleTable, close, expectAllChecked } from "./built-sheet";

test("the squeeze-out example: the acquirer's share and the schedule equal the core's", async () => {
  const s = await built(shareConsolidationExample, {});
  // 10,820,000 of the 12,000,000 issued less 250,000 treasury shares.
  close(s.cell("Acquirer's share of the shares issued (less treasury)"), 10_820_000 / 11_750_000);
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

test("the 10-to-1 example, in Japanese: whole units, a 2-week notice, no purchase requests", async () => {
  const s = await built(shareConsolidation10To1, {}, "ja");
  expect(s.cell("公開買付者の所有割合（自己株式控除後）")).toBe("");
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
