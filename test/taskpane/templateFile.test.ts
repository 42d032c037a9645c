import { builtInTemplates } from "../../src/templates";
import { messages } from "../../src/taskpane/i18n";
import { readTemplateFile } from "../../src/taskpane/templateFile";

const t = messages.en;

test("a built-in template saved as JSON loads back", () => {
  const outcome = readTemplateFile(JSON.stringify(builtInTemplates[0]), t);
  expect(outcome.ok && outcome.template.id).toBe(builtInTemplates[0].id);
});

test("text that is not JSON is refused, saying so", () => {
  const outcome = readTemplateFile("{ not json", t);
  expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^The file is not valid JSON: /) });
});

test("a template with a bad formula is refused with the path of the error", () => {
  const broken = structuredClone(builtInTemplates[0]);
  const s = broken.sections.findIndex(
    (section) => section.kind === "rows" && section.rows.some((row) => "formula" in row.cells[0]),
  );
  const section = broken.sections[s];
  if (section?.kind !== "rows") throw new Error("the built-in template has no formula in a rows section");
  const r = section.rows.findIndex((row) => "formula" in row.cells[0]);
  section.rows[r].cells[0] = { formula: "=NoSuchName*2" };
  const outcome = readTemplateFile(JSON.stringify(broken), t);
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.message).toMatch(
    new RegExp(`^sections\\[${s}\\]\\.rows\\[${r}\\]\\.cells\\[0\\]\\.formula: .*NoSuchName`),
  );
});
