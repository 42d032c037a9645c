/**
 * What every rule of a schedule reads (the effective date, the kind, the options and the dates
 * they fix) and the few helpers that make its steps.
 */
import type { DayNumber } from "../calendar/dayNumber";
import { article142Note, article142Reading, type PeriodUse } from "./article142";
import { cite, type Bilingual, type Citation } from "./citation";
import type { Milestone, SideName, StepBase } from "./milestone";
import { isSqueezeOut, type ScheduleOptions, type Side, type TransactionKind } from "./transaction";

export const WHERE = "effective_date";

export interface Context {
  readonly effective: DayNumber;
  readonly kind: TransactionKind;
  readonly options: ScheduleOptions;
  /** Civil Code 142, read as the period's use asks (article142.ts): does a period ending on this day run on? */
  readonly holiday: Record<PeriodUse, (day: DayNumber) => boolean>;
  readonly registryClosed: (day: DayNumber) => boolean;
  /** The latest day for the shareholder notice (CA 785(3), 797(3); 806(3) for a share transfer). */
  readonly noticeBy: DayNumber;
  /** A share transfer's latest notice that E allows, whatever the meeting: also the meeting's own limit. */
  readonly noticeForE: DayNumber;
  /** Each side's meeting: the date given, or the latest it may be held; absent when none is held. */
  readonly meetings: ReadonlyMap<Side, { day: DayNumber; given: boolean }>;
  /** The latest Gazette date and the objection period it opens; absent without creditor protection. */
  readonly gazette?: { event: DayNumber; lastDay: DayNumber };
}

export const sideName = (kind: TransactionKind, side: Side): SideName | undefined =>
  kind === "share transfer" || isSqueezeOut(kind)
    ? undefined
    : kind === "merger"
      ? side === "acquired"
        ? "dissolving"
        : "surviving"
      : side === "acquired"
        ? "subsidiary"
        : "parent";

export function milestone(
  context: Context,
  base: StepBase,
  fields: Omit<Milestone, "step" | "base" | "side">,
  side?: Side,
): Milestone {
  const name = side && sideName(context.kind, side);
  return { step: name ? `${base}-${name}` : base, base, side: name, ...fields };
}

export const CA = (article: number | `${number}-${number}`, paragraph?: number): Citation =>
  cite("CA", article, paragraph);
export const transfer = (context: Context) => context.kind === "share transfer";
/** The companies a schedule has: a share transfer's transferring companies and a squeeze-out's target are one kind. */
export const sides = (context: Context): Side[] =>
  transfer(context) || isSqueezeOut(context.kind) ? ["acquired"] : ["acquired", "acquiring"];

/** A note followed by the reading of Civil Code 142 its period was run on by. */
export function withReading(context: Context, use: PeriodUse, note: Bilingual): Bilingual {
  const reading = article142Note(article142Reading(use, context.options));
  return { en: `${note.en} ${reading.en}`, ja: `${note.ja}${reading.ja}` };
}
