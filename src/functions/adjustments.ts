/**
 * Reading an `adjustments` argument: rows of ex-date and factor (shares after ÷ shares before), as
 * a split or consolidation is announced. Rows empty in both cells are skipped; pure, like cells.ts.
 */
import type { SessionCalendar } from "../core/calendar/sessions";
import { invalid } from "../core/errors";
import { priceAdjustments, type AdjustmentEvent, type PriceAdjustments } from "../core/market/adjustment";
import { asMatrix, describe, exactNumber, excelDay, isBlank, isBlankDate, type Cell } from "./cells";

const FACTOR_EXAMPLE = "2 (a 1→2 split) or 0.1 (a 10→1 consolidation)";

/** The events of side-by-side blocks of two columns (ex-date, factor), one list per block. */
function adjustmentEvents(value: Cell | Cell[][], argument: string, sides: readonly string[]): AdjustmentEvent[][] {
  const matrix = asMatrix(value);
  const events = sides.map((): AdjustmentEvent[] => []);
  if (matrix.every((row) => row.every(isBlank))) return events;
  const width = matrix[0]?.length ?? 0;
  if (width !== 2 * sides.length || matrix.some((row) => row.length !== width)) {
    invalid(
      `${argument}: the range is ${matrix.length}×${width}; give ` +
        (sides.length === 1
          ? "two columns: each split's or consolidation's ex-date and factor (shares after ÷ shares before)."
          : "four columns: the target's ex-dates and factors, then the acquirer's (a side without a split left empty)."),
    );
  }
  matrix.forEach((row, r) =>
    sides.forEach((side, k) => {
      const date = row[2 * k];
      const factor = row[2 * k + 1];
      // Older desktop builds send 0 for an empty cell: a row of two zeros is an empty row.
      const noFactor = isBlank(factor) || factor === 0;
      if (isBlankDate(date) && noFactor) return;
      const where = `${argument} row ${r + 1}${side ? ` (${side})` : ""}`;
      if (isBlankDate(date)) invalid(`${where}: the factor ${describe(factor)} has no ex-date; give the ex-date.`);
      if (isBlank(factor)) invalid(`${where}: the ex-date has no factor; give ${FACTOR_EXAMPLE}.`);
      events[k]!.push({
        exDate: excelDay(date, where),
        factor: exactNumber(factor, `${where} factor`, { noun: "a factor", example: FACTOR_EXAMPLE }, true),
        where,
      });
    }),
  );
  return events;
}

/** Two columns, ex-date and factor: AVG_CLOSE_30, VWAP, ADJUSTED_PRICES. */
export function adjustmentsArgument(
  value: Cell | Cell[][],
  argument: string,
  calendar: SessionCalendar,
): PriceAdjustments {
  return priceAdjustments(adjustmentEvents(value, argument, [""])[0]!, calendar);
}

/** Four columns, the target's ex-date and factor, then the acquirer's: MARKET_RATIO. */
export function sideAdjustmentsArgument(
  value: Cell | Cell[][],
  argument: string,
  calendar: SessionCalendar,
): { target: PriceAdjustments; acquirer: PriceAdjustments } {
  const [target, acquirer] = adjustmentEvents(value, argument, ["target", "acquirer"]);
  return { target: priceAdjustments(target!, calendar), acquirer: priceAdjustments(acquirer!, calendar) };
}
