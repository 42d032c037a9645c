/**
 * The manifest asks for no more than the add-in uses: ReadWriteDocument, because the writer adds
 * a worksheet; nothing of mail, and no domain beyond the add-in's own origin.
 */
import fs from "fs";
import path from "path";

const manifest = fs.readFileSync(path.resolve(__dirname, "..", "..", "manifest.xml"), "utf8");
const SRC = path.resolve(__dirname, "..", "..", "src");

test("one permission, ReadWriteDocument", () => {
  const permissions = [...manifest.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
  expect(permissions).toEqual(["ReadWriteDocument"]);
  expect(manifest).not.toMatch(
    /ReadWriteMailbox|ReadWriteItem|ReadItem|Restricted|WriteDocument(?<!ReadWriteDocument)/,
  );
});

test("ReadWriteDocument is used: the writer writes to the workbook", () => {
  const writer = fs.readFileSync(path.join(SRC, "workbook", "build.ts"), "utf8");
  expect(writer).toMatch(/worksheets\.add\(/);
  expect(writer).toMatch(/\.(values|formulas)\s*=/);
});

test("AppDomains names only the add-in's own origin", () => {
  const origins = new Set([...manifest.matchAll(/https:\/\/[^/"<]+/g)].map((m) => new URL(m[0]).origin));
  const domains = [...manifest.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)].map((m) => new URL(m[1]!).origin);
  expect(origins.size).toBe(1);
  expect(domains).toEqual([...origins]);
});
