/**
 * Σ of share counts that are each exact in a double. The double sum only grows, so while it stays
 * within 2^53 it lost no digit; beyond that the sum is redone on BigInt. Pass the double sum when
 * a loop already has it.
 */
export function shareTotal(counts: ArrayLike<number>, doubleSum: number = sumDoubles(counts)): bigint {
  if (doubleSum <= Number.MAX_SAFE_INTEGER) return BigInt(doubleSum);
  let sum = 0n;
  for (let i = 0; i < counts.length; i++) sum += BigInt(counts[i]);
  return sum;
}

function sumDoubles(counts: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i];
  return sum;
}
