/**
 * The edge between Excel and the core: Excel's argument values in, Excel errors out.
 * Every custom function runs its computation through `excelResult`, so a DomainError becomes
 * #VALUE! or #N/A with its message (the only two Excel errors that show one).
 */
import { DomainError, invalid } from "../core/errors";
import { toNumber, type Rational } from "../core/exact/rational";

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof DomainError) {
    const code =
      error.kind === "notAvailable" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  // A failure we did not foresee is still an error, never a number.
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Unexpected failure: ${message}`);
}

export function excelResult<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * An exact figure as the number a cell shows: the exact value correctly rounded to a double.
 * Past the largest double (about 1.8e308) Excel would show #NUM! with no message, so it is
 * refused here with one.
 */
export function excelNumber(value: Rational, what: string): number {
  const shown = toNumber(value);
  if (!Number.isFinite(shown)) {
    const whole = ((value.num < 0n ? -value.num : value.num) / value.den).toString();
    const about = `${value.num < 0n ? "-" : ""}${whole[0]}.${whole[1] ?? 0}e${whole.length - 1}`;
    invalid(
      `${what} comes to about ${about}, past 1.8e308, the largest number Excel holds: check the figures and their units.`,
    );
  }
  return shown;
}
