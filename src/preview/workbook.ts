/**
 * The preview workbook: an in-memory model of the parts of the Excel JavaScript API the writer
 * uses, so the writer builds the very sheet it would build in Excel, and the pane shows it
 * computed (HyperFormula, loaded on first use, with the MERGER.* functions registered from the
 * add-in's own modules). Faithful where the writer depends on it:
 * - batching: calls are queued and applied in order at `context.sync()`; reading a property that
 *   was not loaded (or before the sync that loads it) throws, as Excel does;
 * - sheets are known by id as well as by name; a failed sync still answers the loads queued
 *   before the failing operation, as Excel answers the actions before a failing one;
 * - a string written to `values` that starts with "=", "+", "-" or "@" becomes a formula unless
 *   the cell is text-formatted ("@"), and numeric or date-like strings become numbers;
 * - names, tables and sheets are checked for clashes as Excel checks them.
 * Each queued call carries its request bytes (the writer's cost model), for the test double
 * (test/support/memory-workbook.ts) that adds sync logs, size limits and injected failures.
 */
import { sameSheetName, sheetNameProblem } from "../plan/excel-limits";
import { requestCost } from "../workbook/request-cost";
import { areaAddress, cellAddress, parseArea, type Area } from "../plan/a1";
import {
  cellKey as key,
  type CellValue,
  type FormulaEngine,
  type SheetGrid,
  type SheetState,
  type StoredCell,
  type TableState,
} from "./sheet";

export interface PreviewWorkbookOptions {
  /** Evaluate formulas (HyperFormula) when the grid is read; else formulas show as empty. */
  engine?: "hyperformula";
  /** Sheets the workbook starts with; default one sheet, "Sheet1". */
  sheets?: string[];
  /** Excel's calculation mode; default "Automatic". */
  calculationMode?: "Automatic" | "AutomaticExceptTables" | "Manual";
}

/** An error as the Excel JavaScript API throws it (code and message). */
export class ExcelApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A queued operation: its payload for the size count and what it does at sync. */
export interface Operation {
  /** The call, for tests of the order ("worksheets.add", "names.add", "formulas"…). */
  label: string;
  bytes: number;
  apply(): void;
  /** What Excel's reply carries back for it (a load's values, the id of a sheet added), if anything. */
  reply?(): void;
  /** What Application was told for this request ("calculation", "screenUpdating"). */
  suspends?: string;
}

