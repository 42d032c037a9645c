/**
 * Σwᵢ + K: the surviving company's shares needed, the whole shares allotted plus those sold for
 * the fractions. Always equal to ⌊eligible shares × r⌋, however the holdings are spread.
 */
export function sharesToProvide(wholeShares: bigint, sold: bigint): bigint {
  return wholeShares + sold;
}
