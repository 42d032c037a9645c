/** A1 addresses of the plan ("B4", "A5:C5") as zero-based rows and columns, for the preview grid. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

export function parseCell(address: string): CellPosition {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!match) throw new Error(`"${address}" is not an A1 cell address.`);
  const column = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** Every cell of "A5:C5" (or of a single cell), row by row. */
export function cellsOf(range: string): CellPosition[] {
  const [from, to = from] = range.split(":").map(parseCell);
  const cells: CellPosition[] = [];
  for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++) {
    for (let column = Math.min(from.column, to.column); column <= Math.max(from.column, to.column); column++) {
      cells.push({ row, column });
    }
  }
  return cells;
}
