import { builtInTemplates } from "../../src/templates";
import { messages } from "../../src/taskpane/i18n";
import { readTemplateFile } from "../../src/taskpane/templateFile";

const t = messages.en;
const [blank] = builtInTemplates;
if (!blank) throw new Error("no built-in template");

test("a built-in template saved as JSON loads back", () => {
  const outcome = readTemplateFile(JSON.stringify(blank), t);
  expect(outcome.ok && outcome.template.id).toBe(blank.id);
});

test("text that is not JSON is refused, saying so", () => {
  const outcome = readTemplateFile("{ not json", t);
  expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^The file is not valid JSON: /) });
});

test("a template with a bad formula is refused with the path of the error", () => {
  const broken = structuredClone(blank);
  const s = broken.sections.findIndex(
    (section) => section.kind === "rows" && section.rows.some((row) => "formula" in row.cells[0]!),
  );
  const section = broken.sections[s];
  if (section?.kind !== "rows") throw new Error("the built-in template has no formula in a rows section");
  const r = section.rows.findIndex((row) => "formula" in row.cells[0]!);
  section.rows[r]!.cells[0] = { formula: "=NoSuchName*2" };
  const outcome = readTemplateFile(JSON.stringify(broken), t);
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.message).toMatch(
    new RegExp(`^sections\\[${s}\\]\\.rows\\[${r}\\]\\.cells\\[0\\]\\.formula: .*NoSuchName`),
  );
});

test("a file over 1,000,000 bytes is refused on its bytes, before it is parsed", () => {
  // 333,334 characters of Japanese text are 1,000,002 bytes in UTF-8.
  const file = `{ "description": "${"あ".repeat(333_334)}"`; // not even valid JSON: never parsed
  expect(file.length).toBeLessThan(1_000_000);
  expect(readTemplateFile(file, t)).toEqual({
    ok: false,
    message: "the template file is 1000021 bytes; at most 1000000 are allowed",
  });
  expect(readTemplateFile(new Uint8Array(1_000_000).fill(32), t)).toEqual({
    ok: false,
    message: expect.stringMatching(/^The file is not valid JSON: /),
  });
});

test("bytes that are not UTF-8 are refused as not JSON", () => {
  const outcome = readTemplateFile(new Uint8Array([0x7b, 0xff, 0x7d]), t);
  expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^The file is not valid JSON: /) });
});
