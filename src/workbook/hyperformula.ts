/**
 * HyperFormula behind the workbook double: evaluates the sheet's formulas, with the MERGER.*
 * functions registered as a FunctionPlugin that calls the add-in's own function modules. The
 * arguments are adapted to what Excel hands a custom function: a range as a 2-D array, an omitted
 * argument as null, a `[][]`-declared argument given one value as [[value]]; 2-D results spill.
 * Loaded on demand only (the task pane's preview, the tests): never by the writer.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type DetailedCellError,
} from "hyperformula";
import { allotmentShares, fractionCashInLieu, oddLot } from "../functions/allotment";
import { tseIsSession, tseWindow, tseWorkday } from "../functions/calendar";
import { avgClose30, vwap } from "../functions/market";
import { shortForm, simplified, simplifiedArticle } from "../functions/procedure";
import { rightsConversion } from "../functions/rights";
import { scheduleCheck, scheduleTable } from "../functions/schedule";
import { proForma } from "../functions/transfer";
import { areaAddress, parseArea } from "../templates/a1";
import type { CellValue, FormulaEngine, SheetState } from "./memory";

/** How Excel hands each parameter over: "matrix" for a `[][]` declaration, else "scalar". */
type Dimensionality = "matrix" | "scalar";

// The HyperFormula AST is internal; what the size rules read of it.
interface AstNode {
  type: string;
  value?: unknown;
}

/** The size of the array a call returns, from its arguments as written. */
type SizeRule = (args: AstNode[], sizeOf: (arg: AstNode) => ArraySize) => ArraySize;

interface MergerFunction {
  id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  implementation: (...args: any[]) => unknown;
  parameters: Dimensionality[];
  size?: SizeRule;
}

const literal = (arg: AstNode | undefined): unknown =>
  arg && (arg.type === "STRING" || arg.type === "NUMBER") ? arg.value : undefined;
const lower = (arg: AstNode | undefined) => String(literal(arg) ?? "").toLowerCase();

/** Per-holder results come back in the shape of the holdings (as values, not a reference). */
const shapeOfFirst: SizeRule = (args, sizeOf) => {
  const shape = sizeOf(args[0]!);
  return new ArraySize(shape.width, shape.height);
};

/**
 * A schedule's rows depend on its kind and options, not on its date: the size is known when those
 * are written out (or omitted), by drawing the schedule for the date given or for any date.
 */
const scheduleSize: SizeRule = (args) => {
  const written = (arg: AstNode | undefined) => arg === undefined || arg.type === "EMPTY" || literal(arg) !== undefined;
  if (!args.slice(1).every(written)) return ArraySize.error();
  try {
    const table = scheduleTable(literal(args[0]) ?? "2030-04-01", ...args.slice(1).map(literal));
    return new ArraySize(table[0]!.length, table.length);
  } catch {
    return ArraySize.error();
  }
};

