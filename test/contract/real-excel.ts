/**
 * Microsoft's own Excel JavaScript client (excel-web-16.00.debug.js from @microsoft/office-js),
 * loaded in jsdom with no host, talking to a recording endpoint that answers its ProcessQuery
 * requests as Excel does. The client builds and serializes every request itself, so what is
 * measured here is the bytes Excel on the web would receive, and what the client refuses on its
 * own (an unloaded property, an object used before it exists) is refused here too.
 *
 * The endpoint keeps its workbook in the project's double (MemoryWorkbook): each action of a
 * request is played on it in order, so sheets have ids, names and tables clash as in Excel, and
 * the calculation mode is what the test set. It answers reads, the new sheet's id for the
 * instantiate action of `worksheets.add` (the client addresses the sheet by that id afterwards),
 * null for an object `getItemOrNullObject` did not find (the client then says `isNullObject`),
 * and an error at the failing action with the results of the actions before it, as Excel does.
 * A test can fail a chosen action of a chosen request, and change the workbook between two
 * requests as a co-author would. Used by the contract tests and by `npm run bench`.
 *
 * `runMergingUndo` stands for Excel.run({ mergeUndoGroup: true }, …) where ExcelApi 1.20 is
 * reported: the requests of that run are recorded as one undo group, and a call Excel cannot undo
 * (src/workbook/undo.json) is refused inside it with UndoNotSupported, before it is applied. The
 * client here (excel-web-16.00) predates 1.20 and sends no flag for the option, so the group is
 * known by the run its requests came from (the run last begun).
 */
import { readFileSync } from "fs";
import { JSDOM } from "jsdom";
import { areaAddress, parseArea } from "../../src/plan/a1";
import { MemoryWorkbook, type MemoryWorkbookOptions } from "../support/memory-workbook";
import undo from "../../src/workbook/undo.json";

/** The calls Excel cannot undo: refused inside an undo group. */
const NOT_UNDOABLE = new Set(
  Object.entries(undo.ExcelApi)
    .filter(([, undoable]) => undoable === "not undoable")
    .map(([call]) => call),
);

/** Excel on the web refuses a request, and fails a reply, over 5 MB. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;

/** The Excel class a member returns: how the endpoint names each call it records. */
const MEMBER_TYPES: Record<string, Record<string, string>> = {
  Workbook: {
    worksheets: "WorksheetCollection",
    names: "NamedItemCollection",
    tables: "TableCollection",
    application: "Application",
  },
  WorksheetCollection: {
    add: "Worksheet",
    getItem: "Worksheet",
    getItemOrNullObject: "Worksheet",
    getActiveWorksheet: "Worksheet",
    "[id]": "Worksheet",
  },
  Worksheet: {
    getRange: "Range",
    names: "NamedItemCollection",
    tables: "TableCollection",
    charts: "ChartCollection",
    freezePanes: "WorksheetFreezePanes",
  },
  // getRow and getBoundingRect: the client splits a large array write into row slices itself.
  Range: { format: "RangeFormat", getRow: "Range", getBoundingRect: "Range" },
  RangeFormat: { font: "RangeFont", fill: "RangeFill" },
  NamedItemCollection: { add: "NamedItem" },
  TableCollection: { add: "Table" },
  ChartCollection: { add: "Chart" },
  Chart: { title: "ChartTitle", series: "ChartSeriesCollection" },
  ChartSeriesCollection: { getItemAt: "ChartSeries" },
  ChartSeries: { format: "ChartSeriesFormat" },
  ChartSeriesFormat: { fill: "ChartFill" },
};

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[] };
}

/** One request as the client sent it. */
export interface RecordedRequest {
  /** UTF-8 bytes of the body as the client serializes it. */
  bytes: number;
  /** How many actions it carried. */
  actions: number;
  /** Each action in order, named by class and member: "WorksheetCollection.add", "Range.formulas"… */
  calls: string[];
  /** How the request ended: "ok", the error code answered, or "ReplyLost". */
  outcome: string;
  /** UTF-8 bytes of the reply's body (Excel on the web caps replies at 5 MB too); 0 when none came. */
  responseBytes: number;
  /** The undo group (from 1) of a request sent in runMergingUndo; undefined outside one. */
  undoGroup?: number;
}

