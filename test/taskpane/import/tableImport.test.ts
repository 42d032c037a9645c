import { readFileSync } from "fs";
import { join } from "path";
import { builtInTemplates, validateInputs, initialInputs } from "../../../src/templates";
import { tableImportFor } from "../../../src/taskpane/import/tableImport";

const template = builtInTemplates.find((t) => t.id === "absorption-merger-2013-example")!;
const inputNamed = (id: string) => template.inputs.find((input) => input.id === id)!;
const fixture = (path: string) => new Uint8Array(readFileSync(join(__dirname, "fixtures", path)));

test("the register input imports a register; its rows pass the template's validation", () => {
  const importer = tableImportFor(inputNamed("register"))!;
  expect(importer.kind).toBe("register");
  const result = importer.read(fixture("register/japanese-sjis.csv"));
  if (!result.ok) throw new Error("the fixture should import");
  expect(result.rows[1]).toEqual({ holder: "株式会社サンプル", shares: 1000, held: 50 });
  expect(validateInputs(template, { ...initialInputs(template), register: [...result.rows] }, "en")).toEqual({});
});

test("the price input imports a price history into its date, close, volume and turnover columns", () => {
  const importer = tableImportFor(inputNamed("prices"))!;
  expect(importer.kind).toBe("prices");
  const result = importer.read(fixture("price/japanese-bom.csv"));
  if (!result.ok) throw new Error("the fixture should import");
  expect(result.rows[0]).toEqual({ date: "2013-10-28", close: 2342, volume: 983100, turnover: 2296000000 });
  expect(validateInputs(template, { ...initialInputs(template), prices: [...result.rows] }, "en")).toEqual({});
});

test("a column the template lacks is left out, and other tables get no importer", () => {
  const narrow = {
    ...inputNamed("prices"),
    columns: inputNamed("prices").columns!.filter((c) => c.id === "date" || c.id === "close"),
  };
  const result = tableImportFor(narrow)!.read(fixture("price/english.csv"));
  expect(result.ok && result.rows[0]).toEqual({ date: "2013-10-28", close: 2315 });
  expect(
    tableImportFor({ ...narrow, columns: [{ id: "x", kind: "text", label: { en: "X", ja: "X" } }] }),
  ).toBeUndefined();
});
