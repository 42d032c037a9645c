/**
 * The adjusted net asset method (修正簿価純資産法, DOMAIN §7): book net assets plus unrealised gains
 * (+) and losses (−), net of tax at the rate given, over the shares outstanding (issued less
 * treasury, as Ord. 25 counts book value per share).
 */
import { assert } from "../errors";
import { messages } from "../messages";
import {
  add,
  compare,
  divide,
  multiply,
  rational,
  subtract,
  sumOf,
  toMessageText,
  type Rational,
} from "../exact/rational";

export interface NetAssets {
  readonly netAssets: Rational;
  readonly issued: bigint;
  readonly treasury: bigint;
  /** Unrealised gains (+) and losses (−) on assets, before tax. */
  readonly adjustments: readonly Rational[];
  /** 0 ≤ rate < 1. */
  readonly taxRate: Rational;
}

export function netAssetsPerShare({ netAssets, issued, treasury, adjustments, taxRate }: NetAssets): Rational {
  assert(issued > 0n, messages.valuation.noSharesIssued());
  assert(treasury >= 0n && treasury < issued, messages.valuation.noSharesOutstanding(treasury, issued));
  assert(
    taxRate.num >= 0n && compare(taxRate, rational(1n)) < 0,
    messages.valuation.notTaxRate(toMessageText(taxRate)),
  );
  const afterTax = multiply(sumOf(adjustments), subtract(rational(1n), taxRate));
  return divide(add(netAssets, afterTax), rational(issued - treasury));
}
