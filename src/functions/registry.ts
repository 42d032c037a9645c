/**
 * The one list of the add-in's custom functions (namespace MERGER): for each, its id, its
 * parameters and how Excel hands each over, and the shape of its result. Read by
 * - the template checks (src/templates): the MERGER.* functions a template formula may call;
 * - the formula engine of the preview and the tests: which functions to register, how to adapt
 *   their arguments, and how large an array each call spills before it is evaluated.
 * It is not the declaration: the JSDoc is, and test/functions/declarations.test.ts holds this list
 * (and the Japanese metadata, and the README) to it, read by the metadata plugin's own parser.
 * Data only: it imports no implementation, so the task pane can read it without loading the
 * function modules (they belong to the functions entry, where the metadata plugin registers them).
 *
 * Adding a function:
 * 1. write it, with its `@customfunction` JSDoc, in a module of src/functions (an existing one, or
 *    a new file exported from src/functions/functions.ts, which the build scans for JSDoc);
 * 2. add its entry below: `implementation` is the exported name, `parameters` follow the JSDoc
 *    (`any[][]` → "matrix", `[name]` or `name?` → optional), `result` its return type (`any[][]`
 *    → "matrix", with a `size` rule when it can spill more than one cell);
 * 3. give it a heading and its arguments in the README, and its texts in metadata.ja.json.
 * The declarations test fails until all of them say what the JSDoc says.
 */
import type * as implementations from "./functions";

/** How Excel hands an argument over: a `[][]` declaration gets a 2-D array, anything else one value. */
export type Shape = "scalar" | "matrix";

