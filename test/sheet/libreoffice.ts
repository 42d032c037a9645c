/**
 * LibreOffice Calc, headless, as a second spreadsheet engine: opens .xlsx files, recalculates
 * every formula (its profile is told to recalculate on load, whatever the file holds) and saves
 * them again, so their cached results are Calc's own.
 */
import { execFileSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";

// org.openoffice.Office.Calc/Formula/Load: 0 = always recalculate an OOXML file on load.
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculates each file in Calc; returns the paths of the recalculated copies (in `directory`/calc). */
export function recalculateInCalc(directory: string, files: readonly string[]): string[] {
  const profile = join(directory, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  const out = join(directory, "calc");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      ...files,
    ],
    { timeout: 180_000, stdio: "pipe" },
  );
  return files.map((file) => join(out, file.split("/").pop()!));
}
