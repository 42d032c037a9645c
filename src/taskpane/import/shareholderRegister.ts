/**
 * A shareholder register CSV of the dissolving company: holder, shares, and optionally the
 * surviving company's shares the holder already has (for odd lots after the merger). One row
 * per person: CA 234 computes fractions on a person's holdings merged across brokers, so the
 * same holder on two lines is refused rather than guessed at. The same holder is the same
 * shareholder number where the file has numbers, else the same name at the same address where it
 * has addresses; by name alone, two lines are refused too (one person or two: the file must say).
 * A register is imported whole or not at all: a line left out would leave the build short.
 */
import { compare, ZERO } from "../../core/exact/rational";
import { readCsvFile, wellFormedRecords, type ColumnSpec } from "./csvTable";
import { fieldShown, readNumberText } from "./numberText";
import type { ImportResult, RefusedRow, RowProblem } from "./problems";

export interface RegisterRow {
  readonly holder: string;
  /** Shares of the dissolving company held. */
  readonly shares: number;
  /** Shares of the surviving company already held; 0 when the file does not say. */
  readonly alreadyHeld: number;
}

/** Fields read only to tell holders apart; they are not imported. */
type RegisterField = "holder" | "shares" | "alreadyHeld" | "address" | "number";

const registerColumns: readonly ColumnSpec<RegisterField>[] = [
  {
    field: "holder",
    headers: ["holder", "shareholder", "name", "株主", "株主名", "氏名", "名称", "氏名又は名称", "氏名または名称"],
    required: true,
  },
  {
    field: "shares",
    headers: ["shares", "shares held", "d shares", "株式数", "所有株式数", "保有株式数", "持株数"],
    required: true,
  },
  {
    field: "alreadyHeld",
    headers: [
      "s shares held",
      "s shares",
      "already held",
      "surviving shares held",
      "存続会社株式数",
      "存続会社株式",
      "既保有株式数",
      "存続会社保有株式数",
    ],
    required: false,
  },
  { field: "address", headers: ["address", "住所", "株主住所", "住所又は所在地", "所在地"], required: false },
  {
    field: "number",
    headers: ["shareholder number", "holder number", "shareholder no", "株主番号", "株主コード"],
    required: false,
  },
];

type Checked = { ok: true; value: number } | { ok: false; problem: RowProblem };

/** A share count: a whole number, not negative, blank only where `blankIs` says what it means. */
function readShareCount(text: string, column: string, blankIs: number | undefined): Checked {
  const value = fieldShown(text);
  const read = readNumberText(text);
  if (read.kind === "blank") {
    return blankIs === undefined
      ? { ok: false, problem: { kind: "notANumber", column, value } }
      : { ok: true, value: blankIs };
  }
  if (read.kind !== "number") return { ok: false, problem: { kind: read.kind, column, value } };
  if (compare(read.value, ZERO) < 0) return { ok: false, problem: { kind: "negative", column, value } };
  const count = Number(read.value.num);
  if (read.value.den !== 1n || !Number.isSafeInteger(count))
    return { ok: false, problem: { kind: "notWhole", column, value } };
  return { ok: true, value: count };
}

/** Two spellings of one name or address (full-width letters, doubled spaces) are the same. */
const spelling = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").trim();

export function importShareholderRegister(bytes: Uint8Array): ImportResult<RegisterRow> {
  const read = readCsvFile(bytes, registerColumns);
  if (!read.ok) return read;
  const { encoding, table } = read;
  const { headers } = table;
  const refused: RefusedRow[] = [];
  const rows: RegisterRow[] = [];
  const firstLineOfHolder = new Map<string, number>();

  for (const { line, field } of wellFormedRecords(table, refused)) {
    const refuse = (problem: RowProblem) => refused.push({ line, problem });
    const holder = field("holder").trim();
    if (holder === "") {
      refuse({ kind: "missingHolder" });
      continue;
    }
    const shares = readShareCount(field("shares"), headers.shares!, undefined);
    const alreadyHeld = readShareCount(field("alreadyHeld"), headers.alreadyHeld ?? "alreadyHeld", 0);
    if (!shares.ok) {
      refuse(shares.problem);
      continue;
    }
    if (!alreadyHeld.ok) {
      refuse(alreadyHeld.problem);
      continue;
    }
    if (shares.value === 0) {
      refuse({ kind: "notPositive", column: headers.shares!, value: field("shares").trim() });
      continue;
    }
    const number = spelling(field("number"));
    const identity =
      number !== ""
        ? { key: `number ${number}`, by: "number" as const, value: number }
        : headers.address !== undefined
          ? { key: `name ${spelling(holder)}\naddress ${spelling(field("address"))}`, by: "nameAndAddress" as const }
          : { key: `name ${spelling(holder)}`, by: "name" as const };
    const firstLine = firstLineOfHolder.get(identity.key);
    if (firstLine !== undefined) {
      refuse({
        kind: "duplicateHolder",
        value: identity.by === "number" ? number : holder,
        firstLine,
        by: identity.by,
      });
      continue;
    }
    firstLineOfHolder.set(identity.key, line);
    rows.push({ holder, shares: shares.value, alreadyHeld: alreadyHeld.value });
  }
  if (refused.length > 0) {
    refused.sort((a, b) => a.line - b.line);
    return { ok: false, encoding, problem: { kind: "incompleteRegister", read: rows.length, refused } };
  }
  // The address and number only told holders apart: they feed no column.
  const columns = Object.fromEntries(
    Object.entries(headers).filter(([field]) => field !== "address" && field !== "number"),
  ) as Record<string, string>;
  return { ok: true, encoding, columns, rows, refused };
}