/** A proxy property: readable only after a sync that loaded it. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected requested = new Set<string>();
  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new ExcelApiError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(property) as T;
  }
}

export class PreviewWorkbook {
  protected sheets: SheetState[] = [];
  protected tables: TableState[] = [];
  /** Names the user defined at workbook scope. */
  protected workbookNames = new Map<string, string>();
  private activeId: string;
  private nextId = 1;
  private engine?: FormulaEngine;

  constructor(private readonly options: PreviewWorkbookOptions = {}) {
    for (const name of options.sheets ?? ["Sheet1"]) this.sheets.push(this.newSheet(name));
    this.activeId = this.sheets[0]!.id;
  }

  private newSheet(name: string): SheetState {
    return {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: new Map(),
      columnWidths: new Map(),
      names: new Map(),
      charts: [],
      freezeRows: 0,
      calculations: 0,
    };
  }

  /** Use in place of Excel.run. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new MemoryContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  tableNames(): string[] {
    return this.tables.map((t) => t.name);
  }

  activeSheetName(): string {
    return this.sheets.find((s) => s.id === this.activeId)!.name;
  }

  sheetState(name: string): SheetState {
    return this.sheetByName(name);
  }

  /** The sheet's used range (from A1) as grids of values, formulas and number formats. */
  async grid(sheetName: string): Promise<SheetGrid> {
    const sheet = this.sheetByName(sheetName);
    let rows = 0;
    let columns = 0;
    for (const k of sheet.cells.keys()) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    const computed = this.options.engine ? await this.evaluate(sheet) : undefined;
    // Spilled arrays reach past the cells written.
    rows = Math.max(rows, computed?.rows ?? 0);
    columns = Math.max(columns, computed?.columns ?? 0);
    const values: CellValue[][] = [];
    const formulas: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const errors: SheetGrid["errors"] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
      for (let c = 0; c < columns; c++) {
        const cell = sheet.cells.get(key(r, c));
        const result = computed?.value(r, c);
        const failed = result !== null && typeof result === "object" ? result : undefined;
        if (failed) {
          errors.push({
            address: cellAddress(r, c),
            error: failed.error,
            message: failed.message,
          });
        }
        values[r]!.push(
          result === undefined
            ? cell?.formula
              ? null
              : (cell?.value ?? null)
            : failed
              ? failed.error
              : (result as CellValue),
        );
        formulas[r]!.push(cell?.formula ?? cell?.value ?? null);
        numberFormats[r]!.push(cell?.numberFormat ?? "General");
      }
    }
    return { sheetName, values, formulas, numberFormats, errors };
  }

  private async evaluate(sheet: SheetState) {
    if (!this.engine) {
      const { HyperFormulaEngine } = await import(/* webpackChunkName: "hyperformula" */ "./hyperformula");
      this.engine = new HyperFormulaEngine();
    }
    return this.engine.evaluate(this.sheets, sheet.id);
  }

  // ---- used by the context ----

  sheetByName(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet) throw new ExcelApiError("ItemNotFound", `The requested resource doesn't exist: worksheet "${name}".`);
    return sheet;
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name));
  }

  /** Excel's worksheets.getItem takes a name or an id. */
  findSheetByKey(key: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.findSheet(key);
  }

  get calculationMode(): string {
    return this.options.calculationMode ?? "Automatic";
  }

  sheetById(id: string): SheetState {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet)
      throw new ExcelApiError("InvalidReference", "This reference is not valid: the worksheet no longer exists.");
    return sheet;
  }

  get state() {
    return { sheets: this.sheets, tables: this.tables, workbookNames: this.workbookNames };
  }

  addSheet(name: string): SheetState {
    if (this.findSheet(name))
      throw new ExcelApiError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
    const problem = sheetNameProblem(name);
    if (problem) throw new ExcelApiError("InvalidArgument", `Excel refuses the sheet name: ${problem}.`);
    const sheet = this.newSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(id: string): void {
    if (this.sheets.length === 1)
      throw new ExcelApiError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    const at = this.sheets.findIndex((s) => s.id === id);
    this.sheets.splice(at, 1);
    this.tables = this.tables.filter((t) => t.sheetId !== id);
    if (this.activeId === id) this.activeId = this.sheets[Math.max(0, at - 1)]!.id;
  }

  activate(id: string): void {
    this.activeId = id;
  }

  activeSheetId(): string {
    return this.activeId;
  }

  /** Excel refuses a table name already used by a table or a defined name, anywhere. */
  createTable(sheetId: string, address: string): TableState {
    const area = parseArea(address);
    if (!area) throw new ExcelApiError("InvalidArgument", `"${address}" is not a range address.`);
    for (const table of this.tables.filter((t) => t.sheetId === sheetId)) {
      if (overlaps(area, parseArea(table.address)!))
        throw new ExcelApiError("InvalidOperation", "A table can't overlap another table.");
    }
    let n = 1;
    while (this.tableNameTaken(`Table${n}`)) n++;
    const table: TableState = { name: `Table${n}`, sheetId, address: areaAddress(area), style: "TableStyleMedium2" };
    this.tables.push(table);
    return table;
  }

  tableNameTaken(name: string, except?: TableState): boolean {
    const upper = name.toUpperCase();
    return (
      this.tables.some((t) => t !== except && t.name.toUpperCase() === upper) ||
      [...this.workbookNames.keys()].some((n) => n.toUpperCase() === upper) ||
      this.sheets.some((s) => [...s.names.keys()].some((n) => n.toUpperCase() === upper))
    );
  }

  /**
   * Applies a batch in order, each operation answered as it is applied; an operation that throws
   * stops it there, the ones before it answered, as in Excel.
   */
  commit(operations: Operation[]): void {
    for (const operation of operations) {
      operation.apply();
      operation.reply?.();
    }
  }
}

