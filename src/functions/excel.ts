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

/** Excel's smallest number above 0 (its specifications: 2.2251E-308, the least normal double). */
const SMALLEST_POSITIVE = 2 ** -1022;

/** |a| as "9.9e615" or "5e-327": two significant digits and the power of ten, however large or small a is. */
function magnitudeText(a: Rational): string {
  const num = a.num < 0n ? -a.num : a.num;
  let power = num.toString().length - a.den.toString().length;
  // 10^power ≤ num/den < 10^(power+1)
  const atLeast = (p: number) => (p >= 0 ? num >= a.den * 10n ** BigInt(p) : num * 10n ** BigInt(-p) >= a.den);
  if (!atLeast(power)) power--;
  const tenths = power >= 1 ? (num * 10n) / (a.den * 10n ** BigInt(power)) : (num * 10n ** BigInt(1 - power)) / a.den;
  const digits = tenths.toString();
  const mantissa = digits[1] === "0" ? digits[0] : `${digits[0]}.${digits[1]}`;
  return `${a.num < 0n ? "-" : ""}${mantissa}e${power}`;
}

/**
 * An exact figure as the number a cell shows: the exact value correctly rounded to a double.
 * Past the largest double (about 1.8e308) Excel would show #NUM! with no message, and a figure
 * nearer 0 than Excel's smallest (2.2e-308) would show as a plausible 0: both are refused here
 * with a message.
 */
export function excelNumber(value: Rational, what: string): number {
  const shown = toNumber(value);
  if (!Number.isFinite(shown)) {
    invalid(
      `${what} comes to about ${magnitudeText(value)}, past 1.8e308, the largest number Excel holds: check the figures and their units.`,
    );
  }
  if (value.num !== 0n && Math.abs(shown) < SMALLEST_POSITIVE) {
    invalid(
      `${what} comes to about ${magnitudeText(value)}, below 2.2e-308, the smallest number above 0 Excel holds (it would show 0): check the figures and their units.`,
    );
  }
  return shown;
}
