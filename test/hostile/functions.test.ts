/**
 * The hostile-input table against the function modules, called as Excel calls them: every
 * declared argument (null when omitted), error values in cells as CustomFunctions.Error.
 */
import { allotmentShares, fractionCashInLieu, oddLot } from "../../src/functions/allotment";
import { tseIsSession, tseWindow, tseWorkday } from "../../src/functions/calendar";
import { avgClose30, marketRatioTable, vwap } from "../../src/functions/market";
import { shortForm, simplified, simplifiedArticle } from "../../src/functions/procedure";
import {
  adjustedPrices,
  exDate,
  netAssetsPerShare,
  premium,
  ratioRange,
  variableRatio,
} from "../../src/functions/valuation";
import { rightsConversion } from "../../src/functions/rights";
import { scheduleCheck, scheduleTable } from "../../src/functions/schedule";
import { proForma } from "../../src/functions/transfer";
import { consolidation } from "../../src/functions/consolidation";
import {
  authorisedSharesTestFunction,
  specialControlling,
  squeezeOutRatio,
  squeezeOutTestFunction,
} from "../../src/functions/squeezeOut";
import * as registered from "../../src/functions/functions";
import { CUSTOM_FUNCTIONS } from "../../src/functions/registry";
import { hostileRows, pairCalls, sweepCalls, type FunctionName } from "./rows";
import { messagesOf, outcomeOf, problemWith, silentError } from "./outcome";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const implementations: Record<FunctionName, (...args: any[]) => unknown> = {
  ALLOTMENT_SHARES: allotmentShares,
  ODD_LOT: oddLot,
  FRACTION_CASH: fractionCashInLieu,
  AVG_CLOSE_30: avgClose30,
  VWAP: vwap,
  TSE_IS_SESSION: tseIsSession,
  TSE_WORKDAY: tseWorkday,
  TSE_WINDOW: tseWindow,
  SHORT_FORM: shortForm,
  SIMPLIFIED: simplified,
  SIMPLIFIED_ARTICLE: simplifiedArticle,
  RATIO_RANGE: ratioRange,
  MARKET_RATIO: marketRatioTable,
  PREMIUM: premium,
  VARIABLE_RATIO: variableRatio,
  NET_ASSETS_PER_SHARE: netAssetsPerShare,
  ADJUSTED_PRICES: adjustedPrices,
  EX_DATE: exDate,
  SCHEDULE: scheduleTable,
  SCHEDULE_CHECK: scheduleCheck,
  RIGHTS_CONVERSION: rightsConversion,
  PRO_FORMA: proForma,
  CONSOLIDATION: consolidation,
  SQUEEZE_OUT_RATIO: squeezeOutRatio,
  SQUEEZE_OUT_TEST: squeezeOutTestFunction,
  AUTHORISED_SHARES_TEST: authorisedSharesTestFunction,
  SPECIAL_CONTROLLING: specialControlling,
};

test("the table has at least 100 rows and covers every function", () => {
  expect(hostileRows.length).toBeGreaterThanOrEqual(100);
  expect(new Set(hostileRows.map((row) => row.fn))).toEqual(new Set(Object.keys(implementations)));
});

describe.each(Object.keys(implementations) as FunctionName[])("%s", (fn) => {
  const rows = hostileRows.filter((row) => row.fn === fn);
  test.each(rows.map((row) => [row.case, row] as const))("%s", (_, row) => {
    const implementation = implementations[fn];
    const args = Array.from({ length: implementation.length }, (_, i) => (i < row.args.length ? row.args[i] : null));
    const outcome = outcomeOf(() => implementation(...args));
    expect(problemWith(outcome, row.expected)).toBeUndefined();
    expect(silentError(outcome)).toBeUndefined();
  });
});

/*
 * The sweep: every argument of every function, in every result form, given each hostile value
 * (alone, and as one cell or every cell of a range). Whatever it answers, Excel must be able to
 * show it with an explanation: no error code without a message, no #NUM!.
 */
describe("no error code without a message", () => {
  test.each(Object.keys(implementations) as FunctionName[])("%s, every argument, every hostile value", (fn) => {
    const implementation = implementations[fn];
    const silent: string[] = [];
    const calls = sweepCalls(fn);
    for (const { description, args } of calls) {
      const padded = Array.from({ length: implementation.length }, (_, i) => (i < args.length ? args[i] : null));
      const problem = silentError(outcomeOf(() => implementation(...padded)));
      if (problem) silent.push(`${fn}(${description}): ${problem}`);
    }
    expect(calls.length).toBeGreaterThanOrEqual(25);
    expect({ silent: silent.length, first: silent.slice(0, 8) }).toEqual({ silent: 0, first: [] });
  });
});

/*
 * The same sweep, and extreme numbers set against each other, over every function the registry
 * lists: each message must read as words, never as an object the code forgot to format
 * (PREMIUM once said "The premium ([object Object]) …").
 */
describe("no message shows an unformatted object", () => {
  test.each(CUSTOM_FUNCTIONS.map((f) => [f.id, f] as const))("%s", (id, f) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const implementation = registered[f.implementation] as (...args: any[]) => unknown;
    const calls = [...sweepCalls(id as FunctionName), ...pairCalls(id as FunctionName)];
    const garbled: string[] = [];
    for (const { description, args } of calls) {
      const padded = Array.from({ length: f.parameters.length }, (_, i) => (i < args.length ? args[i] : null));
      for (const message of messagesOf(outcomeOf(() => implementation(...padded)))) {
        if (/\[object \w+\]|undefined|NaN\b(?! is)/.test(message)) garbled.push(`${id}(${description}): ${message}`);
      }
    }
    expect(calls.length).toBeGreaterThanOrEqual(25);
    expect({ garbled: garbled.length, first: garbled.slice(0, 8) }).toEqual({ garbled: 0, first: [] });
  });
});
