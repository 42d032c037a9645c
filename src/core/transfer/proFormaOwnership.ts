/**
 * Pro-forma ownership of the holding company formed by a joint share transfer (CA 773): each
 * former company's holders own their allotment over the shares issued, Σ of the allotments.
 * Rounded shares are handed out by the largest remainder (after Dinero.js's allocate): each gets
 * its share cut down to the unit, and the units left over go to the largest remainders, the
 * earlier company first on a tie, so the rounded shares add up to exactly 100%.
 */
import { assert } from "../errors";
import { messages } from "../messages";
import { rational, type Rational } from "../exact/rational";

export function sharesIssued(allotments: readonly bigint[]): bigint {
  return allotments.reduce((sum, a) => sum + a, 0n);
}

/** Each company's exact fraction of the holding company. */
export function ownership(allotments: readonly bigint[]): Rational[] {
  const total = sharesIssued(allotments);
  assert(total > 0n, messages.transfer.allAllotmentsZero());
  return allotments.map((a) => rational(a, total));
}

/** Each company's fraction in units of 1/`units` (10,000 for 0.01%), adding up to `units`. */
export function roundedOwnership(allotments: readonly bigint[], units: bigint): bigint[] {
  const total = sharesIssued(allotments);
  assert(total > 0n, messages.transfer.allAllotmentsZero());
  const cut = allotments.map((a) => (a * units) / total);
  const remainders = allotments.map((a, index) => ({ index, rest: (a * units) % total }));
  let left = units - cut.reduce((sum, c) => sum + c, 0n);
  remainders.sort((x, y) => (x.rest === y.rest ? x.index - y.index : x.rest > y.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    cut[index]! += 1n;
    left--;
  }
  return cut;
}
