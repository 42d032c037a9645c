/**
 * One build through Microsoft's own Excel client, and what every build must show there: requests
 * under 5 MB, the order of the calls, the writer's and the double's byte counts against the
 * client's, and requirement sets. For the builds of writer.test.ts, and the 100,000-holder
 * register of register.scale.test.ts.
 */
import requirementSets from "../../src/workbook/requirement-sets.json";
import type { Plan } from "../../src/plan/plan";
import { buildWorksheet } from "../../src/workbook";
import { MemoryWorkbook } from "../support/memory-workbook";
import { RealExcel, REQUEST_LIMIT, type RecordedRequest } from "./real-excel";

const callIndex = (calls: string[], call: string) => calls.indexOf(call);

/**
 * Tolerances, stated: for every writing request of 1 MB or more (where the budget matters), the
 * writer's estimate is within 10% of the client's real bytes; the double counts every writing
 * request within 10% of them, or within 1 KB for a request of a few KB (a register's last rows
 * and the release tables after it), where the client's per-call framing, which the double
 * approximates, is most of the request.
 */
const ESTIMATE_TOLERANCE = 0.1;
const DOUBLE_TOLERANCE = 0.1;
const DOUBLE_SLACK_BYTES = 1_024;

/** The contract of each build, a describe block per build. */
export const describeThroughClient = (builds: [string, () => Plan][]) =>
  describe.each(builds)("%s through Microsoft's client", (_, plan) => {
    let excel: RealExcel;
    let result: Awaited<ReturnType<typeof buildWorksheet>>;
    let double: MemoryWorkbook;

    beforeAll(async () => {
      excel = new RealExcel({ sheets: ["Data"] });
      result = await buildWorksheet(excel.run, plan());
      double = new MemoryWorkbook({ sheets: ["Data"] });
      await buildWorksheet(double.run, plan());
    }, 120_000);

    const writing = (): RecordedRequest[] => excel.requests.slice(1, -1);

    test("every request is under 5 MB in the client's serialized bytes, and each was answered", () => {
      expect(excel.requests.length).toBe(result.syncs);
      for (const request of excel.requests) {
        expect(request.outcome).toBe("ok");
        expect(request.bytes).toBeLessThan(REQUEST_LIMIT);
      }
    });

    test("the sheet and its names come first, before any formula; the last request recalculates, then activates", () => {
      const first = writing()[0]!.calls;
      const add = callIndex(first, "WorksheetCollection.add");
      expect(add).toBeGreaterThanOrEqual(0);
      const names = first.flatMap((call, i) => (call === "NamedItemCollection.add" ? [i] : []));
      expect(names).toHaveLength(plan().names.length);
      const firstCellWrite = Math.min(
        ...["Range.numberFormat", "Range.values", "Range.formulas"]
          .map((c) => callIndex(first, c))
          .filter((i) => i >= 0),
      );
      expect(Math.min(...names)).toBeGreaterThan(add);
      expect(Math.max(...names)).toBeLessThan(firstCellWrite);
      const last = excel.requests.at(-1)!.calls;
      expect(last.filter((c) => !c.startsWith("Workbook.") && !c.startsWith("WorksheetCollection."))).toEqual([
        "Worksheet.calculate",
        "Worksheet.activate",
      ]);
      // Writes happen only before the recalculation.
      expect(writing().every((r) => !r.calls.includes("Worksheet.calculate"))).toBe(true);
    });

    test("API calculation is suspended in every writing request; screen updating once per build", () => {
      for (const request of writing())
        expect(request.calls).toContain("Application.suspendApiCalculationUntilNextSync");
      expect(excel.calls.filter((c) => c === "Application.suspendScreenUpdatingUntilNextSync")).toHaveLength(1);
    });

    test(`the writer's estimate and the double's count are within ${ESTIMATE_TOLERANCE * 100}% and ${DOUBLE_TOLERANCE * 100}% of the real bytes`, () => {
      const real = writing().map((r) => r.bytes);
      expect(result.requestBytes).toHaveLength(real.length);
      real.forEach((bytes, i) => {
        if (bytes >= 1_000_000) {
          expect(Math.abs(result.requestBytes[i]! - bytes) / bytes).toBeLessThanOrEqual(ESTIMATE_TOLERANCE);
        }
        expect(Math.abs(double.syncs[i + 1]!.bytes - bytes)).toBeLessThanOrEqual(
          Math.max(DOUBLE_TOLERANCE * bytes, DOUBLE_SLACK_BYTES),
        );
      });
    });

    test("every call the writer makes has its requirement set in src/workbook/requirement-sets.json", () => {
      // Calls the client makes on its own (_ValidateArraySize) are not the add-in's.
      const made = new Set(excel.calls.filter((call) => !call.split(".")[1]!.startsWith("_")));
      const listed = new Set(Object.keys(requirementSets.ExcelApi));
      expect([...made].filter((call) => !listed.has(call))).toEqual([]);
    });
  });
