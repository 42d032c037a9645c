/**
 * The market price method's ratios (市場株価法, DOMAIN §7): for each window (the close on the
 * reference session, the 1M/3M/6M averages) the target's average ÷ the acquirer's, both over the
 * same window; the method's range spans the windows.
 */
import type { DayNumber } from "../calendar/dayNumber";
import type { SessionCalendar } from "../calendar/sessions";
import { DomainError } from "../errors";
import { divide, type Rational } from "../exact/rational";
import type { PriceAdjustments } from "../market/adjustment";
import { averageClose, type MarketAverage } from "../market/averageClose";
import type { DailySeries } from "../market/dailySeries";
import type { WindowSpec } from "../market/window";

export type Side = "target" | "acquirer";

/** One company's closes, and its splits and consolidations. */
export interface ListedSide {
  readonly closes: DailySeries<Rational>;
  readonly adjustments: PriceAdjustments;
}

export interface WindowRatio {
  readonly target: MarketAverage;
  readonly acquirer: MarketAverage;
  /** Exact: target average ÷ acquirer average. */
  readonly ratio: Rational;
}

/**
 * Runs `compute` on one side's history, so that a refusal names that side's ranges: a message
 * about "dates" becomes "target_dates …", a window without a trade "acquirer_closes: …".
 */
export function onSide<T>(side: Side, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.message.startsWith("dates")) throw error.withMessage(`${side}_${error.message}`);
    if (error.message.startsWith("No trade")) throw error.withMessage(`${side}_closes: ${error.message}`);
    throw error;
  }
}

export function marketRatio(
  calendar: SessionCalendar,
  target: ListedSide,
  acquirer: ListedSide,
  reference: DayNumber,
  spec: WindowSpec,
): WindowRatio {
  const average = (side: Side, listed: ListedSide) =>
    onSide(side, () => averageClose(calendar, listed.closes, reference, spec, listed.adjustments));
  const t = average("target", target);
  const a = average("acquirer", acquirer);
  return { target: t, acquirer: a, ratio: divide(t.average, a.average) };
}
