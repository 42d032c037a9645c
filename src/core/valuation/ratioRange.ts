/**
 * The ratio range a valuation method gives (DOMAIN §7): with per-share values as ranges for both
 * sides, a release states "acquirer = 1 : target x – y" with x = target low ÷ acquirer high and
 * y = target high ÷ acquirer low, the widest ratios the two ranges allow.
 */
import { assert } from "../errors";
import { compare, divide, toMessageText, type Rational } from "../exact/rational";

export interface ValueRange {
  readonly low: Rational;
  readonly high: Rational;
}

/** A side's per-share values, checked: both above 0, the low not above the high. */
export function valueRange(low: Rational, high: Rational, side: "target" | "acquirer"): ValueRange {
  assert(low.num > 0n, `${side}_low: ${toMessageText(low)} is not a per-share value above 0.`);
  assert(high.num > 0n, `${side}_high: ${toMessageText(high)} is not a per-share value above 0.`);
  assert(
    compare(low, high) <= 0,
    `${side}_low: ${toMessageText(low)} is above ${side}_high ${toMessageText(high)}; give the low value first.`,
  );
  return { low, high };
}

export function ratioRange(target: ValueRange, acquirer: ValueRange): ValueRange {
  return { low: divide(target.low, acquirer.high), high: divide(target.high, acquirer.low) };
}
