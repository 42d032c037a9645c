import type { Rational } from "../exact/rational";
import { Allotter, type HolderTotals } from "./allotter";

/** Each holder's whole shares and the fraction pool they leave behind. */
export interface HolderAllotment extends HolderTotals {
  /** wᵢ = ⌊hᵢ·r⌋, in the order of the holdings. */
  readonly whole: Float64Array;
}

/**
 * Allots r surviving-company shares per share to each holder of a register already in an array:
 * wᵢ = ⌊hᵢ·r⌋, and pools the fractions (exactly: see Allotter). `holderName(i)` names holder i
 * in messages ("holdings row 3"); by default "holder i+1".
 */
export function allotToHolders(
  holdings: ArrayLike<number>,
  ratio: Rational,
  holderName?: (index: number) => string,
): HolderAllotment {
  const allotter = new Allotter(ratio, holderName);
  const whole = new Float64Array(holdings.length);
  for (let i = 0; i < holdings.length; i++) whole[i] = allotter.add(holdings[i]!);
  return { ...allotter.totals(), whole };
}