export interface RealExcelOptions extends Omit<MemoryWorkbookOptions, "failAtSync" | "betweenSyncs"> {
  /** Fail request `sync` (from 1) at its action `action` (from 0): the actions before it are applied. */
  failAt?: { sync: number; action: number };
  /** Called before request `sync` (from 1) is played: what a co-author or the user does meanwhile. */
  betweenSyncs?: (sync: number, book: MemoryWorkbook) => void;
  /**
   * Request `loseReplyAt` (from 1) is played in full, then its reply is lost (a dropped
   * connection, a timeout on the web): the client learns nothing of what it did.
   */
  loseReplyAt?: number;
}

type Loose = Record<string, unknown>;
type Excelish = Loose & { load?: (select?: string) => void };

interface ExcelWindow {
  Excel: { RequestContext: new (url: string) => Excel.RequestContext };
  OfficeExtension: {
    HttpUtility: { setCustomSendRequestFunc(fn: (request: { body: unknown }) => Promise<unknown>): void };
    CoreUtility: { _getRequestBodyText(request: { body: unknown }): string };
  };
}

let loaded: ExcelWindow | undefined;
type Answer = (request: { body: unknown }) => Promise<unknown>;
/** The workbook answering the client's requests: the one whose `run` was called last. */
let endpoint: Answer | undefined;

/** The client library, once per process (it is 3 MB of script). */
function excelClient(): ExcelWindow {
  if (loaded) return loaded;
  const file = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://excel.invalid/",
  });
  const window = dom.window as unknown as ExcelWindow & { eval(source: string): void };
  window.eval(readFileSync(file, "utf8"));
  window.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    if (!endpoint) throw new Error("A request reached the fake Excel endpoint with no workbook behind it.");
    return endpoint(request);
  });
  loaded = window;
  return window;
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

class ActionFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A workbook behind Microsoft's client: `run` is used in place of Excel.run. */
export class RealExcel {
  readonly book: MemoryWorkbook;
  readonly requests: RecordedRequest[] = [];

  constructor(private readonly options: RealExcelOptions = {}) {
    const { failAt: _failAt, betweenSyncs: _between, loseReplyAt: _lost, ...bookOptions } = options;
    this.book = new MemoryWorkbook(bookOptions);
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  get totalRequestBytes(): number {
    return this.requests.reduce((n, r) => n + r.bytes, 0);
  }

  /** Every call made, in order, across requests. */
  get calls(): string[] {
    return this.requests.flatMap((r) => r.calls);
  }

  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const client = excelClient();
    endpoint = (request) => this.answer(request);
    const context = new client.Excel.RequestContext("https://excel.invalid/");
    return batch(context);
  };

  private undoGroups = 0;

