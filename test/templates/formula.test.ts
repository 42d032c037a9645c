/**
 * A template formula's placeholders and names (src/templates/formula.ts): what each fill puts in,
 * and which words of a formula are defined names, the ones a template must define itself.
 */
import {
  CELL_REFERENCE,
  fillColumnReferences,
  fillMessages,
  fillRowReferences,
  formulaNames,
  LANGUAGE_PLACEHOLDER,
} from "../../src/templates/formula";

describe("formulaNames", () => {
  test.each([
    ["=ratio*shares", ["ratio", "shares"]],
    ["=MERGER.ALLOTMENT_SHARES(register_shares, ratio)", ["register_shares", "ratio"]],
    ["=IF(done, TRUE, FALSE)", ["done"]],
    ["=ratio+ratio", ["ratio"]],
    ["=Prices.close", ["Prices.close"]],
  ])("%s names %j", (formula, names) => {
    expect(formulaNames(formula)).toEqual(names);
  });

  test("functions, cell addresses, booleans, errors, numbers and text are not names", () => {
    expect(formulaNames('=SUM(A1, $B$2) + IFERROR(x, #N/A) + 1.5E3 + LEN("total shares") + true')).toEqual(["x"]);
  });

  test("placeholders are not names, nor what a message says", () => {
    expect(formulaNames('=IF([@shares] > 0, {{held}}, "") & SUM([#shares]) & total')).toEqual(["total"]);
  });

  test('a doubled quote stays inside its text: ="say ""hi"" to" & name', () => {
    expect(formulaNames('="say ""hi"" to" & name')).toEqual(["name"]);
  });

  test("a name that looks like an address with more after it is still a name", () => {
    expect(formulaNames("=AB12x + A1_rate")).toEqual(["AB12x", "A1_rate"]);
  });
});

describe("CELL_REFERENCE", () => {
  test("finds addresses, not the digits of a name or a function call", () => {
    expect("=A1 + $B$2 + x.C3 + LOG10(4) + rate_A1 + D4".match(CELL_REFERENCE)).toEqual(["A1", "$B$2", "D4"]);
  });
});

describe("fillMessages", () => {
  const messages = { held: { en: 'Shares "held"', ja: "保有株式数" } };

  test("a message as an Excel string in the sheet's language, quotes doubled", () => {
    expect(fillMessages("=IF(x, {{held}}, 0)", messages, "en")).toBe('=IF(x, "Shares ""held""", 0)');
    expect(fillMessages("=IF(x, {{held}}, 0)", messages, "ja")).toBe('=IF(x, "保有株式数", 0)');
  });

  test(`{{${LANGUAGE_PLACEHOLDER}}} is the sheet's language itself`, () => {
    expect(fillMessages("=MERGER.SIMPLIFIED_ARTICLE(day, {{language}})", {}, "ja")).toBe(
      '=MERGER.SIMPLIFIED_ARTICLE(day, "ja")',
    );
  });

  test("every placeholder is filled, and a formula without one is left as it is", () => {
    expect(fillMessages("={{held}}&{{held}}", messages, "ja")).toBe('="保有株式数"&"保有株式数"');
    expect(fillMessages("=SUM(x)", messages, "en")).toBe("=SUM(x)");
  });
});

describe("row and column references", () => {
  test("[@id] is this row's cell of the column", () => {
    const addressOf = (id: string) => ({ shares: "C7", ratio: "D7" })[id] ?? "?";
    expect(fillRowReferences("=[@shares]*[@ratio]", addressOf)).toBe("=C7*D7");
  });

  test("[#id] is the column's whole data range", () => {
    const rangeOf = (id: string) => ({ shares: "$C$5:$C$9" })[id] ?? "?";
    expect(fillColumnReferences("=SUM([#shares])", rangeOf)).toBe("=SUM($C$5:$C$9)");
  });

  test("each fill leaves the other kind of reference alone", () => {
    expect(fillRowReferences("=[#shares]", () => "X1")).toBe("=[#shares]");
    expect(fillColumnReferences("=[@shares]", () => "X1")).toBe("=[@shares]");
  });
});
