/**
 * The market price method's figure (市場株価法, DOMAIN §3): the simple mean of the closes in the
 * window, computed exactly; sessions without a close are left out of the mean. Closes before a
 * split's or consolidation's ex-date are put on the latest share count first.
 */
import type { DayNumber } from "../calendar/dayNumber";
import type { SessionCalendar } from "../calendar/sessions";
import { compare, divide, rational, sumOf, toExactText, type Rational } from "../exact/rational";
import { NO_ADJUSTMENTS, type PriceAdjustments } from "./adjustment";
import type { DailySeries, ValueKind } from "./dailySeries";
import { marketWindow, type MarketWindow, type WindowSpec } from "./window";

export const CLOSE: ValueKind<Rational> = { name: "close", same: (a, b) => compare(a, b) === 0, show: toExactText };

export interface MarketAverage {
  readonly window: MarketWindow;
  /** Exact, before any rounding. */
  readonly average: Rational;
}

export function averageClose(
  calendar: SessionCalendar,
  closes: DailySeries<Rational>,
  reference: DayNumber,
  spec: WindowSpec,
  adjustments: PriceAdjustments = NO_ADJUSTMENTS,
): MarketAverage {
  const window = marketWindow(calendar, closes, reference, spec);
  const sum = sumOf(window.values.map((close, k) => adjustments.price(close, window.traded[k]!)));
  return { window, average: divide(sum, rational(BigInt(window.traded.length))) };
}
