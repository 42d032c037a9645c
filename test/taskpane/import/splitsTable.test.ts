import { builtInTemplates, initialInputs, validateInputs } from "../../../src/templates";
import { splitsFromFile, SPLITS_INPUT } from "../../../src/taskpane/import/splitsTable";

const template = builtInTemplates.find((t) => t.id === "absorption-merger-2013-example")!;
const dates = { first: "2020-09-23", last: "2020-10-09" };
const file = [{ date: "2020-09-29", factor: "2" }];

test("an empty side of the splits table is filled from the file, and the template accepts it", () => {
  const typed = [{ dissolvingExDate: "2020-06-01", dissolvingFactor: "3" }];
  const outcome = splitsFromFile("prices", typed, file, dates);
  expect(outcome).toEqual({
    kind: "filled",
    splits: 1,
    rows: [
      { dissolvingExDate: "2020-06-01", dissolvingFactor: "3", survivingExDate: "2020-09-29", survivingFactor: "2" },
    ],
  });
  if (outcome?.kind !== "filled") throw new Error("filled");
  const inputs = { ...initialInputs(template), [SPLITS_INPUT]: outcome.rows };
  expect(Object.keys(validateInputs(template, inputs, "en")).filter((key) => key.startsWith(SPLITS_INPUT))).toEqual([]);
});

test("a side typed in is kept, and checked against the file by day and factor", () => {
  const typed = [{ dissolvingExDate: "2020-09-29", dissolvingFactor: "3" }];
  expect(splitsFromFile("dissolvingPrices", typed, file, dates)).toEqual({
    kind: "checked",
    disagreements: [{ kind: "otherFactor", date: "2020-09-29", file: "2", typed: "3" }],
  });
  expect(
    splitsFromFile("dissolvingPrices", [{ dissolvingExDate: "2020/9/29", dissolvingFactor: "2" }], file, dates),
  ).toEqual({
    kind: "checked",
    disagreements: [],
  });
});

test("prices of no listed side (or a template without a splits table) touch nothing", () => {
  expect(splitsFromFile("register", [], file, dates)).toBeUndefined();
  expect(splitsFromFile("prices", undefined, file, dates)).toBeUndefined();
});
