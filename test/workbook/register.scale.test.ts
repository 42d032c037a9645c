/**
 * The largest register, 100,000 holders, against the workbook double: full chunks, every request
 * under 5 MB, every holder arrived. A scale test: run once, out of the unit projects
 * (jest.config.js).
 */
import { absorptionMerger2013, layout } from "../../src/templates";
import { buildWorksheet, type BuildProgress } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";

const FIVE_MB = 5 * 1024 * 1024;

test("a register of 100,000 holders: one sync per chunk, every request under 5 MB", async () => {
  const register = Array.from({ length: 100_000 }, (_, i) => ({
    holder: `株主 ${i + 1}`,
    shares: 1 + (i % 997),
    held: i % 3,
  }));
  const plan = layout(absorptionMerger2013, { register }, { language: "ja" });
  const book = new MemoryWorkbook();
  const progress: BuildProgress[] = [];
  const result = await buildWorksheet(book.run, plan, { onProgress: (p) => progress.push(p) });
  const writes = book.syncs.slice(1, -1);
  const payload = writes.reduce((n, s) => n + s.bytes, 0);
  // Chunks are full: no more requests than the payload needs at 4,000,000 bytes each, plus one.
  expect(writes.length).toBeGreaterThan(3);
  expect(writes.length).toBeLessThanOrEqual(Math.ceil(payload / 4_000_000) + 1);
  expect(result.syncs).toBe(2 + writes.length);
  for (const sync of book.syncs) expect(sync.bytes).toBeLessThan(FIVE_MB);
  // Screen updating once per build (Microsoft: repeated calls make Excel flicker); calculation in every write.
  expect(writes[0]!.suspended).toEqual(["calculation", "screenUpdating"]);
  for (const sync of writes.slice(1)) expect(sync.suspended).toEqual(["calculation"]);
  // Every holder arrived: the first and last names, and the whole-shares column as one
  // spilled formula over all 100,000 share counts (nothing written in the rows it fills).
  const sheet = book.sheetState(result.sheetName);
  const rowOf = (name: string) => {
    const found = [...sheet.cells.entries()].find(([, c]) => c.value === name);
    expect(found).toBeDefined();
    return Number(found![0].split(",")[0]);
  };
  const first = rowOf("株主 1");
  const last = rowOf("株主 100000");
  expect(last - first).toBe(99_999);
  expect(sheet.cells.get(`${first},3`)!.formula).toBe(
    `=MERGER.ALLOTMENT_SHARES($B$${first + 1}:$B$${last + 1},Ratio,0,"holders")`,
  );
  expect(sheet.cells.get(`${last},3`)?.formula).toBeUndefined();
  expect(progress.filter((p) => p.phase === "writing")).toHaveLength(writes.length);
  expect(progress.at(-1)).toEqual({ phase: "done", written: result.cellsWritten, total: result.cellsWritten });
}, 120_000);
