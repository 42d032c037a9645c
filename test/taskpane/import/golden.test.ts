/**
 * Golden files: each CSV under fixtures/ beside the JSON the importer must produce from it.
 * `error.*` files are the ways an import refuses rows or the whole file. UPDATE_GOLDEN=1
 * rewrites the JSON (then review the diff by eye before keeping it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { importPriceHistory } from "../../../src/taskpane/import/priceHistory";
import { importShareholderRegister } from "../../../src/taskpane/import/shareholderRegister";
import { formattedJson } from "../../../scripts/lib/formatted-json";

const importers = { price: importPriceHistory, register: importShareholderRegister };

for (const [kind, importCsv] of Object.entries(importers)) {
  const dir = join(__dirname, "fixtures", kind);
  const csvFiles = readdirSync(dir).filter((file) => file.endsWith(".csv"));

  describe(`${kind} CSV import`, () => {
    test("has golden files, including error cases", () => {
      expect(csvFiles.filter((file) => file.startsWith("error.")).length).toBeGreaterThanOrEqual(2);
      expect(csvFiles.filter((file) => !file.startsWith("error.")).length).toBeGreaterThanOrEqual(2);
    });

    test.each(csvFiles)("%s", (file) => {
      const result = importCsv(new Uint8Array(readFileSync(join(dir, file))));
      const goldenPath = join(dir, file.replace(/\.csv$/, ".json"));
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, formattedJson(result, goldenPath));
      expect(existsSync(goldenPath)).toBe(true);
      expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(readFileSync(goldenPath, "utf8")));
      if (file.startsWith("error.")) {
        expect(!result.ok || result.refused.length > 0).toBe(true);
      } else {
        expect(result.ok && result.refused).toEqual([]);
      }
    });
  });
}
