/**
 * Split and consolidation adjustment (DOMAIN §7). A history that straddles an ex-date quotes two
 * share counts; a window's average must put every day on the latest count. A factor is shares
 * after ÷ shares before (2 for a 1→2 split, 1/10 for a 10→1 consolidation): closes on sessions
 * before the ex-date are divided by it, volumes multiplied, turnover unchanged. Events compound.
 */
import { assert, invalid } from "../errors";
import { messages } from "../messages";
import { isoDate, type DayNumber } from "../calendar/dayNumber";
import type { SessionCalendar } from "../calendar/sessions";
import { divide, multiply, rational, toMessageText, type Rational } from "../exact/rational";

/** One split or consolidation: the first session on the new share count, and its factor. */
export interface AdjustmentEvent {
  readonly exDate: DayNumber;
  readonly factor: Rational;
  /** Where the event sits, for messages: "adjustments row 2". */
  readonly where: string;
}

const ONE = rational(1n);

export class PriceAdjustments {
  /** Ex-dates ascending; `after[i]` is the product of the factors of events i … n − 1. */
  private readonly exDates: readonly DayNumber[];
  private readonly after: readonly Rational[];

  constructor(events: readonly AdjustmentEvent[]) {
    const sorted = [...events].sort((a, b) => a.exDate - b.exDate);
    const after: Rational[] = [ONE];
    for (let i = sorted.length - 1; i >= 0; i--) after.unshift(multiply(sorted[i]!.factor, after[0]!));
    this.exDates = sorted.map((event) => event.exDate);
    this.after = after;
  }

  get isEmpty(): boolean {
    return this.exDates.length === 0;
  }

  /** The product of the factors of every event whose ex-date is after `day`. */
  factorOn(day: DayNumber): Rational {
    let low = 0;
    let high = this.exDates.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.exDates[mid]! <= day) low = mid + 1;
      else high = mid;
    }
    return this.after[low]!;
  }

  /** A close on `day`, on the latest share count. */
  price(close: Rational, day: DayNumber): Rational {
    return this.isEmpty ? close : divide(close, this.factorOn(day));
  }

  /** A volume on `day`, on the latest share count. */
  volume(volume: Rational, day: DayNumber): Rational {
    return this.isEmpty ? volume : multiply(volume, this.factorOn(day));
  }
}

export const NO_ADJUSTMENTS = new PriceAdjustments([]);

/**
 * The events checked: each factor above 0, each ex-date a session (an effective or record date
 * typed instead would shift the adjustment by days), one event per ex-date.
 */
export function priceAdjustments(events: readonly AdjustmentEvent[], calendar: SessionCalendar): PriceAdjustments {
  if (events.length === 0) return NO_ADJUSTMENTS;
  const seen = new Map<DayNumber, string>();
  for (const { exDate, factor, where } of events) {
    assert(factor.num > 0n, messages.market.factorNotPositive(where, toMessageText(factor)));
    if (!calendar.isSession(exDate, where)) {
      invalid(messages.market.exDateNotSession(where, isoDate(exDate)));
    }
    const earlier = seen.get(exDate);
    if (earlier) {
      invalid(messages.market.exDateTwice(where, isoDate(exDate), earlier));
    }
    seen.set(exDate, where);
  }
  return new PriceAdjustments(events);
}
