import {
  absorptionMerger,
  absorptionMerger2013,
  initialInputs,
  keyResults,
  layout,
  TemplateError,
  validateInputs,
  type KeyResult,
} from "../../src/templates";
import { BLANK_INPUTS } from "./examples";

const byId = (results: KeyResult[]) => Object.fromEntries(results.map((r) => [r.id, r]));

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

describe("keyResults (the core's answers for the preview)", () => {
  test("the 2013 example: 104 shares, all from treasury, 0 new; short-form; simplified under CA 796(3)", () => {
    const results = byId(keyResults(absorptionMerger2013, {}, "en"));
    expect(results.sharesToProvide).toMatchObject({ value: 104, display: "104" });
    expect(results.fromTreasury).toMatchObject({ value: 104 });
    expect(results.newShares).toMatchObject({ value: 0 });
    expect(results.shortForm).toMatchObject({ value: true, display: "Yes (CA 784(1))" });
    expect(results.simplified).toMatchObject({ value: true, display: "Yes (CA 796(3))" });
    expect(results.simplifiedArticle).toMatchObject({ value: "CA 796(3)" });
  });

  test("the Japanese pane cites articles in Japanese form", () => {
    const results = byId(keyResults(absorptionMerger2013, {}, "ja"));
    expect(results.shortForm!.display).toBe("該当 (会社法784条1項)");
    expect(results.simplifiedArticle).toMatchObject({ value: "CA 796(3)", display: "会社法796条3項" });
  });

  test("the article follows the effective date: 796(2) from 2015-05-01", () => {
    expect(byId(keyResults(absorptionMerger2013, { effectiveDate: "2014-01-01" }, "en")).simplifiedArticle!.value).toBe(
      "CA 796(3)",
    );
    expect(byId(keyResults(absorptionMerger2013, { effectiveDate: "2015-05-01" }, "en")).simplifiedArticle!.value).toBe(
      "CA 796(2)",
    );
  });

  test("changes move the figures: no treasury → all new; a lower holding → no short-form; a marked condition → not simplified", () => {
    const noTreasury = byId(keyResults(absorptionMerger2013, { treasuryAvailable: 0 }, "en"));
    expect([noTreasury.fromTreasury!.value, noTreasury.newShares!.value]).toEqual([0, 104]);
    const partly = byId(keyResults(absorptionMerger2013, { treasuryAvailable: 100 }, "en"));
    expect([partly.fromTreasury!.value, partly.newShares!.value]).toEqual([100, 4]);
    expect(byId(keyResults(absorptionMerger2013, { heldBySurviving: 3_599 }, "en")).shortForm!.value).toBe(false);
    expect(byId(keyResults(absorptionMerger2013, { heldBySurviving: 3_600 }, "en")).shortForm!.value).toBe(true);
    expect(byId(keyResults(absorptionMerger2013, { mergerLoss: true }, "ja")).simplified).toMatchObject({
      value: false,
      display: "非該当：除外事由あり",
    });
  });

  test("the register's own allotment is checked against the shares to provide", () => {
    const register = (shares: number[]) => shares.map((n, i) => ({ holder: `Holder ${i + 1}`, shares: n }));
    // The 2013 example: 4 eligible shares × 26 = 104; a register of the 4 shares agrees.
    const agrees = byId(keyResults(absorptionMerger2013, { register: register([1, 1, 2]) }, "en"));
    expect(agrees.registerCheck).toMatchObject({ value: 104, display: "104" });
    expect(agrees.registerCheck!.warning).toBeUndefined();
    // A holder counted twice: 5 shares in the register give 130.
    const differs = byId(keyResults(absorptionMerger2013, { register: register([1, 1, 2, 1]) }, "en"));
    expect(differs.registerCheck).toMatchObject({ value: 130, display: "130" });
    expect(differs.registerCheck!.warning).toBe(
      "The register gives 130 shares to provide, the figures above 104: check the register against the shares " +
        "issued less treasury and the surviving company's holding.",
    );
    expect(
      byId(keyResults(absorptionMerger2013, { register: register([1, 1, 2, 1]) }, "ja")).registerCheck!.warning,
    ).toMatch(/^名簿からの交付株式数 130 が上記の 104 と一致しません/);
    expect(byId(keyResults(absorptionMerger2013, { register: [] }, "en")).registerCheck).toBeUndefined();
  });

  test("missing inputs give a message, not a figure", () => {
    const results = byId(keyResults(absorptionMerger, BLANK_INPUTS, "en"));
    expect(results.sharesToProvide!.value).toBe(666); // 1,000 × 2/3, floored, exact
    expect(results.simplified).toMatchObject({ display: "—", error: "Enter: Surviving company: net assets (yen)" });
    expect(results.simplified!.value).toBeUndefined();
  });

  test("a template of no known family has no key results", () => {
    const { family: _, ...custom } = absorptionMerger;
    expect(keyResults(custom, {}, "en")).toEqual([]);
  });
});
