/**
 * The ratio range a valuation method gives (DOMAIN §7): with per-share values as ranges for both
 * sides, a release states "acquirer = 1 : target x – y" with x = target low ÷ acquirer high and
 * y = target high ÷ acquirer low, the widest ratios the two ranges allow.
 */
import { assert } from "../errors";
import { messages } from "../messages";
import { compare, divide, toMessageText, type Rational } from "../exact/rational";

export interface ValueRange {
  readonly low: Rational;
  readonly high: Rational;
}

/** A side's per-share values, checked: both above 0, the low not above the high. */
export function valueRange(low: Rational, high: Rational, side: "target" | "acquirer"): ValueRange {
  assert(low.num > 0n, messages.valuation.valueNotPositive(`${side}_low`, toMessageText(low)));
  assert(high.num > 0n, messages.valuation.valueNotPositive(`${side}_high`, toMessageText(high)));
  assert(compare(low, high) <= 0, messages.valuation.lowAboveHigh(side, toMessageText(low), toMessageText(high)));
  return { low, high };
}

export function ratioRange(target: ValueRange, acquirer: ValueRange): ValueRange {
  return { low: divide(target.low, acquirer.high), high: divide(target.high, acquirer.low) };
}
