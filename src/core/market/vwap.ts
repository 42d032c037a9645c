/**
 * The volume-weighted average price over a window: Σ turnover / Σ volume of its sessions, exact.
 * The same windows as the simple average (DOMAIN §3). Across a split, volumes before its ex-date
 * are put on the latest share count; turnover, in yen, is what it was (DOMAIN §7).
 */
import { isoDate, type DayNumber } from "../calendar/dayNumber";
import { assert } from "../errors";
import { messages } from "../messages";
import type { SessionCalendar } from "../calendar/sessions";
import { add, compare, divide, toExactText, toMessageText, ZERO, type Rational } from "../exact/rational";
import { NO_ADJUSTMENTS, type PriceAdjustments } from "./adjustment";
import type { DailySeries, ValueKind } from "./dailySeries";
import type { MarketAverage } from "./averageClose";
import { marketWindow, type WindowSpec } from "./window";

/** A session's trading: turnover (売買代金) and volume (出来高), both positive. */
export interface Trading {
  readonly turnover: Rational;
  readonly volume: Rational;
}

export const TRADING: ValueKind<Trading> = {
  name: "trade",
  same: (a, b) => compare(a.turnover, b.turnover) === 0 && compare(a.volume, b.volume) === 0,
  show: (t) => `turnover ${toExactText(t.turnover)}, volume ${toExactText(t.volume)}`,
};

export function volumeWeightedAverage(
  calendar: SessionCalendar,
  trading: DailySeries<Trading>,
  reference: DayNumber,
  spec: WindowSpec,
  adjustments: PriceAdjustments = NO_ADJUSTMENTS,
): MarketAverage {
  const window = marketWindow(calendar, trading, reference, spec);
  let turnover = ZERO;
  let volume = ZERO;
  for (let k = 0; k < window.traded.length; k++) {
    const day = window.traded[k]!;
    const t = window.values[k]!;
    // No TSE price is below ¥1, so a day's turnover is at least its volume; below it, the two
    // columns were almost surely given the other way round (swapped, they answer 0.0004 yen).
    assert(
      compare(t.turnover, t.volume) >= 0,
      messages.market.turnoverBelowVolume(isoDate(day), toMessageText(t.turnover), toMessageText(t.volume)),
    );
    turnover = add(turnover, t.turnover);
    volume = add(volume, adjustments.volume(t.volume, day));
  }
  return { window, average: divide(turnover, volume) };
}
