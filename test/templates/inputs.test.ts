import {
  absorptionMerger,
  absorptionMerger2013,
  initialInputs,
  keyResultCells,
  layout,
  parseTemplate,
  TemplateError,
  validateInputs,
} from "../../src/templates";
import { BLANK_INPUTS } from "./examples";

describe("validateInputs", () => {
  test("the 2013 example's own values are valid; the blank template needs its required inputs", () => {
    expect(validateInputs(absorptionMerger2013, {}, "en")).toEqual({});
    expect(validateInputs(absorptionMerger, BLANK_INPUTS, "en")).toEqual({});
    expect(validateInputs(absorptionMerger, {}, "en")).toEqual({
      survivingName: "Required.",
      dissolvingName: "Required.",
      effectiveDate: "Required.",
      dissolvingIssued: "Required.",
      ratio: "Required.",
    });
  });

  test("one message per bad input, in the form's language", () => {
    const bad = {
      dissolvingIssued: 4000.5,
      ratio: 0,
      effectiveDate: "2014-02-30",
      survivingUnit: 2000,
      shortFormThreshold: "4/5",
    };
    expect(validateInputs(absorptionMerger2013, bad, "en")).toEqual({
      dissolvingIssued: "Enter a whole number of shares, 0 or more.",
      ratio: "Enter a number above 0, e.g. 26, 0.2019 or 2/3.",
      effectiveDate: "Enter a date as YYYY-MM-DD.",
      survivingUnit: "Enter a share unit from 1 to 1,000.",
      shortFormThreshold: "At least 0.9.",
    });
    expect(validateInputs(absorptionMerger2013, { simplifiedLimit: 0.25 }, "ja")).toEqual({
      simplifiedLimit: "0.2以下にしてください。",
    });
  });

  test("table rows are checked cell by cell, keyed id[row].column; blank lines are skipped", () => {
    const register = [
      { holder: "A", shares: 80, held: 0 },
      { holder: "", shares: "", held: "" },
      { holder: "", shares: 10, held: 0 },
      { holder: "C", shares: -3, held: 0 },
    ];
    expect(validateInputs(absorptionMerger2013, { register }, "en")).toEqual({
      "register[2].holder": "Required.",
      "register[3].shares": "Enter a whole number of shares, 0 or more.",
    });
  });

  test("numbers typed with separators or full-width digits are read exactly; a fraction stays exact text", () => {
    const plan = layout(absorptionMerger2013, { dissolvingIssued: "４，０００", ratio: "2/3" }, { language: "en" });
    const cells = plan.blocks.flatMap((b) => b.cells.flat());
    expect(cells).toContainEqual({ number: 4000 });
    expect(cells).toContainEqual({ text: "2/3" });
  });

  // Issue 18: the form read numbers by rules of its own ("1,23" was 123 shares, "▲500" refused).
  test("the form reads numbers by the core's grammar, as the functions and the CSV import do", () => {
    expect(validateInputs(absorptionMerger2013, { dissolvingIssued: "1,23" }, "en")).toEqual({
      dissolvingIssued: "Enter a whole number of shares, 0 or more.",
    });
    expect(validateInputs(absorptionMerger2013, { dissolvingIssued: "40 00" }, "en")).toEqual({
      dissolvingIssued: "Enter a whole number of shares, 0 or more.",
    });
    expect(validateInputs(absorptionMerger2013, { dissolvingIssued: "4000", ratio: "2 /3" }, "en")).toEqual({
      ratio: "Enter a number above 0, e.g. 26, 0.2019 or 2/3.",
    });
    expect(validateInputs(absorptionMerger2013, { survivingNetAssets: "1e9" }, "en")).toEqual({
      survivingNetAssets: "Enter a number.",
    });
    const numbers = (inputs: Record<string, unknown>) =>
      layout(absorptionMerger2013, inputs as never, { language: "en" })
        .blocks.flatMap((b) => b.cells.flat())
        .filter((cell) => cell !== null && "number" in cell);
    expect(numbers({ survivingNetAssets: "▲500" })).toContainEqual({ number: -500 });
    expect(numbers({ survivingNetAssets: "(1,500)" })).toContainEqual({ number: -1500 });
    expect(numbers({ dissolvingIssued: " 4,000 " })).toContainEqual({ number: 4000 });
  });

  test("a long decimal is the double nearest it, rounded once (not numerator and denominator each first)", () => {
    const text = "99413860.9538505783618862678389";
    const cells = layout(absorptionMerger2013, { survivingEquityPerShare: text }, { language: "en" }).blocks.flatMap(
      (b) => b.cells.flat(),
    );
    expect(cells).toContainEqual({ number: Number(text) });
  });

  test("layout refuses invalid inputs with the input's id", () => {
    expect(() => layout(absorptionMerger, {}, { language: "en" })).toThrow(TemplateError);
    expect(() => layout(absorptionMerger, {}, { language: "en" })).toThrow(/^survivingName: Required\.$/);
  });

  test("initialInputs: the example's values, then defaults, tables as []", () => {
    const inputs = initialInputs(absorptionMerger2013);
    expect(inputs.ratio).toBe(26);
    expect(inputs.register).toEqual([]);
    expect(initialInputs(absorptionMerger).survivingUnit).toBe(100);
    expect(initialInputs(absorptionMerger).ratio).toBeNull();
  });
});

describe("keyResultCells (the named cells the pane reads back once built)", () => {
  test("the template declares them; each sits where the plan put its name", () => {
    const plan = layout(absorptionMerger2013, {}, { language: "ja" });
    const cells = keyResultCells(absorptionMerger2013, plan);
    expect(cells.map((c) => c.name)).toEqual([
      "SharesToProvide",
      "FromTreasury",
      "NewShares",
      "ShortFormResult",
      "SimplifiedResult",
      "SimplifiedArticle",
    ]);
    expect(cells[0]!.label).toBe("交付する株式数");
    for (const cell of cells) {
      const named = plan.names.find((n) => n.name === cell.name);
      expect(named?.address.replace(/\$/g, "")).toBe(cell.address);
    }
  });

  test("a user's template gets key results too, and a name its plan leaves out is skipped", () => {
    const custom = structuredClone(absorptionMerger);
    custom.keyResults = [
      { name: "EligibleShares", label: { en: "Eligible", ja: "割当対象" } },
      { name: "FractionPool", label: { en: "Pool", ja: "端数の合計" } }, // in the optional register section
    ];
    const plan = layout(parseTemplate(custom), BLANK_INPUTS, { language: "en" });
    expect(keyResultCells(custom, plan)).toEqual([
      { name: "EligibleShares", label: "Eligible", address: expect.stringMatching(/^B\d+$/) },
    ]);
  });
});
