import { builtInTemplates, initialInputs, validateInputs } from "../../src/templates";
import { formValues, templateInputs } from "../../src/taskpane/form";

const example = builtInTemplates.find((t) => t.id === "absorption-merger-2013-example")!;

test("the form starts from the example and hands the same inputs back", () => {
  const form = formValues(example, initialInputs(example));
  expect(form.ratio).toBe("26");
  expect(form.survivingNetAssets).toBe("37,607,000,000");
  expect(form.dissolvingNetIncome).toBe("-6,000,000");
  expect(form.survivingEquityPerShare).toBe("927.72");
  expect(validateInputs(example, templateInputs(example, form), "en")).toEqual({});
});

test("a cleared field is blank, not the example's value", () => {
  const form = { ...formValues(example, initialInputs(example)), ratio: "  " };
  expect(templateInputs(example, form).ratio).toBeNull();
  expect(validateInputs(example, templateInputs(example, form), "en")).toHaveProperty("ratio");
});

test("numbers go through as typed, for the templates to read exactly", () => {
  const form = { ...formValues(example, initialInputs(example)), ratio: "2/3", dissolvingIssued: "４，０００" };
  const inputs = templateInputs(example, form);
  expect(inputs.ratio).toBe("2/3");
  expect(validateInputs(example, inputs, "en")).toEqual({});
});

test("text that is not a number reaches validateInputs, which names it in the pane's language", () => {
  const form = { ...formValues(example, initialInputs(example)), dissolvingIssued: "four thousand" };
  expect(validateInputs(example, templateInputs(example, form), "ja").dissolvingIssued).toMatch(/整数/);
});
