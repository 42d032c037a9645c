/**
 * A register of holders as a range of share counts: read and allotted in one pass, and
 * per-holder results spilled back in the range's shape. Shared by the allotment of a merger and
 * the share consolidation, which allots 1/ratio of a share per share.
 */
import { Allotter, type HolderTotals } from "../core/allotment/allotter";
import type { CashRounding } from "../core/allotment/fractionCash";
import { assert, notAvailable } from "../core/errors";
import { toMessageText, type Rational } from "../core/exact/rational";
import { cellPlace, exactNumber, isBlank, shareCount, type Cell } from "./cells";

/** The holders of a range, allotted as they were read, and where the range was blank. */
export interface Register {
  readonly matrix: Cell[][];
  readonly columns: number;
  /** Row-major index (row × columns + column) of each blank cell, ascending; most registers have none. */
  readonly blanks: readonly number[];
  readonly holders: number;
  readonly totals: HolderTotals;
  /** Each holder's share count and whole shares ⌊h·r⌋, in order; empty unless asked for. */
  readonly counts: Float64Array;
  readonly whole: Float64Array;
}

/** Where a cell of an argument sits, for messages: the argument alone when it is one cell. */
export function place(argument: string, matrix: Cell[][], index: number): string {
  const columns = matrix[0]?.length ?? 1;
  if (matrix.length === 1 && columns === 1) return argument;
  return `${argument} ${cellPlace(Math.floor(index / columns), index % columns, matrix)}`;
}

/** A share count from a cell of a range; the message naming the cell is only built for a bad one. */
export function holdingCount(cell: Cell, argument: string, matrix: Cell[][], index: number): number {
  return typeof cell === "number" && Number.isSafeInteger(cell) && cell >= 0
    ? cell
    : shareCount(cell, place(argument, matrix, index));
}

/**
 * Reads every share count of a range and allots to it at once: one pass, as a register may hold
 * a million holders. Blank cells are skipped; a bad cell refuses the whole register. The counts
 * and whole shares are kept only when `perHolder` asks for them.
 */
export function allotRegister(matrix: Cell[][], argument: string, ratio: Rational, perHolder: boolean): Register {
  const columns = matrix[0]?.length ?? 0;
  const blanks: number[] = [];
  // Named only for a message; the blanks read so far are all that come before the holder.
  const allotter = new Allotter(ratio, (holder) => holderPlace(matrix, blanks, argument, holder));
  const size = perHolder ? matrix.length * columns : 0;
  const counts = new Float64Array(size);
  const whole = new Float64Array(size);
  let holders = 0;
  // Row-major over the range; a register is usually one column, so the cell index is the walk's own.
  const cellCount = matrix.length * columns;
  for (let index = 0, row = 0, column = 0; index < cellCount; index++) {
    const cell = matrix[row]?.[column];
    if (++column === columns) {
      column = 0;
      row++;
    }
    let count: number;
    // The usual cell first: a whole number below 2^32 needs no other test.
    if (typeof cell === "number" && cell >>> 0 === cell) count = cell;
    else if (isBlank(cell)) {
      blanks.push(index);
      continue;
    } else count = holdingCount(cell, argument, matrix, index);
    const w = allotter.add(count);
    if (perHolder) {
      counts[holders] = count;
      whole[holders] = w;
    }
    holders++;
  }
  if (holders === 0) {
    notAvailable(
      `${argument} has no share counts: every cell is empty. Give the shares, or a range with one holder per cell.`,
    );
  }
  return {
    matrix,
    columns,
    blanks,
    holders,
    totals: allotter.totals(),
    counts: counts.subarray(0, holders),
    whole: whole.subarray(0, holders),
  };
}

/** Where holder `holder` (counting non-blank cells) sits in the range, for messages. */
function holderPlace(matrix: Cell[][], blanks: readonly number[], argument: string, holder: number): string {
  let index = holder;
  for (const blank of blanks) {
    if (blank > index) break;
    index++;
  }
  return place(argument, matrix, index);
}

/** Per-holder values back in the shape of the range, blank ("") where the range was blank. */
export function spill(register: Register, values: ArrayLike<number>): (number | string)[][] {
  const { matrix, columns, blanks } = register;
  let holder = 0;
  let blank = 0;
  return matrix.map((_, row) => {
    const out: (number | string)[] = [];
    for (let column = 0; column < columns; column++) {
      if (blanks[blank] === row * columns + column) {
        out.push("");
        blank++;
      } else out.push(values[holder++]!);
    }
    return out;
  });
}

/** Per-holder yen rounding of cash for fractions, as the deal chooses. */
export const ROUNDINGS: readonly CashRounding[] = ["down", "half-up", "none"];

export function proceedsArgument(proceeds: Cell): Rational {
  const yen = exactNumber(proceeds, "proceeds", {
    noun: "the yen received for the shares sold for fractions",
    example: "1000, or 0",
  });
  assert(
    yen.num <= BigInt(Number.MAX_SAFE_INTEGER) * yen.den && -yen.num <= BigInt(Number.MAX_SAFE_INTEGER) * yen.den,
    `proceeds: ${toMessageText(yen)} is beyond the yen amounts Excel holds exactly.`,
  );
  return yen;
}
