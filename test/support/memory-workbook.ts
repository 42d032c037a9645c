/**
 * MemoryWorkbook: the test double of Excel for the writer's tests, the contract harness and the
 * bench. It is the preview's workbook model (src/preview/workbook.ts) plus what only tests need:
 * - a log of every sync (its request bytes, operations and steps in order, what it suspended);
 * - a request over 5 MB is refused, as Excel on the web refuses it;
 * - a failure injected at sync N applies the operations queued before the failing one in that
 *   batch and none after, as Excel does; a lost reply at sync N applies all of them and answers
 *   none (a dropped connection after Excel applied the request);
 * - `betweenSyncs` lets a test act as a co-author would, changing the workbook between two syncs;
 * - set-up helpers for what a user already has (cells, names, tables, a renamed sheet) and a
 *   JSON-comparable `snapshot()` of the whole workbook.
 */
import { parseCell } from "../../src/plan/a1";
import { cellKey, type CellValue, type SheetState, type StoredCell } from "../../src/preview/sheet";
import {
  ExcelApiError,
  PreviewWorkbook,
  type Operation,
  type PreviewWorkbookOptions,
} from "../../src/preview/workbook";

export type { SheetGrid } from "../../src/preview/sheet";

export interface MemoryWorkbookOptions extends PreviewWorkbookOptions {
  /** Fail the sync numbered `sync` (from 1) at operation `operation` (default: half-way). */
  failAtSync?: { sync: number; operation?: number };
  /** Excel on the web refuses a request over 5 MB. */
  maxRequestBytes?: number;
  /** Called before sync `sync` (from 1) is applied: what a co-author or the user does meanwhile. */
  betweenSyncs?: (sync: number, book: MemoryWorkbook) => void;
  /** Sync `loseReplyAtSync` (from 1) is applied in full, then its reply is lost: nothing it loads or adds is answered. */
  loseReplyAtSync?: number;
}

/** What one sync carried, for tests: its size, its operations, what it suspended. */
export interface SyncRecord {
  bytes: number;
  operations: number;
  /** The calls in order, by label. */
  steps: string[];
  suspended: string[];
}

const MAX_REQUEST = 5 * 1024 * 1024;

export class MemoryWorkbook extends PreviewWorkbook {
  readonly syncs: SyncRecord[] = [];
  failAtSync?: { sync: number; operation?: number };
  loseReplyAtSync?: number;
  private readonly maxRequestBytes: number;
  private readonly betweenSyncs?: (sync: number, book: MemoryWorkbook) => void;

  constructor(options: MemoryWorkbookOptions = {}) {
    super(options);
    this.failAtSync = options.failAtSync;
    this.loseReplyAtSync = options.loseReplyAtSync;
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST;
    this.betweenSyncs = options.betweenSyncs;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get requestBytes(): number[] {
    return this.syncs.map((s) => s.bytes);
  }

  get largestRequestBytes(): number {
    return this.requestBytes.reduce((largest, bytes) => Math.max(largest, bytes), 0);
  }

  /** Applies a batch; throws the injected or the size failure as Excel would. */
  override commit(operations: Operation[]): void {
    this.betweenSyncs?.(this.syncCount + 1, this);
    const bytes = operations.reduce((n, o) => n + o.bytes, 0);
    this.syncs.push({
      bytes,
      operations: operations.length,
      steps: operations.map((o) => o.label),
      suspended: operations.flatMap((o) => (o.suspends ? [o.suspends] : [])),
    });
    if (bytes > this.maxRequestBytes) {
      throw new ExcelApiError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${bytes} bytes) is over the ${this.maxRequestBytes}-byte limit.`,
      );
    }
    const failing =
      this.failAtSync?.sync === this.syncCount ? (this.failAtSync.operation ?? Math.floor(operations.length / 2)) : -1;
    const lost = this.loseReplyAtSync === this.syncCount;
    operations.forEach((operation, i) => {
      if (i === failing)
        throw new ExcelApiError("GeneralException", `Injected failure at sync ${this.syncCount}, operation ${i + 1}.`);
      operation.apply();
      if (!lost) operation.reply?.();
    });
    if (lost) throw new ExcelApiError("ConnectionFailure", `The reply to sync ${this.syncCount} was lost.`);
  }

  // ---- set-up helpers: what a user already has ----

  /** Writes a cell as a user would have (a constant, or a formula starting with "="). */
  setCell(sheetName: string, address: string, content: CellValue, numberFormat = "General"): void {
    const sheet = this.sheetByName(sheetName);
    const at = parseCell(address)!;
    const cell: StoredCell =
      typeof content === "string" && content.startsWith("=")
        ? { value: null, formula: content, numberFormat }
        : { value: content, numberFormat };
    sheet.cells.set(cellKey(at.row, at.column), cell);
  }

  /** A rename by the user or a co-author. */
  renameSheet(from: string, to: string): void {
    this.sheetByName(from).name = to;
  }

  addWorkbookName(name: string, reference: string): void {
    this.workbookNames.set(name, reference);
  }

  addUserTable(sheetName: string, name: string, address: string): void {
    this.tables.push({ name, sheetId: this.sheetByName(sheetName).id, address, style: "TableStyleMedium2" });
  }

  /** The whole workbook as plain data, for equality checks. */
  snapshot(): unknown {
    const sortedCells = (sheet: SheetState) =>
      [...sheet.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, c]) => [k, { ...c }]);
    return JSON.parse(
      JSON.stringify({
        active: this.activeSheetName(),
        names: [...this.workbookNames.entries()].sort(),
        tables: this.tables.map((t) => ({ ...t })),
        sheets: this.sheets.map((s) => ({
          id: s.id,
          name: s.name,
          cells: sortedCells(s),
          columnWidths: [...s.columnWidths.entries()].sort(),
          names: [...s.names.entries()].sort(),
          charts: s.charts,
          freezeRows: s.freezeRows,
        })),
      }),
    );
  }
}