  /** Excel.run({ mergeUndoGroup: true }, batch): its requests one undo group. */
  readonly runMergingUndo = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const client = excelClient();
    const group = ++this.undoGroups;
    endpoint = (request) => this.answer(request, group);
    const context = new client.Excel.RequestContext("https://excel.invalid/");
    return batch(context);
  };

  /** Answers one ProcessQuery request as Excel would. */
  async answer(
    request: { body: unknown },
    undoGroup?: number,
  ): Promise<{ statusCode: number; headers: Loose; body: string }> {
    const text = excelClient().OfficeExtension.CoreUtility._getRequestBodyText(request);
    const body = request.body as { Actions: ActionInfo[]; ObjectPaths: Record<string, ObjectPathInfo> };
    const sync = this.requests.length + 1;
    const record: RecordedRequest = {
      bytes: Buffer.byteLength(text, "utf8"),
      actions: body.Actions.length,
      calls: [],
      outcome: "ok",
      responseBytes: 0,
      ...(undoGroup !== undefined && { undoGroup }),
    };
    this.requests.push(record);
    if (record.bytes > (this.options.maxRequestBytes ?? REQUEST_LIMIT)) {
      record.outcome = "RequestPayloadSizeLimitExceeded";
      const error = { code: record.outcome, message: `The request payload (${record.bytes} bytes) is too large.` };
      return { statusCode: 413, headers: {}, body: JSON.stringify({ error }) };
    }
    this.options.betweenSyncs?.(sync, this.book);
    const play = new Request(this.book, body.ObjectPaths, record.calls, undoGroup !== undefined);
    const reply = await this.play(play, body.Actions, sync, record);
    if (this.options.loseReplyAt === sync) {
      record.outcome = "ReplyLost";
      throw new ActionFailure("ConnectionFailure", `The reply to request ${sync} was lost: the connection dropped.`);
    }
    record.responseBytes = Buffer.byteLength(reply.body, "utf8");
    if (record.responseBytes > REQUEST_LIMIT) {
      record.outcome = "ResponsePayloadSizeLimitExceeded";
      const error = {
        code: record.outcome,
        message: `The response payload (${record.responseBytes} bytes) is too large.`,
      };
      return { statusCode: 413, headers: {}, body: JSON.stringify({ error }) };
    }
    return reply;
  }

  /** Plays the actions in order; the reply holds the results up to a failing action and its error. */
  private async play(
    play: Request,
    actions: ActionInfo[],
    sync: number,
    record: RecordedRequest,
  ): Promise<{ statusCode: number; headers: Loose; body: string }> {
    const results: { ActionId: number; Value: unknown }[] = [];
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i]!;
      try {
        if (this.options.failAt?.sync === sync && this.options.failAt.action === i) {
          throw new ActionFailure("GeneralException", `Injected failure at request ${sync}, action ${i}.`);
        }
        const value = await play.action(action);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        const code =
          error instanceof ActionFailure ? error.code : ((error as { code?: string }).code ?? "GeneralException");
        record.outcome = code;
        const Error = {
          Code: code,
          Message: (error as Error).message,
          ActionIndex: i,
          HttpStatusCode: 400,
          Location: "",
        };
        return { statusCode: 200, headers: {}, body: JSON.stringify({ Results: results, Error }) };
      }
    }
    return { statusCode: 200, headers: {}, body: JSON.stringify({ Results: results }) };
  }
}

interface Resolved {
  object: Excelish | null;
  type: string;
  /** The worksheet the object belongs to, for the range methods the double does not have. */
  sheet?: Excelish;
}

/**
 * The Range methods the client calls on its own when it splits a large write, played on the
 * double as the ranges they return.
 */
const RANGE_METHODS: Record<string, (range: Excelish, sheet: Excelish, args: unknown[]) => Excelish | undefined> = {
  getRow(range, sheet, [row]) {
    const area = parseArea(range.address as string)!;
    const top = area.top + (row as number);
    return (sheet.getRange as (a: string) => Excelish)(areaAddress({ ...area, top, bottom: top }));
  },
  getBoundingRect(range, sheet, [other]) {
    const a = parseArea(range.address as string)!;
    const b = parseArea((other as Excelish).address as string)!;
    const area = {
      top: Math.min(a.top, b.top),
      left: Math.min(a.left, b.left),
      bottom: Math.max(a.bottom, b.bottom),
      right: Math.max(a.right, b.right),
    };
    return (sheet.getRange as (a: string) => Excelish)(areaAddress(area));
  },
  // The client asks Excel to check the array's shape before sending it in slices; the double checks on write.
  _ValidateArraySize: () => undefined,
};

/** Whether the double's object stands for nothing (a sheet …OrNullObject did not find); read after its load. */
function isNullObject(object: Excelish): boolean {
  try {
    return object.isNullObject === true;
  } catch {
    return false;
  }
}

/** One request played on the double: object paths resolved as actions reach them. */
class Request {
  private readonly objects = new Map<number, Resolved>();
  private context?: Loose;

  constructor(
    private readonly book: MemoryWorkbook,
    private readonly paths: Record<string, ObjectPathInfo>,
    private readonly calls: string[],
    private readonly inUndoGroup = false,
  ) {}

