/**
 * The schedule, rights and pro-forma functions in the preview's formula engine (HyperFormula):
 * each spills the size the add-in's own function answers, with the same values.
 */
import { rightsConversion } from "../../src/functions/rights";
import { scheduleCheck, scheduleTable } from "../../src/functions/schedule";
import { proForma } from "../../src/functions/transfer";
import { evaluateSheet } from "./evaluate";

/** A sheet with the given cells ("r,c" → value or "=formula"), evaluated; its values as rows. */
function evaluate(cells: Record<string, string | number>) {
  const at = evaluateSheet(cells);
  return (top: number, left: number, height: number, width: number) =>
    Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => at(top + r, left + c)));
}

test("SCHEDULE with written-out options spills the whole table", () => {
  const expected = scheduleTable("2014-01-01", "merger", [["short-form, simplified"]]);
  const read = evaluate({ "0,0": '=MERGER.SCHEDULE("2014-01-01","merger","short-form, simplified")' });
  expect(read(0, 0, expected.length, 5)).toEqual(expected);
  expect(read(expected.length, 0, 1, 1)).toEqual([[undefined]]);
});

test("SCHEDULE with the effective date in a cell: the size does not depend on the date", () => {
  const expected = scheduleTable(41640, null, [["listed"]], "dates");
  const read = evaluate({ "0,0": 41640, "1,0": '=MERGER.SCHEDULE(A1,,"listed","dates")' });
  expect(read(1, 0, expected.length, 2)).toEqual(expected);
});

test("SCHEDULE_CHECK, RIGHTS_CONVERSION and PRO_FORMA", () => {
  const read = evaluate({
    "0,0": "registration",
    "0,1": 41659,
    "1,0": "shareholder-notice",
    "1,1": 41618,
    "3,0": '=MERGER.SCHEDULE_CHECK(A1:B2,"2014-01-01",,"short-form, simplified")',
    "7,0": '=MERGER.RIGHTS_CONVERSION(100,1000,0.5,"all")',
    "8,0": 600,
    "9,0": 400,
    "8,2": "=MERGER.PRO_FORMA(A9:A10)",
  });
  const check = scheduleCheck(
    [
      ["registration", 41659],
      ["shareholder-notice", 41618],
    ],
    "2014-01-01",
    null,
    [["short-form, simplified"]],
  );
  expect(read(3, 0, 3, 7)).toEqual(check);
  expect(read(7, 0, 1, 2)).toEqual(rightsConversion(100, 1000, 0.5, "all"));
  expect(read(8, 2, 2, 1)).toEqual(proForma([[600], [400]]));
});
