/**
 * Where the preview's engine (HyperFormula) and Excel read a formula differently: a string with a
 * doubled quote inside shows its text, as in Excel, not #ERROR!; and a defined name is judged by
 * the one rule the template checks apply, so no name the checks let through makes the engine
 * throw, and the preview refuses the others with that rule's words.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { HyperFormulaEngine } from "../../src/preview/hyperformula";
import type { SheetState } from "../../src/preview/sheet";
import { definedNameProblem } from "../../src/templates/excel-names";
import { evaluateSheet } from "./evaluate";

test.each([
  ['=IF(1=1,"=WEBSERVICE(""http://evil.example/"")","")', '=WEBSERVICE("http://evil.example/")'],
  ['="say ""yes"""', 'say "yes"'],
  ['=""""', '"'],
  ['="a""b"&"c"', 'a"bc'],
  ['=LEN("a""b")', 3],
  ['=IF("a""b"="a""b","same","")', "same"],
  ['="no quotes"', "no quotes"],
])("%s shows %p, as Excel shows it", (formula, shown) => {
  expect(evaluateSheet({ "0,0": formula })(0, 0)).toEqual(shown);
});

function sheetNamed(name: string): SheetState {
  return {
    id: "s1",
    name: "Sheet1",
    cells: new Map([
      ["0,0", { value: 7, numberFormat: "General" }],
      ["0,1", { value: null, formula: `=${name}*2`, numberFormat: "General" }],
    ]),
    columnWidths: new Map(),
    names: new Map([[name, { address: "A1", comment: "" }]]),
    charts: [],
    freezeRows: 0,
    calculations: 0,
  };
}

test("a name the rule refuses is refused by the preview with the rule's words, not the engine's", () => {
  expect(() => new HyperFormulaEngine().evaluate([sheetNamed("TRUE1")], "s1")).toThrow(
    'The preview cannot define the name "TRUE1": "TRUE1" reads as a cell reference (letters, then digits).',
  );
  expect(new HyperFormulaEngine().evaluate([sheetNamed("Issued")], "s1").value(0, 1)).toBe(14);
});

test("every name the rule accepts, the preview's engine accepts", () => {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const first = fc.constantFrom(..."ABCRTcrt_xXlnm".split(""));
  const rest = fc.constantFrom(..."ABCRTcrt0123456789_.Ee".split(""));
  const names = fc
    .tuple(first, fc.array(rest, { maxLength: 8 }))
    .map(([head, tail]) => head + tail.join(""))
    .filter((name) => definedNameProblem(name) === undefined);
  fc.assert(
    fc.property(names, (name) => hf.isItPossibleToAddNamedExpression(name, "=1")),
    { numRuns: 5_000 },
  );
  hf.destroy();
});