export interface Parameter {
  readonly name: string;
  readonly shape: Shape;
  readonly optional?: true;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** What an engine knows of an argument before the formula is evaluated. */
export interface ArgumentView {
  /** Omitted, or left empty ("=F(A1,,2)"). */
  readonly omitted: boolean;
  /** The value when the argument is written as a number or a string, else undefined. */
  readonly literal: number | string | undefined;
  /** The size of the range or array it stands for (1 × 1 for a single value). */
  size(): Size;
}

/**
 * A size found by calling the function on sample arguments: for a result whose size depends on
 * its choices (kind, options) but not on its values, when the choices are written out.
 */
export interface Probe {
  readonly probe: readonly unknown[];
}

/**
 * The result: one value, or a 2-D array. `size` tells how far a call spills from its arguments
 * as written; undefined from it means it cannot be known before evaluation.
 */
export type Result =
  | { readonly shape: "scalar" }
  | { readonly shape: "matrix"; readonly size?: (args: readonly ArgumentView[]) => Size | Probe | undefined };

export interface CustomFunction {
  /** The id after "MERGER." */
  readonly id: string;
  readonly implementation: keyof typeof implementations;
  readonly parameters: readonly Parameter[];
  readonly result: Result;
}

export const NAMESPACE = "MERGER";

const ONE: Size = { width: 1, height: 1 };
const choice = (arg: ArgumentView | undefined): string => String(arg?.literal ?? "").toLowerCase();
/** Per-holder results come back in the shape of the holdings. */
const shapeOfFirst = (args: readonly ArgumentView[]): Size => args[0]?.size() ?? ONE;

/** Omitted, or written as a literal: known before evaluation. */
const written = (arg: ArgumentView | undefined): boolean => !arg || arg.omitted || arg.literal !== undefined;
const literalOrNull = (arg: ArgumentView | undefined): unknown => (arg && !arg.omitted ? arg.literal : null) ?? null;

const scalar = (name: string): Parameter => ({ name, shape: "scalar" });
const matrix = (name: string): Parameter => ({ name, shape: "matrix" });
const optional = (parameter: Parameter): Parameter => ({ ...parameter, optional: true });

export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [
  {
    id: "ALLOTMENT_SHARES",
    implementation: "allotmentShares",
    parameters: [
      matrix("holdings"),
      scalar("ratio"),
      optional(scalar("excluded")),
      optional(scalar("result")),
      optional(scalar("language")),
    ],
    result: {
      shape: "matrix",
      size: (args) => {
        const result = choice(args[3]);
        if (result === "summary") return { width: 2, height: 10 };
        return result === "holders" || result === "fractions" ? shapeOfFirst(args) : ONE;
      },
    },
  },
  {
    id: "ODD_LOT",
    implementation: "oddLot",
    parameters: [matrix("shares"), optional(scalar("unit")), optional(scalar("result"))],
    result: {
      shape: "matrix",
      size: (args) => {
        const shape = shapeOfFirst(args);
        return choice(args[2]) === "all" ? { width: shape.width * 3, height: shape.height } : shape;
      },
    },
  },
  {
    id: "FRACTION_CASH",
    implementation: "fractionCashInLieu",
    parameters: [
      matrix("holdings"),
      scalar("ratio"),
      scalar("proceeds"),
      optional(scalar("rounding")),
      optional(scalar("result")),
    ],
    result: { shape: "matrix", size: (args) => (choice(args[4]) === "residual" ? ONE : shapeOfFirst(args)) },
  },
  {
    id: "CONSOLIDATION",
    implementation: "consolidation",
    parameters: [
      matrix("holdings"),
      scalar("ratio"),
      optional(scalar("result")),
      optional(scalar("price")),
      optional(scalar("language")),
      optional(scalar("proceeds")),
      optional(scalar("rounding")),
    ],
    result: {
      shape: "matrix",
      size: (args) => {
        const result = choice(args[2]);
        if (result === "summary" || result === "check") return { width: 2, height: 10 };
        return ["holders", "fractions", "cash", "paid"].includes(result) ? shapeOfFirst(args) : ONE;
      },
    },
  },
  {
    id: "SQUEEZE_OUT_RATIO",
    implementation: "squeezeOutRatio",
    parameters: [matrix("holdings"), scalar("acquirer"), optional(scalar("treasury")), optional(scalar("result"))],
    result: { shape: "matrix", size: (args) => (choice(args[3]) === "round" ? { width: 1, height: 3 } : ONE) },
  },
  {
    id: "SQUEEZE_OUT_TEST",
    implementation: "squeezeOutTestFunction",
    parameters: [
      matrix("holdings"),
      scalar("acquirer"),
      scalar("ratio"),
      optional(scalar("treasury")),
      optional(scalar("result")),
    ],
    result: { shape: "matrix", size: (args) => (choice(args[4]) === "all" ? { width: 1, height: 5 } : ONE) },
  },
  {
    id: "AUTHORISED_SHARES_TEST",
    implementation: "authorisedSharesTestFunction",
    parameters: [
      scalar("authorised_after"),
      scalar("issued_after"),
      optional(scalar("public_company")),
      optional(scalar("result")),
    ],
    result: { shape: "matrix", size: (args) => (choice(args[3]) === "all" ? { width: 1, height: 2 } : ONE) },
  },
  {
    id: "SPECIAL_CONTROLLING",
    implementation: "specialControlling",
    parameters: [
      scalar("voting_rights_held"),
      scalar("voting_rights_total"),
      optional(scalar("subsidiaries")),
      optional(scalar("threshold")),
      optional(scalar("result")),
    ],
    result: { shape: "matrix", size: (args) => (choice(args[4]) === "all" ? { width: 1, height: 2 } : ONE) },
  },
  {
    id: "AVG_CLOSE_30",
    implementation: "avgClose30",
    parameters: [
      matrix("dates"),
      matrix("closes"),
      scalar("reference_date"),
      optional(scalar("days")),
      optional(matrix("closed_dates")),
      optional(scalar("rounding")),
      optional(scalar("result")),
      optional(matrix("adjustments")),
      optional(scalar("language")),
    ],
    result: { shape: "matrix", size: (args) => (choice(args[6]) === "detail" ? { width: 2, height: 6 } : ONE) },
  },
  {
    id: "VWAP",
    implementation: "vwap",
    parameters: [
      matrix("dates"),
      matrix("turnover"),
      matrix("volumes"),
      scalar("reference_date"),
      optional(scalar("days")),
      optional(matrix("closed_dates")),
      optional(scalar("rounding")),
      optional(matrix("adjustments")),
    ],
    result: { shape: "scalar" },
  },
  {
    id: "TSE_IS_SESSION",
    implementation: "tseIsSession",
    parameters: [scalar("date"), optional(matrix("closed_dates"))],
    result: { shape: "scalar" },
  },
  {
    id: "TSE_WORKDAY",
    implementation: "tseWorkday",
    parameters: [scalar("date"), scalar("n"), optional(matrix("closed_dates"))],
    result: { shape: "scalar" },
  },
  {
    id: "TSE_WINDOW",
    implementation: "tseWindow",
    parameters: [scalar("reference_date"), optional(scalar("days")), optional(matrix("closed_dates"))],
    result: {
      shape: "matrix",
      // A session count is known before evaluation; a calendar period ("1M") is not.
      size: (args) => {
        const days = args[1];
        if (!days || days.omitted) return { width: 1, height: 30 };
        return typeof days.literal === "number" ? { width: 1, height: days.literal } : undefined;
      },
    },
  },
  {
    id: "SHORT_FORM",
    implementation: "shortForm",
    parameters: [
      scalar("voting_rights_held"),
      scalar("voting_rights_total"),
      optional(scalar("threshold")),
      optional(scalar("result")),
    ],
    result: { shape: "scalar" },
  },
  {
    id: "SIMPLIFIED",
    implementation: "simplified",
    parameters: [
      scalar("shares_delivered"),
      scalar("book_value_per_share"),
      scalar("net_assets"),
      optional(scalar("other_consideration")),
      optional(scalar("limit")),
      optional(scalar("net_assets_floor")),
      optional(scalar("result")),
    ],
    result: { shape: "matrix", size: (args) => (choice(args[6]) === "all" ? { width: 1, height: 4 } : ONE) },
  },
  {
    id: "SIMPLIFIED_ARTICLE",
    implementation: "simplifiedArticle",
    parameters: [scalar("effective_date"), optional(scalar("language"))],
    result: { shape: "scalar" },
  },
  {
    id: "RATIO_RANGE",
    implementation: "ratioRange",
    parameters: [
      scalar("target_low"),
      scalar("target_high"),
      scalar("acquirer_low"),
      scalar("acquirer_high"),
      optional(scalar("decimals")),
      optional(scalar("rounding")),
    ],
    result: { shape: "matrix", size: () => ({ width: 2, height: 1 }) },
  },
  {
    id: "MARKET_RATIO",
    implementation: "marketRatioTable",
    parameters: [
      matrix("target_dates"),
      matrix("target_closes"),
      matrix("acquirer_dates"),
      matrix("acquirer_closes"),
      scalar("reference_date"),
      optional(matrix("periods")),
      optional(scalar("decimals")),
      optional(scalar("rounding")),
      optional(matrix("adjustments")),
    ],
    result: {
      shape: "matrix",
      // A header row, then a row per period: four by default, one for a literal, one per cell of a range.
      size: (args) => {
        const periods = args[5];
        if (!periods || periods.omitted) return { width: 4, height: 5 };
        if (periods.literal !== undefined) return { width: 4, height: 2 };
        const shape = periods.size();
        return { width: 4, height: 1 + shape.width * shape.height };
      },
    },
  },
  {
    id: "PREMIUM",
    implementation: "premium",
    parameters: [matrix("offer"), matrix("reference"), optional(scalar("decimals")), optional(scalar("rounding"))],
    result: {
      shape: "matrix",
      // Element by element; a single offer against a range of references takes the references' shape.
      size: (args) => {
        const offer = shapeOfFirst(args);
        return offer.width * offer.height === 1 && args[1] && !args[1].omitted ? args[1].size() : offer;
      },
    },
  },
  {
    id: "VARIABLE_RATIO",
    implementation: "variableRatio",
    parameters: [
      scalar("amount"),
      scalar("average_price"),
      optional(scalar("floor_price")),
      optional(scalar("cap_price")),
      optional(scalar("decimals")),
      optional(scalar("rounding")),
    ],
    result: { shape: "scalar" },
  },
  {
    id: "NET_ASSETS_PER_SHARE",
    implementation: "netAssetsPerShare",
    parameters: [
      scalar("net_assets"),
      scalar("issued"),
      optional(scalar("treasury")),
      optional(matrix("adjustments")),
      optional(scalar("tax_rate")),
    ],
    result: { shape: "scalar" },
  },
  {
    id: "ADJUSTED_PRICES",
    implementation: "adjustedPrices",
    parameters: [matrix("dates"), matrix("values"), matrix("adjustments"), optional(scalar("kind"))],
    result: { shape: "matrix", size: (args) => args[1]?.size() ?? ONE },
  },
  {
    id: "EX_DATE",
    implementation: "exDate",
    parameters: [scalar("record_date"), optional(matrix("closed_dates")), optional(scalar("result"))],
    result: { shape: "scalar" },
  },
  {
    id: "SCHEDULE",
    implementation: "scheduleTable",
    parameters: [
      scalar("effective_date"),
      optional(scalar("kind")),
      optional(matrix("options")),
      optional(scalar("result")),
    ],
    result: {
      shape: "matrix",
      // The rows follow the kind and options, not the date: drawn for any open day when they are written out.
      size: (args) =>
        args.slice(1).every(written)
          ? { probe: [args[0]?.literal ?? "2030-04-01", ...[1, 2, 3].map((i) => literalOrNull(args[i]))] }
          : undefined,
    },
  },
  {
    id: "SCHEDULE_CHECK",
    implementation: "scheduleCheck",
    parameters: [
      matrix("planned_dates"),
      scalar("effective_date"),
      optional(scalar("kind")),
      optional(matrix("options")),
    ],
    // A header row, then one row per row of planned dates.
    result: { shape: "matrix", size: (args) => ({ width: 7, height: shapeOfFirst(args).height + 1 }) },
  },
  {
    id: "RIGHTS_CONVERSION",
    implementation: "rightsConversion",
    parameters: [
      scalar("shares_per_right"),
      scalar("exercise_price"),
      scalar("ratio"),
      optional(scalar("result")),
      optional(scalar("rounding")),
    ],
    result: { shape: "matrix", size: (args) => (choice(args[3]) === "all" ? { width: 2, height: 1 } : ONE) },
  },
  {
    id: "PRO_FORMA",
    implementation: "proForma",
    parameters: [matrix("allotments"), optional(scalar("result"))],
    result: { shape: "matrix", size: (args) => (choice(args[1]) === "total" ? ONE : shapeOfFirst(args)) },
  },
];

/** "MERGER.ALLOTMENT_SHARES", … : the names a formula calls them by. */
export const customFunctionNames = (): string[] => CUSTOM_FUNCTIONS.map((f) => `${NAMESPACE}.${f.id}`);
