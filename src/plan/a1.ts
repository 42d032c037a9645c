/** A1 addresses, shared by the layout (which makes them) and the writers (which read them). */

/** "A", "B", … "Z", "AA": the column letters of a zero-based index. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Zero-based index of column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

/** A1 address of a zero-based row and column; absolute ($A$1) for names. */
export const cellAddress = (row: number, column: number, absolute = false): string =>
  absolute ? `$${columnLetters(column)}$${row + 1}` : `${columnLetters(column)}${row + 1}`;

export interface CellPosition {
  row: number;
  column: number;
}

/** "B4" or "$B$4" → zero-based row and column; undefined when it is not a cell address (rows start at 1). */
export function parseCell(address: string): CellPosition | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9]\d*)$/.exec(address);
  return m ? { row: Number(m[2]) - 1, column: columnIndex(m[1]!) } : undefined;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B4", "B4:D9", "$A$1:$A$3" or whole columns "C:C" (rows 0 … 1,048,575). */
export function parseArea(address: string): Area | undefined {
  const corners = address.split(":");
  if (corners.length > 2) return undefined;
  const [from, to = from] = corners;
  const columns = /^\$?([A-Za-z]{1,3})$/;
  const a = columns.exec(from!);
  const b = columns.exec(to!);
  if (a && b) return { top: 0, bottom: 1_048_575, left: columnIndex(a[1]!), right: columnIndex(b[1]!) };
  const start = parseCell(from!);
  const end = parseCell(to!);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    bottom: Math.max(start.row, end.row),
    left: Math.min(start.column, end.column),
    right: Math.max(start.column, end.column),
  };
}

/** "B4" or "B4:D9"; absolute ("$B$4:$D$9") for names. */
export function areaAddress(area: Area, absolute = false): string {
  const from = cellAddress(area.top, area.left, absolute);
  const to = cellAddress(area.bottom, area.right, absolute);
  return from === to ? from : `${from}:${to}`;
}
