/**
 * Shares of the dissolving company D that receive no allotment (CA 749(1)(iii)): those held by
 * the surviving company S, and D's own treasury shares, which include the shares bought back
 * from dissenting holders (they become treasury on the effective date, CA 786(6)). Shares held
 * by S's subsidiaries are NOT excluded: they are allotted like any other holding.
 */
export interface Exclusions {
  /** D shares held by the surviving company itself. */
  readonly heldBySurviving?: number;
  /** D's treasury shares before the dissenters' buy-back. */
  readonly treasury?: number;
  /** Shares bought back from dissenting holders (CA 785, 786(6)). */
  readonly dissenting?: number;
}

/** Σ of the excluded categories; counts are validated where they are subtracted (eligibleShares). */
export function excludedShares({ heldBySurviving = 0, treasury = 0, dissenting = 0 }: Exclusions): number {
  return heldBySurviving + treasury + dissenting;
}
