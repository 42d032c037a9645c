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
import * as implementations from "../functions/functions";
import { CUSTOM_FUNCTIONS, NAMESPACE, type ArgumentView, type CustomFunction } from "../functions/registry";
import { areaAddress, parseArea } from "../plan/a1";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../plan/excel-limits";
import { definedNameProblem } from "../templates/excel-names";
import { STRING_LITERAL } from "../templates/formula";
import { displayValue, isDateFormat } from "./displayValue";
import type { CellValue, FormulaEngine, SheetState } from "./sheet";

// The HyperFormula AST is internal; what the size rules read of it.
interface AstNode {
  type: string;
  value?: unknown;
}

/** A call's arguments as the registry's size rules see them. */
function argumentViews(args: AstNode[], sizeOf: (arg: AstNode) => ArraySize): ArgumentView[] {
  return args.map((arg) => ({
    omitted: arg.type === "EMPTY",
    literal:
      (arg.type === "STRING" || arg.type === "NUMBER") &&
      (typeof arg.value === "string" || typeof arg.value === "number")
        ? arg.value
        : undefined,
    size: () => {
      const size = sizeOf(arg);
      return { width: size.width, height: size.height };
    },
  }));
}

/** The size HyperFormula reserves for a call's result, from the registry's rule. */
function resultSize(f: CustomFunction, args: AstNode[], sizeOf: (arg: AstNode) => ArraySize): ArraySize {
  if (f.result.shape === "scalar" || !f.result.size) return ArraySize.scalar();
  const size = f.result.size(argumentViews(args, sizeOf));
  if (size && "probe" in size) return probedSize(f, size.probe);
  return size ? new ArraySize(size.width, size.height) : ArraySize.error();
}

/** The size of what the function answers for the rule's sample arguments; an error spills nothing. */
function probedSize(f: CustomFunction, sample: readonly unknown[]): ArraySize {
  try {
    const result = implementationOf(f)(...sample);
    return Array.isArray(result) ? new ArraySize(result[0]?.length ?? 1, result.length) : ArraySize.scalar();
  } catch {
    return ArraySize.error();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const implementationOf = (f: CustomFunction) => implementations[f.implementation] as (...args: any[]) => unknown;

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

/**
 * Calls of the MERGER.* implementations since the last reset, as Excel would invoke them (an
 * error argument propagates without a call; HyperFormula's size probes are not counted): read by
 * the bench and the tests to show that a recalculation's calls do not grow with the register.
 */
export const customFunctionCalls = { count: 0 };

class MergerPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    CUSTOM_FUNCTIONS.map((f) => [
      `${NAMESPACE}.${f.id}`,
      {
        method: `call_${f.id}`,
        sizeOfResultArrayMethod: `size_${f.id}`,
        vectorizationForbidden: true,
        parameters: f.parameters.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      },
    ]),
  );
}

for (const f of CUSTOM_FUNCTIONS) {
  const implementation = implementationOf(f);
  const prototype = MergerPlugin.prototype as unknown as Record<string, unknown>;
  prototype[`call_${f.id}`] = function (this: PluginInternals, ast: { args: AstNode[] }, state: unknown) {
    return this.runFunction(ast.args, state, this.metadata(`${NAMESPACE}.${f.id}`), (...args: unknown[]) => {
      const adapted = f.parameters.map(({ shape }, i) => {
        const arg = args[i];
        if (arg instanceof SimpleRangeValue) return arg.data.map((row) => row.map(excelValue));
        if (arg instanceof CellError) return arg;
        const value = excelValue(arg);
        return shape === "matrix" && value !== null ? [[value]] : value;
      });
      // Excel does not call a custom function with an error argument: the error propagates.
      const error = adapted.find((a) => a instanceof CellError);
      if (error) return error;
      customFunctionCalls.count++;
      try {
        return hyperFormulaResult(implementation(...adapted));
      } catch (thrown) {
        return asCellError(thrown);
      }
    });
  };
  prototype[`size_${f.id}`] = function (this: PluginInternals, ast: { args: AstNode[] }, state: unknown) {
    // A defined name stands for one input cell here; HyperFormula cannot size a name.
    const sizeOf = (arg: AstNode) =>
      arg.type === "NAMED_EXPRESSION" ? ArraySize.scalar() : this.arraySizeForAst(arg, state);
    return resultSize(f, ast.args, sizeOf);
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

const translations = Object.fromEntries(CUSTOM_FUNCTIONS.map((f) => [`${NAMESPACE}.${f.id}`, `${NAMESPACE}.${f.id}`]));
let registered = false;

function register(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(MergerPlugin, { enGB: translations });
  registered = true;
}

const quoted = (sheetName: string) => `'${sheetName.replace(/'/g, "''")}'`;

/**
 * A formula as HyperFormula reads it. It has no doubled quote inside a string (Excel's "a""b" is
 * a parse error to it): such a string goes in as its pieces joined by CHAR(34), in parentheses so
 * that it stays one operand.
 */
const engineFormula = (formula: string): string =>
  formula.replace(STRING_LITERAL, (literal) =>
    literal.length > 2 && literal.includes('""')
      ? `(${literal
          .slice(1, -1)
          .split('""')
          .map((piece) => `"${piece}"`)
          .join("&CHAR(34)&")})`
      : literal,
  );

/** What HyperFormula is given for a stored cell: text in a "@" cell stays text ("'" prefix). */
function content(cell: { value: CellValue; formula?: string; numberFormat: string } | undefined): unknown {
  if (!cell) return null;
  if (cell.formula) return engineFormula(cell.formula);
  if (typeof cell.value === "string") return `'${cell.value}`;
  return cell.value;
}

export class HyperFormulaEngine implements FormulaEngine {
  constructor() {
    register();
  }

  evaluate(sheets: SheetState[], sheetId: string) {
    // The template checks' rule for a name, so that what they let through the engine takes, and
    // the rest is refused in the rule's words rather than the engine's.
    for (const sheet of sheets) {
      for (const name of sheet.names.keys()) {
        const problem = definedNameProblem(name);
        if (problem) throw new Error(`The preview cannot define the name "${name}": ${problem}.`);
      }
    }
    // smartRounding off: raw doubles, as Excel computes (it rounds only for display).
    // Excel's grid, not HyperFormula's default 40,000 rows: a register of 100,000 holders is a sheet.
    const hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      // TEXT formats as the grid shows a cell (months by name, thousands, millions, sections),
      // where HyperFormula's own formatter knows neither separators nor scaling; a "date" before
      // 1900-01-01 (a blank cell's 0) it leaves to HyperFormula, as the grid has no day for it.
      stringifyCurrency: (value: number, format: string) =>
        isDateFormat(format) && !(value >= 1 && value < 2_958_466) ? undefined : displayValue(value, format),
      smartRounding: false,
      useArrayArithmetic: true,
      maxRows: EXCEL_ROWS,
      maxColumns: EXCEL_COLUMNS,
    });
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
      // Reduced, not spread into Math.max: a spread of 100,000 rows overflows the call stack.
      columns: values.reduce((widest, row) => Math.max(widest, row.length), 0),
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