const MERGER_FUNCTIONS: MergerFunction[] = [
  {
    id: "ALLOTMENT_SHARES",
    implementation: allotmentShares,
    parameters: ["matrix", "scalar", "scalar", "scalar"],
    size: (args, sizeOf) => {
      const result = lower(args[3]);
      if (result === "summary") return new ArraySize(2, 10);
      return result === "holders" || result === "fractions" ? shapeOfFirst(args, sizeOf) : ArraySize.scalar();
    },
  },
  {
    id: "ODD_LOT",
    implementation: oddLot,
    parameters: ["matrix", "scalar", "scalar"],
    size: (args, sizeOf) => {
      const shape = shapeOfFirst(args, sizeOf);
      return lower(args[2]) === "all" ? new ArraySize(shape.width * 3, shape.height) : shape;
    },
  },
  {
    id: "FRACTION_CASH",
    implementation: fractionCashInLieu,
    parameters: ["matrix", "scalar", "scalar", "scalar", "scalar"],
    size: (args, sizeOf) => (lower(args[4]) === "residual" ? ArraySize.scalar() : shapeOfFirst(args, sizeOf)),
  },
  {
    id: "AVG_CLOSE_30",
    implementation: avgClose30,
    parameters: ["matrix", "matrix", "scalar", "scalar", "matrix", "scalar", "scalar"],
  },
  {
    id: "VWAP",
    implementation: vwap,
    parameters: ["matrix", "matrix", "matrix", "scalar", "scalar", "matrix", "scalar"],
  },
  { id: "TSE_IS_SESSION", implementation: tseIsSession, parameters: ["scalar", "matrix"] },
  { id: "TSE_WORKDAY", implementation: tseWorkday, parameters: ["scalar", "scalar", "matrix"] },
  {
    id: "TSE_WINDOW",
    implementation: tseWindow,
    parameters: ["scalar", "scalar", "matrix"],
    // A session count is known before evaluation; a calendar period ("1M") is not, so it is refused here.
    size: (args) => {
      const days = literal(args[1]);
      if (args[1] === undefined || args[1].type === "EMPTY") return new ArraySize(1, 30);
      return typeof days === "number" ? new ArraySize(1, days) : ArraySize.error();
    },
  },
  { id: "SHORT_FORM", implementation: shortForm, parameters: ["scalar", "scalar", "scalar", "scalar"] },
  {
    id: "SIMPLIFIED",
    implementation: simplified,
    parameters: ["scalar", "scalar", "scalar", "scalar", "scalar", "scalar", "scalar"],
  },
  { id: "SIMPLIFIED_ARTICLE", implementation: simplifiedArticle, parameters: ["scalar"] },
  {
    id: "SCHEDULE",
    implementation: scheduleTable,
    parameters: ["scalar", "scalar", "matrix", "scalar"],
    size: scheduleSize,
  },
  {
    id: "SCHEDULE_CHECK",
    implementation: scheduleCheck,
    parameters: ["matrix", "scalar", "scalar", "matrix"],
    // A header row, then one row per row of planned dates.
    size: (args, sizeOf) => new ArraySize(7, sizeOf(args[0]!).height + 1),
  },
  {
    id: "RIGHTS_CONVERSION",
    implementation: rightsConversion,
    parameters: ["scalar", "scalar", "scalar", "scalar", "scalar"],
    size: (args) => (lower(args[3]) === "all" ? new ArraySize(2, 1) : ArraySize.scalar()),
  },
  {
    id: "PRO_FORMA",
    implementation: proForma,
    parameters: ["matrix", "scalar"],
    size: (args, sizeOf) => (lower(args[1]) === "total" ? ArraySize.scalar() : shapeOfFirst(args, sizeOf)),
  },
];

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** A CustomFunctions.Error (thrown or inside a result) as a HyperFormula error. */
function asCellError(error: unknown): CellError {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return new CellError(
    ERROR_TYPES[code ?? ""] ?? ErrorType.VALUE,
    message ?? (error instanceof Error ? error.message : undefined),
  );
}

const isCustomError = (value: unknown): boolean =>
  typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";

/** A value as Excel hands it to a custom function: numbers bare, empty cells null. */
function excelValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val; // a date or percent number
  return value;
}

function hyperFormulaResult(result: unknown): unknown {
  const cell = (value: unknown) => (isCustomError(value) ? asCellError(value) : value === null ? EmptyValue : value);
  if (!Array.isArray(result)) return cell(result);
  if (result.length === 1 && result[0].length === 1) return cell(result[0][0]);
  return SimpleRangeValue.onlyValues(result.map((row: unknown[]) => row.map(cell)) as never);
}

class MergerPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    MERGER_FUNCTIONS.map((f) => [
      `MERGER.${f.id}`,
      {
        method: `call_${f.id}`,
        sizeOfResultArrayMethod: `size_${f.id}`,
        vectorizationForbidden: true,
        parameters: f.parameters.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      },
    ]),
  );
}