function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * Text that starts (after blanks, tabs or line breaks) with =, +, -, @ or their full-width forms,
 * which a Japanese IME types. Excel's handling of the blanks and the full-width forms is not
 * documented: the double takes them all as formulas, so no test passes by relying on Excel not to.
 */
const FORMULA_START = /^\s*[=+\-@＝＋－＠]/;

/** How Excel reads a string written to `values`: text in a "@" cell; else number, formula, date or text. */
function entered(text: string, numberFormat: string): { value: CellValue; formula?: string } {
  if (numberFormat === "@") return { value: text };
  if (text === "") return { value: null };
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text)) return { value: Number(text) };
  if (FORMULA_START.test(text)) {
    const code = text.trimStart().normalize("NFKC");
    return { value: null, formula: code.startsWith("=") ? code : `=${code.replace(/^@/, "")}` };
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return { value: Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) / 86_400_000 + 25_569 };
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
  return { value: text };
}

/** One call on one object, with its arguments. */
const payload = (...args: unknown[]) => requestCost(1, 1, ...args);

/** The request context: a queue of operations, applied at sync. */
class MemoryContext {
  private queue: Operation[] = [];
  readonly workbook: WorkbookProxy;

  constructor(readonly book: PreviewWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  get application(): ApplicationProxy {
    return this.workbook.application;
  }

  enqueue(label: string, bytes: number, apply: () => void, suspends?: string, reply?: () => void): void {
    this.queue.push({ label, bytes, apply, suspends, reply });
  }

  /** A read: answered at sync, after the operations queued before it. */
  enqueueLoad(resolve: () => void): void {
    this.queue.push({ label: "load", bytes: requestCost(0, 1), apply: () => undefined, reply: resolve });
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.book.commit(operations);
  }
}

class ApplicationProxy extends Loadable {
  constructor(private readonly context: MemoryContext) {
    super();
  }
  load(_properties?: string): this {
    this.context.enqueueLoad(() => this.loaded.set("calculationMode", this.context.book.calculationMode));
    return this;
  }
  get calculationMode(): string {
    return this.read("calculationMode");
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue("suspendApiCalculationUntilNextSync", payload(), () => undefined, "calculation");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue("suspendScreenUpdatingUntilNextSync", payload(), () => undefined, "screenUpdating");
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: NamedItemsProxy;
  readonly names: NamedItemsProxy;
  readonly application: ApplicationProxy;
  constructor(context: MemoryContext) {
    this.application = new ApplicationProxy(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new NamedItemsProxy(context, () => context.book.state.tables.map((t) => ({ name: t.name })));
    this.names = new NamedItemsProxy(context, () =>
      [...context.book.state.workbookNames.keys()].map((name) => ({ name })),
    );
  }
}

class NamedItemsProxy extends Loadable {
  constructor(
    private readonly context: MemoryContext,
    private readonly list: () => { name: string }[],
  ) {
    super();
  }
  load(_properties?: string): this {
    this.context.enqueueLoad(() => this.loaded.set("items", this.list()));
    return this;
  }
  get items(): { name: string }[] {
    return this.read("items");
  }
}

class WorksheetCollectionProxy extends Loadable {
  constructor(private readonly context: MemoryContext) {
    super();
  }
  load(_properties?: string): this {
    const book = this.context.book;
    this.context.enqueueLoad(() =>
      this.loaded.set(
        "items",
        book.state.sheets.map((s) => ({ name: s.name, id: s.id })),
      ),
    );
    return this;
  }
  get items(): { name: string; id: string }[] {
    return this.read("items");
  }
  add(name: string): WorksheetProxy {
    const handle: SheetHandle = {};
    const proxy = new WorksheetProxy(this.context, handle);
    this.context.enqueue(
      "worksheets.add",
      payload(name),
      () => {
        handle.id = this.context.book.addSheet(name).id;
      },
      undefined,
      () => proxy.identified(),
    );
    return proxy;
  }
  /** By name or by id, as Excel's getItem. */
  getItem(key: string): WorksheetProxy {
    const handle: SheetHandle = {};
    this.context.enqueue("worksheets.getItem", payload(key), () => {
      handle.id = this.context.book.findSheetByKey(key)?.id ?? this.context.book.sheetByName(key).id;
    });
    return new WorksheetProxy(this.context, handle);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    const handle: SheetHandle = {};
    const proxy = new WorksheetProxy(this.context, handle);
    this.context.enqueue("worksheets.getItemOrNullObject", payload(key), () => {
      handle.id = this.context.book.findSheetByKey(key)?.id;
      handle.resolved = true;
    });
    return proxy;
  }
  getActiveWorksheet(): WorksheetProxy {
    const handle: SheetHandle = {};
    this.context.enqueue("worksheets.getActiveWorksheet", payload(), () => {
      handle.id = this.context.book.activeSheetId();
    });
    return new WorksheetProxy(this.context, handle);
  }
}

/** Which sheet a proxy stands for, known once the operation that finds or adds it is applied. */
interface SheetHandle {
  id?: string;
  resolved?: boolean;
}

class WorksheetProxy extends Loadable {
  readonly names: { add: (name: string, reference: RangeProxy | string, comment?: string) => void };
  readonly tables: { add: (address: string, hasHeaders: boolean) => TableProxy };
  readonly charts: { add: (type: string, source: RangeProxy, seriesBy?: string) => ChartProxy };
  readonly freezePanes: { freezeRows: (count: number) => void };

  constructor(
    private readonly context: MemoryContext,
    private readonly handle: SheetHandle,
  ) {
    super();
    const sheet = () => this.sheet();
    this.names = {
      add: (name, reference, comment = "") => {
        const address = typeof reference === "string" ? reference : reference.address;
        context.enqueue("names.add", payload(name, address, comment), () => {
          const s = sheet();
          const area = parseArea(address.replace(/^=?('?[^!]*'?!)?/, ""));
          if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || !area) {
            throw new ExcelApiError(
              "InvalidArgument",
              `"${name}" is not a valid name, or "${address}" not a valid reference.`,
            );
          }
          if ([...s.names.keys()].some((n) => n.toUpperCase() === name.toUpperCase())) {
            throw new ExcelApiError("ItemAlreadyExists", `The name "${name}" already exists on this sheet.`);
          }
          if (context.book.state.tables.some((t) => t.name.toUpperCase() === name.toUpperCase())) {
            throw new ExcelApiError("InvalidArgument", `"${name}" is the name of a table.`);
          }
          s.names.set(name, { address: areaAddress(area), comment });
        });
      },
    };
    this.tables = {
      add: (address, hasHeaders) => {
        const table: { state?: TableState } = {};
        context.enqueue("tables.add", payload(address, hasHeaders), () => {
          table.state = context.book.createTable(sheet().id, address);
        });
        return new TableProxy(context, table);
      },
    };
    this.charts = {
      add: (type, source, seriesBy = "Auto") => {
        const chart: { state?: SheetState["charts"][number] } = {};
        context.enqueue("charts.add", payload(type, source.address, seriesBy), () => {
          const s = sheet();
          const area = parseArea(source.address);
          const count = area ? area.right - area.left : 0;
          const series = Array.from({ length: count }, () => ({ filled: true, chartType: type }));
          chart.state = { type, source: source.address, seriesBy, title: "", position: null, series };
          s.charts.push(chart.state);
        });
        return new ChartProxy(context, chart);
      },
    };
    this.freezePanes = {
      freezeRows: (count) =>
        context.enqueue("freezeRows", payload(count), () => {
          sheet().freezeRows = count;
        }),
    };
  }

  /** Excel answers the action that adds a sheet with its id: readable even if a later action fails. */
  identified(): void {
    this.loaded.set("id", this.handle.id);
  }

  sheet(): SheetState {
    if (this.handle.id === undefined)
      throw new ExcelApiError("InvalidReference", "This reference is not valid: the worksheet was not found or added.");
    return this.context.book.sheetById(this.handle.id);
  }

  load(_properties?: string): this {
    this.context.enqueueLoad(() => {
      this.loaded.set("isNullObject", this.handle.id === undefined);
      if (this.handle.id === undefined) return;
      const s = this.sheet();
      this.loaded.set("name", s.name);
      this.loaded.set("id", s.id);
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  getRange(address: string): RangeProxy {
    return new RangeProxy(this.context, () => this.sheet(), address);
  }
  activate(): void {
    this.context.enqueue("activate", payload(), () => this.context.book.activate(this.sheet().id));
  }
  delete(): void {
    this.context.enqueue("delete", payload(), () => this.context.book.deleteSheet(this.sheet().id));
  }
  calculate(markAllDirty: boolean): void {
    this.context.enqueue("calculate", payload(markAllDirty), () => {
      this.sheet().calculations++;
    });
  }
}

class TableProxy {
  constructor(
    private readonly context: MemoryContext,
    private readonly table: { state?: TableState },
  ) {}
  private get state(): TableState {
    if (!this.table.state) throw new ExcelApiError("InvalidReference", "The table was not created.");
    return this.table.state;
  }
  set name(name: string) {
    this.context.enqueue("table.name", payload(name), () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || this.context.book.tableNameTaken(name, this.state)) {
        throw new ExcelApiError("InvalidArgument", `The table name "${name}" is invalid or already in use.`);
      }
      this.state.name = name;
    });
  }
  set style(style: string) {
    this.context.enqueue("table.style", payload(style), () => {
      this.state.style = style;
    });
  }
}

class ChartProxy {
  readonly title: { text: string };
  readonly series: { getItemAt: (index: number) => ChartSeriesProxy };
  constructor(
    private readonly context: MemoryContext,
    private readonly chart: { state?: SheetState["charts"][number] },
  ) {
    const state = () => {
      if (!this.chart.state) throw new ExcelApiError("InvalidReference", "The chart was not created.");
      return this.chart.state;
    };
    this.title = {
      set text(text: string) {
        context.enqueue("chart.title", payload(text), () => {
          state().title = text;
        });
      },
      get text(): string {
        throw new ExcelApiError("PropertyNotLoaded", "The property 'text' is not available.");
      },
    };
    this.series = {
      getItemAt: (index) =>
        new ChartSeriesProxy(context, () => {
          const series = state().series[index];
          if (!series) throw new ExcelApiError("InvalidArgument", `The chart has no series at index ${index}.`);
          return series;
        }),
    };
  }
  setPosition(start: string, end: string): void {
    this.context.enqueue("chart.setPosition", payload(start, end), () => {
      this.chart.state!.position = [start, end];
    });
  }
}

/** ChartSeries: only what the writer sets, the fill (cleared) and the type (in a combination). */
class ChartSeriesProxy {
  readonly format: { fill: { clear: () => void } };
  constructor(
    private readonly context: MemoryContext,
    private readonly state: () => SheetState["charts"][number]["series"][number],
  ) {
    this.format = {
      fill: {
        clear: () =>
          context.enqueue("series.fill.clear", payload(), () => {
            state().filled = false;
          }),
      },
    };
  }
  set chartType(type: string) {
    this.context.enqueue("series.chartType", payload(type), () => {
      this.state().chartType = type;
    });
  }
}

type Grid = unknown[][];

class RangeProxy extends Loadable {
  readonly format: {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    wrapText: boolean;
    columnWidth: number;
  };

  constructor(
    private readonly context: MemoryContext,
    private readonly sheet: () => SheetState,
    readonly address: string,
  ) {
    super();
    const formatSetter = (property: string) => (value: string | number | boolean) =>
      context.enqueue(`format.${property}`, this.cost(["range", "format", property.split(".")[0]!], value), () =>
        this.setFormat(property, value),
      );
    const setters = (properties: string[], prefix: string) => {
      const object: Record<string, unknown> = {};
      for (const p of properties) {
        Object.defineProperty(object, p, {
          set: formatSetter(`${prefix}${p}`),
          get: () => {
            throw new ExcelApiError("PropertyNotLoaded", `The property '${p}' is not available.`);
          },
        });
      }
      return object;
    };
    const format = setters(["wrapText", "columnWidth"], "") as RangeProxy["format"];
    format.font = setters(["bold", "italic", "color", "size"], "font.");
    format.fill = setters(["color"], "fill.");
    this.format = format;
  }

  private reached = new Set<string>();
  /**
   * What a call costs as the client sends it: the range (with its address), its format and its
   * font or fill are each an object path, sent once; then the call and its arguments.
   */
  private cost(objects: string[], ...args: unknown[]): number {
    const fresh = objects.filter((o) => ["range", "format", "font", "fill"].includes(o) && !this.reached.has(o));
    for (const o of fresh) this.reached.add(o);
    return requestCost(fresh.length, 1, ...(fresh.includes("range") ? [this.address] : []), ...args);
  }

  private area(): Area {
    const area = parseArea(this.address);
    if (!area) throw new ExcelApiError("InvalidArgument", `"${this.address}" is not a range address.`);
    return area;
  }

  private setFormat(property: string, value: string | number | boolean): void {
    const sheet = this.sheet();
    const area = this.area();
    if (property === "columnWidth") {
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, value as number);
      return;
    }
    this.eachCell(sheet, area, (cell) => {
      cell.format = { ...cell.format, [property]: value };
    });
  }

  private eachCell(
    sheet: SheetState,
    area: Area,
    visit: (cell: StoredCell, row: number, column: number) => void,
  ): void {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const k = key(r, c);
        const cell = sheet.cells.get(k) ?? { value: null, numberFormat: "General" };
        visit(cell, r, c);
        sheet.cells.set(k, cell);
      }
    }
  }