  /** Plays one action on the double, in a sync of its own, and returns its result for the client. */
  async action(action: ActionInfo): Promise<unknown> {
    const context = await this.memoryContext();
    const target = this.resolve(action.ObjectPathId);
    const args = this.args(action.ArgumentInfo);
    const member = camel(action.Name);
    const object = target.object;
    let read: (() => unknown) | undefined;
    switch (action.ActionType) {
      case 1: {
        // Instantiate: a sheet is answered with its id, a missing one (…OrNullObject) with null.
        if (target.type === "Worksheet" && object) {
          object.load!("id");
          read = () => (isNullObject(object) ? null : { Id: object.id });
        }
        break;
      }
      case 2: {
        const select = action.QueryInfo?.Select ?? [];
        if (!object) {
          read = () => null;
          break;
        }
        const collection = target.type.endsWith("Collection");
        for (const property of select) this.calls.push(`${target.type}.${collection ? "items" : property}`);
        object.load!(select.map((p) => (collection ? `items/${p}` : p)).join(","));
        read = () => {
          // A query of an …OrNullObject that found nothing: Excel answers null, the client sets isNullObject.
          if (isNullObject(object)) return null;
          const pick = (item: Loose) => Object.fromEntries(select.map((p) => [pascal(p), item[p]]));
          return collection ? { _Items: (object.items as Loose[]).map(pick) } : pick(object);
        };
        break;
      }
      case 3:
        this.calls.push(`${target.type}.${member}`);
        this.live(target, member);
        this.undoable(`${target.type}.${member}`);
        if (target.type === "Range" && member in RANGE_METHODS) RANGE_METHODS[member]!(object!, target.sheet!, args);
        else (object![member] as (...a: unknown[]) => unknown)(...args);
        break;
      case 4:
        this.calls.push(`${target.type}.${member}`);
        this.live(target, member);
        this.undoable(`${target.type}.${member}`);
        object![member] = args[0];
        break;
      default:
        throw new ActionFailure("NotImplemented", `The fake endpoint does not play action type ${action.ActionType}.`);
    }
    await (context.sync as () => Promise<void>)();
    return read?.();
  }

  /** Inside an undo group Excel refuses a call it cannot undo, before applying it. */
  private undoable(call: string): void {
    if (this.inUndoGroup && NOT_UNDOABLE.has(call)) {
      throw new ActionFailure("UndoNotSupported", `${call} cannot be undone, so it cannot be part of an undo group.`);
    }
  }

  private live(target: Resolved, member: string): void {
    if (!target.object) {
      throw new ActionFailure(
        "InvalidObjectPath",
        `${target.type}.${member} was called on an object that does not exist.`,
      );
    }
  }

  private async memoryContext(): Promise<Loose> {
    this.context ??= (await this.book.run(async (context) => context)) as unknown as Loose;
    return this.context;
  }

  private args(info: ObjectPathInfo["ArgumentInfo"]): unknown[] {
    const args = info?.Arguments ?? [];
    const references = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => {
      const reference = references[i];
      return typeof reference === "number" && reference > 0 ? this.resolve(reference).object : arg;
    });
  }

  private resolve(id: number): Resolved {
    const known = this.objects.get(id);
    if (known) return known;
    const path = this.paths[String(id)];
    if (!path)
      throw new ActionFailure("InvalidObjectPath", `The request names object path ${id} but does not send it.`);
    let resolved: Resolved;
    if (path.ObjectPathType === 1) {
      resolved = { object: this.context!.workbook as Excelish, type: "Workbook" };
    } else if (path.ObjectPathType === 7) {
      resolved = { object: null, type: "NullObject" };
    } else {
      const parent = this.resolve(path.ParentObjectPathId!);
      if (!parent.object)
        throw new ActionFailure("InvalidObjectPath", "An object was reached through one that does not exist.");
      const member = path.ObjectPathType === 5 ? "[id]" : camel(path.Name);
      const type = MEMBER_TYPES[parent.type]?.[member];
      if (!type)
        throw new ActionFailure("NotImplemented", `The fake endpoint does not model ${parent.type}.${member}.`);
      this.calls.push(`${parent.type}.${member}`);
      const args = this.args(path.ArgumentInfo);
      const object =
        path.ObjectPathType === 4
          ? parent.object[member]
          : path.ObjectPathType === 5
            ? (parent.object.getItem as (key: unknown) => unknown)(args[0])
            : parent.type === "Range" && member in RANGE_METHODS
              ? RANGE_METHODS[member]!(parent.object, parent.sheet!, args)
              : (parent.object[member] as (...a: unknown[]) => unknown)(...args);
      const sheet = type === "Worksheet" ? (object as Excelish) : parent.sheet;
      resolved = { object: (object ?? {}) as Excelish, type, sheet };
    }
    this.objects.set(id, resolved);
    return resolved;
  }
}
