/**
 * Excel's ranges of a price history, read for the core (PriceRows): the general reader, for every
 * shape Excel or a caller may pass and every fault, each refused with its message in row order.
 * A faster pass over the common shape (./columnScan) is handed in by the functions that read one
 * range of amounts; this module does not depend on it, and a property test holds the two to the
 * same rows, scan and errors.
 */
import { serialDay, type DayNumber } from "../core/calendar/dayNumber";
import { assert, invalid } from "../core/errors";
import { compare, fromNumber, type Rational } from "../core/exact/rational";
import { type PriceRows, type RowScan } from "../core/market/dailySeries";
import { cellPlace, describe, exactNumber, excelDay, isBlank, isBlankDate, type Cell } from "./cells";

/**
 * Whether a number is an amount: above 0 and finite (x − x is 0 only for a finite x). The one
 * test of both readers; a blank, or the 0 older desktop builds send for one, is no trade.
 */
export function isPositiveFinite(value: number): boolean {
  return value > 0 && value - value === 0;
}

/**
 * A pass over one range of dates and one of amounts that either tells `scan` what RowScan.add
 * would have learnt from the general pass, or answers false having told it nothing.
 */
export type ColumnPass = (dates: Cell[][], amounts: Cell[][], scan: RowScan) => boolean;

/**
 * A positive amount: a price, a turnover, a volume. An empty cell, or the 0 that older desktop
 * builds send for one, means no trade that day (undefined).
 */
export function amount(value: Cell, where: string, what: string): Rational | undefined {
  if (isBlank(value) || value === 0) return undefined;
  const exact = exactNumber(value, where, { noun: `a ${what}`, example: "1234.5" });
  assert(
    exact.num > 0n,
    `${where}: ${describe(value)} is not a positive ${what}; leave the cell empty for a day without a trade.`,
  );
  return exact;
}

/** A range beside the dates holding one kind of amount: "closes", each a "closing price". */
export interface Column {
  readonly argument: string;
  readonly what: string;
  readonly cells: Cell[][];
}

/**
 * The history's dated rows, for the core (PriceRows): each date with the cells beside it in the
 * other ranges (same shape, any orientation); rows empty in every range are skipped. Excel passes
 * the ranges afresh on every call, so they are read once, into the core's RowScan, allocating
 * nothing per row and building no message unless refusing: the cells stay where Excel put them
 * and a row's cells are found again by its index, read exactly only when the core asks.
 */
export class RangeRows<T> implements PriceRows<T> {
  readonly length: number;
  /** Cells in the widest row of the ranges. */
  private readonly width: number;
  /** Each row's cell as r × width + c, when blank cells lie between dated ones; otherwise row i is cell i. */
  private readonly positions: Int32Array | undefined;
  /** The days of rows dated by text, parsed once. */
  private textDays: Map<number, DayNumber> | undefined;

  constructor(
    private readonly dates: Cell[][],
    private readonly columns: readonly Column[],
    /** A row's value from its exact amounts, `rows.amount(k, i)` for the k-th range. */
    private readonly build: (rows: RangeRows<T>, i: number) => T,
    scan: RowScan,
    /** Tried first when there is one range of amounts; the general pass reads what it declines. */
    private readonly columnPass?: ColumnPass,
  ) {
    const { length, width, uneven, gaps } = this.readChecked(scan);
    this.length = length;
    this.width = width;
    this.positions = uneven || gaps ? this.datedPositions() : undefined;
  }

  /**
   * The ranges' shapes are checked before anything in their cells: the outline at once, and the
   * length of each row during the one pass (a second pass would cost as much as the reading).
   */
  private readChecked(scan: RowScan): ReturnType<RangeRows<T>["read"]> {
    this.refuseMisshapen(false);
    if (this.columns.length === 1 && this.columnPass?.(this.dates, this.columns[0]!.cells, scan)) {
      return { length: this.dates.length, width: 1, uneven: false, gaps: false, misshapen: false };
    }
    let read;
    try {
      read = this.read(scan);
    } catch (error) {
      this.refuseMisshapen(true);
      throw error;
    }
    if (read.misshapen) this.refuseMisshapen(true);
    return read;
  }

  private refuseMisshapen(everyRow: boolean): void {
    const { dates } = this;
    const width = (m: Cell[][]) => m[0]?.length ?? 0;
    const shape = (m: Cell[][]) => `${m.length}×${width(m)}`;
    for (const { cells, argument } of this.columns) {
      // The message is built only when refusing: this runs on every call.
      const same =
        cells.length === dates.length &&
        width(cells) === width(dates) &&
        (!everyRow || cells.every((row, r) => row.length === dates[r]!.length));
      if (!same) {
        invalid(
          `${argument}: the range is ${shape(cells)} but dates is ${shape(dates)}; give ranges of the same shape, side by side.`,
        );
      }
    }
  }