  /** Excel requires a 2-D array of exactly the range's size. */
  private write(
    property: "values" | "formulas" | "numberFormat",
    grid: Grid,
    apply: (cell: StoredCell, value: unknown) => void,
  ): void {
    this.context.enqueue(property, this.cost(["range"], grid), () => {
      const area = this.area();
      const rows = area.bottom - area.top + 1;
      const columns = area.right - area.left + 1;
      if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== columns)) {
        throw new ExcelApiError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size of the range ${this.address}.`,
        );
      }
      this.eachCell(this.sheet(), area, (cell, r, c) => {
        const value = grid[r - area.top]![c - area.left];
        if (value !== null && value !== undefined) apply(cell, value);
      });
    });
  }

  set numberFormat(grid: Grid) {
    this.write("numberFormat", grid, (cell, value) => {
      cell.numberFormat = String(value);
    });
  }

  set values(grid: Grid) {
    this.write("values", grid, (cell, value) => {
      delete cell.formula;
      if (typeof value === "string") Object.assign(cell, entered(value, cell.numberFormat));
      else cell.value = value as CellValue;
    });
  }

  set formulas(grid: Grid) {
    this.write("formulas", grid, (cell, value) => {
      delete cell.formula;
      if (typeof value === "string" && value.startsWith("=") && cell.numberFormat !== "@") {
        cell.value = null;
        cell.formula = value;
      } else if (typeof value === "string") Object.assign(cell, entered(value, cell.numberFormat));
      else cell.value = value as CellValue;
    });
  }

  load(properties?: string): this {
    this.context.enqueueLoad(() => {
      const sheet = this.sheet();
      const area = this.area();
      const grid = (pick: (cell: StoredCell | undefined) => unknown) =>
        Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
          Array.from({ length: area.right - area.left + 1 }, (_, c) =>
            pick(sheet.cells.get(key(area.top + r, area.left + c))),
          ),
        );
      for (const property of (properties ?? "values,formulas,numberFormat").split(",").map((p) => p.trim())) {
        if (property === "values")
          this.loaded.set(
            "values",
            grid((cell) => (cell?.formula ? null : (cell?.value ?? ""))),
          );
        if (property === "formulas")
          this.loaded.set(
            "formulas",
            grid((cell) => cell?.formula ?? cell?.value ?? ""),
          );
        if (property === "numberFormat")
          this.loaded.set(
            "numberFormat",
            grid((cell) => cell?.numberFormat ?? "General"),
          );
      }
    });
    return this;
  }

  get values(): Grid {
    return this.read("values");
  }
  get formulas(): Grid {
    return this.read("formulas");
  }
  get numberFormat(): Grid {
    return this.read("numberFormat");
  }
}
