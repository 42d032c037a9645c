/**
 * Domain errors. The core never touches Office: it throws a DomainError, and the function
 * layer turns its kind into the Excel error (#VALUE! or #N/A, the two that show a message).
 */
export type DomainErrorKind =
  /** The input is wrong and the user can fix it: Excel's #VALUE!. */
  | "invalidValue"
  /** The input is well formed but nothing can be answered for it: Excel's #N/A. */
  | "notAvailable";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** The one way the core refuses input: a named message that says what is wrong and how to fix it. */
export function assert(condition: unknown, message: string, kind: DomainErrorKind = "invalidValue"): asserts condition {
  if (!condition) throw new DomainError(kind, message);
}

export function invalid(message: string): never {
  throw new DomainError("invalidValue", message);
}

export function notAvailable(message: string): never {
  throw new DomainError("notAvailable", message);
}

/** A user's text in a message, quoted and cut short: a message never echoes a whole pasted column. */
export function quoted(text: string): string {
  return `"${text.length > 40 ? text.slice(0, 40) + "…" : text}"`;
}
