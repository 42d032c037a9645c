/**
 * Undo through Microsoft's own Excel client (test/contract/real-excel.ts). Where ExcelApi 1.20 is
 * reported the pane gives the writer Excel.run({ mergeUndoGroup: true }, …): a build, and a Copy
 * as values, are then one undo group, making the same calls as today; where it is not, the same
 * calls in no group. Every call the writer makes is in src/workbook/undo.json with whether Excel
 * can undo it, and none Excel cannot undo is made inside the group: a failed build is removed
 * (Worksheet.delete) in a run of its own, by id, as before.
 */
import requirementSets from "../../src/workbook/requirement-sets.json";
import undo from "../../src/workbook/undo.json";
import { absorptionMerger2013, layout } from "../../src/templates";
import { BuildError, buildWorksheet, copyAsValues } from "../../src/workbook";
import { REGISTER_INPUTS } from "../templates/examples";
import { RealExcel } from "./real-excel";

const plan = layout(absorptionMerger2013, REGISTER_INPUTS, { language: "en" });
const STAMP = { date: "2026-11-25", version: "1.2.3" };
const undoable = undo.ExcelApi as Record<string, string>;

function workbook(failAt?: { sync: number; action: number }) {
  const excel = new RealExcel({ sheets: ["Data"], failAt });
  excel.book.setCell("Data", "A1", "the user's own");
  return excel;
}

test("the table lists every call of requirement-sets.json, each read, undoable or not undoable", () => {
  expect(Object.keys(undoable).sort()).toEqual(Object.keys(requirementSets.ExcelApi).sort());
  for (const [call, kind] of Object.entries(undoable)) {
    expect([call, ["read", "undoable", "not undoable"].includes(kind)]).toEqual([call, true]);
  }
  expect(Object.entries(undoable).filter(([, kind]) => kind === "not undoable")).toEqual([
    ["Worksheet.delete", "not undoable"],
  ]);
});

test("where 1.20 is reported a build is one undo group; where it is not, the same calls in none", async () => {
  const grouped = workbook();
  const result = await buildWorksheet(grouped.run, plan, { undoGroup: grouped.runMergingUndo });
  expect(grouped.requests.length).toBe(result.syncs);
  expect(new Set(grouped.requests.map((r) => r.undoGroup))).toEqual(new Set([1]));
  expect(grouped.requests.every((r) => r.outcome === "ok")).toBe(true);

  const today = workbook();
  await buildWorksheet(today.run, plan);
  expect(today.requests.every((r) => r.undoGroup === undefined)).toBe(true);
  expect(grouped.calls).toEqual(today.calls);
  expect(grouped.book.snapshot()).toEqual(today.book.snapshot());
});

test("a Copy as values is one undo group too, and every call it and a build make is in the table", async () => {
  const excel = workbook();
  const built = await buildWorksheet(excel.run, plan, { undoGroup: excel.runMergingUndo });
  const before = excel.requests.length;
  const copy = await copyAsValues(excel.run, plan, { sheetId: built.sheetId }, STAMP, {
    undoGroup: excel.runMergingUndo,
  });
  const writing = excel.requests.slice(before).filter((r) => r.undoGroup !== undefined);
  expect(writing.length).toBe(copy.syncs);
  expect(new Set(writing.map((r) => r.undoGroup))).toEqual(new Set([2]));
  expect(excel.calls.filter((call) => !call.split(".")[1]!.startsWith("_") && !(call in undoable))).toEqual([]);
});

test.each([
  [2, 40],
  [3, 0],
])(
  "a grouped build failing at request %i, action %i, is removed outside the group, by id: the workbook is as it was",
  async (sync, action) => {
    const excel = workbook({ sync, action });
    const before = JSON.stringify(excel.book.snapshot());
    const failure = await buildWorksheet(excel.run, plan, { undoGroup: excel.runMergingUndo }).catch((e) => e);
    expect(failure).toBeInstanceOf(BuildError);
    expect((failure as BuildError).cleanedUp).toBe(true);
    expect(JSON.stringify(excel.book.snapshot())).toBe(before);
    const removal = excel.requests.find((r) => r.calls.includes("Worksheet.delete"))!;
    expect(removal.undoGroup).toBeUndefined();
    expect(removal.outcome).toBe("ok");
    expect(excel.requests.filter((r) => r.undoGroup !== undefined).flatMap((r) => r.calls)).not.toContain(
      "Worksheet.delete",
    );
  },
);

test("inside the group Excel refuses what it cannot undo, before applying it (the double holds to the table)", async () => {
  const excel = workbook();
  const { sheetId } = await buildWorksheet(excel.run, plan);
  const refused = await excel
    .runMergingUndo(async (context) => {
      context.workbook.worksheets.getItem(sheetId).delete();
      await context.sync();
    })
    .catch((e: { code?: string }) => e.code);
  expect(refused).toBe("UndoNotSupported");
  expect(excel.book.sheetNames()).toHaveLength(2);
});