for (const f of MERGER_FUNCTIONS) {
  const prototype = MergerPlugin.prototype as unknown as Record<string, unknown>;
  prototype[`call_${f.id}`] = function (this: PluginInternals, ast: { args: AstNode[] }, state: unknown) {
    return this.runFunction(ast.args, state, this.metadata(`MERGER.${f.id}`), (...args: unknown[]) => {
      const adapted = f.parameters.map((shape, i) => {
        const arg = args[i];
        if (arg instanceof SimpleRangeValue) return arg.data.map((row) => row.map(excelValue));
        if (arg instanceof CellError) return arg;
        const value = excelValue(arg);
        return shape === "matrix" && value !== null ? [[value]] : value;
      });
      // Excel does not call a custom function with an error argument: the error propagates.
      const error = adapted.find((a) => a instanceof CellError);
      if (error) return error;
      try {
        return hyperFormulaResult(f.implementation(...adapted));
      } catch (thrown) {
        return asCellError(thrown);
      }
    });
  };
  prototype[`size_${f.id}`] = function (this: PluginInternals, ast: { args: AstNode[] }, state: unknown) {
    if (!f.size) return ArraySize.scalar();
    // A defined name stands for one input cell here; HyperFormula cannot size a name.
    const sizeOf = (arg: AstNode) =>
      arg.type === "NAMED_EXPRESSION" ? ArraySize.scalar() : this.arraySizeForAst(arg, state);
    return f.size(ast.args, sizeOf);
  };
}

interface PluginInternals {
  runFunction(
    args: AstNode[],
    state: unknown,
    metadata: unknown,
    implementation: (...args: unknown[]) => unknown,
  ): unknown;
  metadata(name: string): unknown;
  arraySizeForAst(ast: AstNode, state: unknown): ArraySize;
}

const translations = Object.fromEntries(MERGER_FUNCTIONS.map((f) => [`MERGER.${f.id}`, `MERGER.${f.id}`]));
let registered = false;

function register(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(MergerPlugin, { enGB: translations });
  registered = true;
}

const quoted = (sheetName: string) => `'${sheetName.replace(/'/g, "''")}'`;

/** What HyperFormula is given for a stored cell: text in a "@" cell stays text ("'" prefix). */
function content(cell: { value: CellValue; formula?: string; numberFormat: string } | undefined): unknown {
  if (!cell) return null;
  if (cell.formula) return cell.formula;
  if (typeof cell.value === "string") return `'${cell.value}`;
  return cell.value;
}

export class HyperFormulaEngine implements FormulaEngine {
  constructor() {
    register();
  }

  evaluate(sheets: SheetState[], sheetId: string) {
    // smartRounding off: raw doubles, as Excel computes (it rounds only for display).
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    const ids = new Map<string, number>();
    hf.batch(() => {
      for (const sheet of sheets) ids.set(sheet.id, hf.getSheetId(hf.addSheet(sheet.name))!);
      for (const sheet of sheets) {
        for (const [name, { address }] of sheet.names) {
          // A name points at fixed cells: "B5" → "$B$5".
          const fixed = areaAddress(parseArea(address)!, true);
          hf.addNamedExpression(name, `=${quoted(sheet.name)}!${fixed}`, ids.get(sheet.id));
        }
      }
      for (const sheet of sheets) {
        const data: unknown[][] = [];
        for (const [k, cell] of sheet.cells) {
          const [r, c] = k.split(",").map(Number) as [number, number];
          (data[r] ??= [])[c] = content(cell);
        }
        for (let r = 0; r < data.length; r++) {
          const row = (data[r] ??= []);
          for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
        }
        hf.setSheetContent(ids.get(sheet.id)!, data as never);
      }
    });
    const values = hf.getSheetValues(ids.get(sheetId)!);
    hf.destroy();
    return {
      rows: values.length,
      columns: Math.max(0, ...values.map((row) => row.length)),
      value(row: number, column: number): CellValue | { error: string; message: string } | undefined {
        const v = values[row]?.[column];
        if (v === undefined) return undefined;
        if (typeof v === "object" && v !== null) {
          const e = v as DetailedCellError;
          return { error: String(e.value), message: e.message ?? "" };
        }
        return v as CellValue;
      },
    };
  }
}
