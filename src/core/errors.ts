/**
 * Domain errors. The core never touches Office: it throws a DomainError, and the function
 * layer turns its kind into the Excel error (#VALUE! or #N/A, the two that show a message).
 * A refusal a caller may want to tell apart has a type of its own (DateOutOfBounds).
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

  /** The same refusal in other words (a caller naming the argument as the user sees it). */
  withMessage(message: string): DomainError {
    return new DomainError(this.kind, message);
  }
}

/**
 * A date outside what the calendar knows (its holiday data covers 1970–2050), or a question that
 * reaches past it: never answered by a guess. As exchange_calendars' DateOutOfBounds: the
 * argument (`where`) and the date asked about. Excel's #N/A.
 */
export class DateOutOfBounds extends DomainError {
  constructor(
    readonly where: string,
    /** The day number (calendar/dayNumber), kept a number so the errors import nothing. */
    readonly day: number,
    message: string,
  ) {
    super("notAvailable", message);
    this.name = "DateOutOfBounds";
  }

  override withMessage(message: string): DateOutOfBounds {
    return new DateOutOfBounds(this.where, this.day, message);
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

export function outOfBounds(where: string, day: number, message: string): never {
  throw new DateOutOfBounds(where, day, message);
}

/** A user's text in a message, quoted and cut short: a message never echoes a whole pasted column. */
export function quoted(text: string): string {
  return `"${text.length > 40 ? text.slice(0, 40) + "…" : text}"`;
}
