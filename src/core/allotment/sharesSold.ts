import { floor, type Rational } from "../exact/rational";

/** K = ⌊F⌋: the whole shares made up of the pooled fractions, sold for cash (CA 234(1)). */
export function sharesSold(fractionPool: Rational): bigint {
  return floor(fractionPool);
}
