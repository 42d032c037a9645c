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
  /** `rowsThatFit`: the rows the sheet can be built with (tableRowsThatFit); a file of more is refused. */
  readonly read: (bytes: Uint8Array, rowsThatFit?: number) => ImportResult<TableRows[number]>;
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

/** Rows the sheet could not hold are refused at import, not at build time after the user has gone on. */
function withinSheet<Row>(result: ImportResult<Row>, rowsThatFit: number | undefined): ImportResult<Row> {
  if (!result.ok || rowsThatFit === undefined || result.rows.length <= rowsThatFit) return result;
  return {
    ok: false,
    encoding: result.encoding,
    problem: { kind: "pastLastRow", rows: result.rows.length, fit: rowsThatFit },
  };
}

export function tableImportFor(input: TemplateInput): TableImport | undefined {
  const present = new Set((input.columns ?? []).map((column) => column.id));
  if (present.has("date") && present.has("close")) {
    return {
      kind: "prices",
      read: (bytes, fit) => withinSheet(mapRows(importPriceHistory(bytes), priceColumnIds, present), fit),
    };
  }
  if (present.has("holder") && present.has("shares")) {
    return {
      kind: "register",
      read: (bytes, fit) => withinSheet(mapRows(importShareholderRegister(bytes), registerColumnIds, present), fit),
    };
  }
  return undefined;
}
