/**
 * The edge between Excel and the core: Excel's argument values in, Excel errors out.
 * Every custom function runs its computation through `excelResult`, so a DomainError becomes
 * #VALUE! or #N/A with its message (the only two Excel errors that show one).
 */
import { DomainError } from "../core/errors";

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
