/**
 * "Copy as values" through Microsoft's own Excel client (test/contract/real-excel.ts): the built
 * sheet is read by its id, the copy is written in requests Excel accepts, every call it makes is
 * in src/workbook/requirement-sets.json, the original sheet is untouched, and a failure at any
 * writing request, or a reply lost at any request, leaves the workbook as it was. A register of
 * 100,000 holders is read back in slices whose replies stay under 5 MB; under Manual calculation
 * the built sheet is calculated before it is read.
 */
import requirementSets from "../../src/workbook/requirement-sets.json";
import { absorptionMerger2013, layout } from "../../src/templates";
import { BuildError, buildWorksheet, copyAsValues } from "../../src/workbook";
import { REGISTER_INPUTS } from "../templates/examples";
import { registerPlan } from "./builds";
import { RealExcel, REQUEST_LIMIT } from "./real-excel";

const STAMP = { date: "2026-11-25", version: "1.2.3" };
const plan = layout(absorptionMerger2013, REGISTER_INPUTS, { language: "en" });

async function built(failAt?: { sync: number; action: number }) {
  const excel = new RealExcel({ sheets: ["Data"], failAt });
  excel.book.setCell("Data", "A1", "the user's own");
  const result = await buildWorksheet(excel.run, plan);
  return { excel, result };
}

const sheetsOf = (excel: RealExcel) => (excel.book.snapshot() as { sheets: { name: string }[] }).sheets;

test("the copy is read by id and written through the client, the original untouched, every call listed", async () => {
  const { excel, result } = await built();
  excel.book.renameSheet(result.sheetName, "Renamed");
  const before = JSON.stringify(sheetsOf(excel));
  const requestsBefore = excel.requests.length;
  const copy = await copyAsValues(excel.run, plan, { sheetId: result.sheetId }, STAMP);

  expect(excel.book.sheetNames()).toEqual(["Data", "Renamed", copy.sheetName]);
  expect(JSON.stringify(sheetsOf(excel).slice(0, 2))).toBe(JSON.stringify(JSON.parse(before)));
  const copying = excel.requests.slice(requestsBefore);
  for (const request of copying) {
    expect(request.outcome).toBe("ok");
    expect(request.bytes).toBeLessThan(REQUEST_LIMIT);
  }
  const calls = copying.flatMap((r) => r.calls);
  // Read first, by id, before anything is added.
  expect(calls.indexOf("WorksheetCollection.getItemOrNullObject")).toBeLessThan(
    calls.indexOf("WorksheetCollection.add"),
  );
  expect(calls).toContain("Range.values");
  const listed = new Set(Object.keys(requirementSets.ExcelApi));
  expect([...new Set(calls)].filter((call) => !call.split(".")[1]!.startsWith("_") && !listed.has(call))).toEqual([]);
  // The copy holds no MERGER.* formula, and its inputs are the sheet's.
  const cells = excel.book.sheetState(copy.sheetName).cells;
  expect([...cells.values()].filter((cell) => /MERGER\./i.test(cell.formula ?? ""))).toEqual([]);
  const ratio = excel.book.sheetState("Renamed").names.get("Ratio");
  expect(ratio).toBeDefined();
  expect(excel.book.sheetState(copy.sheetName).names.get("Ratio")).toEqual(ratio);
});

test.each([1, 2, 3, 4, 5])("a failure at the copy's request %i leaves the workbook as it was", async (request) => {
  const probe = await built();
  const requestsForBuild = probe.excel.requests.length;
  const { excel, result } = await built({ sync: requestsForBuild + request, action: 0 });
  const before = excel.book.snapshot();
  const failure = await copyAsValues(excel.run, plan, { sheetId: result.sheetId }, STAMP).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(BuildError);
  expect((failure as BuildError).cleanedUp).toBe(true);
  expect(excel.book.snapshot()).toEqual(before);
});

test("a reply lost at every request of the copy (Excel applied it): the workbook is as it was, and the message never says otherwise", async () => {
  const probe = await built();
  const requestsForBuild = probe.excel.requests.length;
  await copyAsValues(probe.excel.run, plan, { sheetId: probe.result.sheetId }, STAMP);
  const requestsForCopy = probe.excel.requests.length - requestsForBuild;
  expect(requestsForCopy).toBeGreaterThan(3);
  for (let request = 1; request <= requestsForCopy; request++) {
    const excel = new RealExcel({ sheets: ["Data"], loseReplyAt: requestsForBuild + request });
    excel.book.setCell("Data", "A1", "the user's own");
    const result = await buildWorksheet(excel.run, plan);
    const before = excel.book.snapshot();
    const failure = await copyAsValues(excel.run, plan, { sheetId: result.sheetId }, STAMP).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BuildError);
    expect(excel.requests[requestsForBuild + request - 1]!.outcome).toBe("ReplyLost");
    expect({ request, cleanedUp: (failure as BuildError).cleanedUp }).toEqual({ request, cleanedUp: true });
    expect({ request, after: excel.book.snapshot() }).toEqual({ request, after: before });
  }
}, 120_000);

test("a register of 100,000 holders is read back in slices, every reply under Excel on the web's 5 MB", async () => {
  const large = registerPlan(100_000);
  const excel = new RealExcel();
  const result = await buildWorksheet(excel.run, large);
  const requestsForBuild = excel.requests.length;
  const copy = await copyAsValues(excel.run, large, { sheetId: result.sheetId }, STAMP);
  const copying = excel.requests.slice(requestsForBuild);
  for (const request of copying) {
    expect(request.outcome).toBe("ok");
    expect(request.responseBytes).toBeLessThan(REQUEST_LIMIT);
    expect(request.bytes).toBeLessThan(REQUEST_LIMIT);
  }
  const reads = copying.filter((r) => r.calls.includes("Range.values") && !r.calls.includes("WorksheetCollection.add"));
  expect(reads.length).toBeGreaterThan(1);
  // Every holder arrived in the copy: the last one's name is in its row.
  const cells = excel.book.sheetState(copy.sheetName).cells;
  expect([...cells.values()].some((cell) => cell.value === "株主 100000 株式会社")).toBe(true);
}, 300_000);

test.each(["Automatic", "Manual"] as const)(
  "calculation %s: the built sheet is calculated before it is read only when Excel calculates manually",
  async (calculationMode) => {
    const excel = new RealExcel({ sheets: ["Data"], calculationMode });
    const result = await buildWorksheet(excel.run, plan);
    const requestsForBuild = excel.requests.length;
    await copyAsValues(excel.run, plan, { sheetId: result.sheetId }, STAMP);
    const calls = excel.requests.slice(requestsForBuild).flatMap((r) => r.calls);
    const firstRead = calls.indexOf("Range.values");
    const calculated = calls.indexOf("Worksheet.calculate");
    if (calculationMode === "Manual") {
      expect(calculated).toBeGreaterThanOrEqual(0);
      expect(calculated).toBeLessThan(firstRead);
    } else expect(calculated).toBeGreaterThan(firstRead); // only the copy's own, after it is written
    expect(excel.book.sheetState(result.sheetName).calculations).toBe(calculationMode === "Manual" ? 2 : 1);
  },
);