  /**
   * The one pass over the ranges: each dated row checked and handed to `scan`. Excel's ranges are
   * rectangular; rows of other lengths (not from Excel) are indexed as if blanks lay between.
   */
  private read(scan: RowScan) {
    const { dates, columns } = this;
    const firstWidth = dates[0]?.length ?? 0;
    let length = 0;
    let width = Math.max(1, firstWidth);
    let blanks = 0;
    let gaps = false;
    let uneven = false;
    let misshapen = false;
    for (let r = 0; r < dates.length; r++) {
      const dateRow = dates[r]!;
      if (dateRow.length !== firstWidth) {
        uneven = true;
        width = Math.max(width, dateRow.length);
      }
      for (let k = 0; k < columns.length; k++) if (columns[k]!.cells[r]!.length !== dateRow.length) misshapen = true;
      for (let c = 0; c < dateRow.length; c++) {
        const date = dateRow[c];
        // A serial is read by arithmetic alone; blanks, text and anything wrong take the long way.
        let day = typeof date === "number" ? serialDay(date) : undefined;
        if (day === undefined) {
          if (isBlankDate(date)) {
            this.refuseUndated(r, c);
            blanks++;
            continue;
          }
          day = excelDay(date, `dates ${this.place(r, c)}`);
          (this.textDays ??= new Map()).set(length, day);
        }
        let filled = 0;
        for (let k = 0; k < columns.length; k++) {
          const value = columns[k]!.cells[r]![c];
          // An amount is read exactly only if a window uses it.
          if (typeof value === "number" && isPositiveFinite(value)) filled++;
          else if (value !== null && this.hasAmount(columns[k]!, r, c)) filled++;
        }
        if (filled !== 0 && filled !== columns.length) this.refuseHalfFilled(r, c);
        scan.add(day, filled !== 0);
        if (blanks > 0) gaps = true;
        length++;
      }
    }
    return { length, width, uneven, gaps, misshapen };
  }

  private datedPositions(): Int32Array {
    const positions = new Int32Array(this.length);
    let i = 0;
    this.dates.forEach((row, r) =>
      row.forEach((date, c) => {
        if (!isBlankDate(date)) positions[i++] = r * this.width + c;
      }),
    );
    return positions;
  }

  day(i: number): DayNumber {
    const date = this.cell(this.dates, i);
    return typeof date === "number" ? serialDay(date)! : this.textDays!.get(i)!;
  }

  /** Every range agrees (refuseHalfFilled), and a cell that is there was read as an amount. */
  traded(i: number): boolean {
    const value = this.cell(this.columns[0]!.cells, i);
    return !isBlank(value) && value !== 0;
  }

  private cell(cells: Cell[][], i: number): Cell {
    const at = this.positions ? this.positions[i]! : i;
    return this.width === 1 ? cells[at]![0] : cells[Math.floor(at / this.width)]![at % this.width];
  }

  /** Whether a cell holds an amount, refusing one that is not: `amount`'s way, with its messages. */
  private hasAmount(column: Column, r: number, c: number): boolean {
    return amount(column.cells[r]![c], `${column.argument} ${this.place(r, c)}`, column.what) !== undefined;
  }

  /** A row without a date must be empty in every range. */
  private refuseUndated(r: number, c: number): void {
    const filled = this.columns.find((column) => !isBlank(column.cells[r]![c]) && column.cells[r]![c] !== 0);
    if (filled) {
      const where = this.place(r, c);
      invalid(
        `dates ${where} is empty but ${filled.argument} ${where} holds ${describe(filled.cells[r]![c])}: give its date.`,
      );
    }
  }

  /** A day has a value in every range (a turnover and a volume) or in none. */
  private refuseHalfFilled(r: number, c: number): never {
    const where = this.place(r, c);
    const empty = this.columns.find((column) => !this.hasAmount(column, r, c))!;
    const filled = this.columns.find((column) => this.hasAmount(column, r, c))!;
    const names = this.columns.map((column) => column.what).join(" and a ");
    // A 0 means no trade, as an empty cell does, but the user typed it: say 0, not empty.
    const missing = empty.cells[r]![c] === 0 ? "is 0" : "is empty";
    return invalid(
      `${empty.argument} ${where} ${missing} but ${filled.argument} ${where} is not: a day has both a ${names}, or neither.`,
    );
  }

  private place(r: number, c: number): string {
    return cellPlace(r, c, this.dates);
  }

  value(i: number): T {
    return this.build(this, i);
  }

  /** Row i's amount in the k-th range, exactly: what `build` reads (no array a row: ~30 rows a call). */
  amount(k: number, i: number): Rational {
    return this.exact(this.columns[k]!, i);
  }

  /**
   * A number is read as the shortest decimal that gives back the same double (fromNumber), so two
   * numbers are the same decimal exactly when they are the same double; text is compared exactly.
   */
  same(i: number, j: number): boolean {
    return this.columns.every((column) => {
      const a = this.cell(column.cells, i);
      const b = this.cell(column.cells, j);
      return typeof a === "number" && typeof b === "number"
        ? a === b
        : compare(this.exact(column, i), this.exact(column, j)) === 0;
    });
  }

  where(i: number): string {
    const at = this.positions ? this.positions[i]! : i;
    return this.place(Math.floor(at / this.width), at % this.width);
  }

  private exact(column: Column, i: number): Rational {
    const value = this.cell(column.cells, i);
    return typeof value === "number"
      ? fromNumber(value)
      : amount(value, `${column.argument} ${this.where(i)}`, column.what)!;
  }
}
