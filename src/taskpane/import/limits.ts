/**
 * How large a CSV import may be. A file past either limit is refused before it is parsed whole:
 * its size is known before it is read, its rows once it is decoded (a count of line breaks).
 */
import { EXCEL_ROWS } from "../../plan/excel-limits";
import type { FileProblem } from "./problems";

/** 64 MiB: a register of 1,000,000 holders at about 60 bytes a line, with room to spare. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Excel's grid holds 1,048,576 rows; the header takes one. */
export const MAX_IMPORT_ROWS = EXCEL_ROWS - 1;

/** Why a file of `bytes` bytes is refused unread, if it is. */
export function fileSizeProblem(bytes: number): FileProblem | undefined {
  return bytes > MAX_IMPORT_BYTES ? { kind: "tooLarge", bytes, limit: MAX_IMPORT_BYTES } : undefined;
}

/**
 * Why decoded text with too many lines is refused before papaparse splits it. Counted on line
 * breaks, so blank lines and quoted breaks count too: an over-count that refuses only files
 * within a few lines of the limit.
 */
export function rowCountProblem(text: string): FileProblem | undefined {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    // Past Excel's rows plus the header: refuse without counting the rest.
    if (++lines > MAX_IMPORT_ROWS + 1 && at < text.length - 1) {
      return { kind: "tooManyRows", limit: MAX_IMPORT_ROWS };
    }
  }
  return undefined;
}
