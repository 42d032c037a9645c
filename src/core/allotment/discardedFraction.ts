import { rational, subtract, type Rational } from "../exact/rational";
import { sharesSold } from "./sharesSold";

/** F − K: what is left of the pool below one share; it is disregarded (切り捨て, CA 234(1)). */
export function discardedFraction(fractionPool: Rational): Rational {
  return subtract(fractionPool, rational(sharesSold(fractionPool)));
}
