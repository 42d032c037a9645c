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
import { hostileRows, type FunctionName } from "./rows";
import { outcomeOf, problemWith } from "./outcome";

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
    expect(
      problemWith(
        outcomeOf(() => implementation(...args)),
        row.expected,
      ),
    ).toBeUndefined();
  });
});
