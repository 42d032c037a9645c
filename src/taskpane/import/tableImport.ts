/**
 * Which CSV import fills a template's table input, chosen by the table's column ids: a price
 * history (date, close, …) or a shareholder register (holder, shares, held). Imported rows
 * become the table input's row objects; a column the template lacks is left out.
 */
import type { TableRows, TemplateInput } from "../../templates";
import { importPriceHistory, type PriceRow } from "./priceHistory";
import type { ImportResult } from "./problems";
import { importShareholderRegister, type RegisterRow } from "./shareholderRegister";

export type TableImportKind = "prices" | "register";

export interface TableImport {
  readonly kind: TableImportKind;
  readonly read: (bytes: Uint8Array) => ImportResult<TableRows[number]>;
}

/** Imported field → the template column id it fills. */
const priceColumnIds: Readonly<Record<keyof PriceRow, string>> = {
  date: "date",
  close: "close",
  volume: "volume",
  turnover: "turnover",
};
const registerColumnIds: Readonly<Record<keyof RegisterRow, string>> = {
  holder: "holder",
  shares: "shares",
  alreadyHeld: "held",
};

function mapRows<Row extends object>(
  result: ImportResult<Row>,
  columnIds: Readonly<Record<keyof Row, string>>,
  present: ReadonlySet<string>,
): ImportResult<TableRows[number]> {
  if (!result.ok) return result;
  const rows = result.rows.map((row) =>
    Object.fromEntries(
      (Object.entries(row) as [keyof Row & string, string | number | null][])
        .filter(([field]) => present.has(columnIds[field]))
        .map(([field, value]) => [columnIds[field], value]),
    ),
  );
  return { ...result, rows };
}

export function tableImportFor(input: TemplateInput): TableImport | undefined {
  const present = new Set((input.columns ?? []).map((column) => column.id));
  if (present.has("date") && present.has("close")) {
    return { kind: "prices", read: (bytes) => mapRows(importPriceHistory(bytes), priceColumnIds, present) };
  }
  if (present.has("holder") && present.has("shares")) {
    return { kind: "register", read: (bytes) => mapRows(importShareholderRegister(bytes), registerColumnIds, present) };
  }
  return undefined;
}
