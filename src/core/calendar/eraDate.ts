/**
 * Japanese era dates (和暦), as registers, minutes and filings write them: 令和5年10月31日,
 * R5.10.31, 平成25年10月31日, H25/10/31, 昭和64年1月7日, and 元年 for an era's first year. Read after
 * NFKC, so full-width digits and letters and the one-character era signs (㍻, ㋿) are read too.
 * A date outside its era (平成31年5月1日: Heisei ended on 30 April 2019) is refused, naming the era
 * the day falls in, never moved silently into the next era.
 */

export interface Era {
  readonly kanji: string;
  readonly letter: string;
  readonly english: string;
  /** The first and last day of the era as [year, month, day]; the current era has no last day. */
  readonly first: readonly [number, number, number];
  readonly last?: readonly [number, number, number];
}

/** Showa began on 1926-12-25; Heisei on 1989-01-08 (Showa 64 ended on 01-07); Reiwa on 2019-05-01. */
export const ERAS: readonly Era[] = [
  { kanji: "昭和", letter: "S", english: "Showa", first: [1926, 12, 25], last: [1989, 1, 7] },
  { kanji: "平成", letter: "H", english: "Heisei", first: [1989, 1, 8], last: [2019, 4, 30] },
  { kanji: "令和", letter: "R", english: "Reiwa", first: [2019, 5, 1] },
];

export type EraDate =
  | { readonly kind: "date"; readonly year: number; readonly month: number; readonly day: number }
  /** A well-formed era date that its era never reached or had left: `era` is the one named. */
  | {
      readonly kind: "outsideEra";
      readonly era: Era;
      readonly text: string;
      /** The Gregorian reading, "2019-05-01", and the era it falls in, if any. */
      readonly gregorian: string;
      readonly actualEra: Era | undefined;
    };

const ERA_DATE =
  /^(昭和|平成|令和|[SHR])\s*(元|\d{1,3})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2}))$/i;

const serial = ([y, m, d]: readonly [number, number, number]) => y * 10_000 + m * 100 + d;

/** The era a Gregorian day falls in; undefined before Showa. */
export function eraOf(year: number, month: number, day: number): Era | undefined {
  const at = serial([year, month, day]);
  return ERAS.find((era) => at >= serial(era.first) && (era.last === undefined || at <= serial(era.last)));
}

const iso = ([y, m, d]: readonly [number, number, number]) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** An era date's Gregorian year, month and day; undefined when the text is not an era date at all. */
export function parseEraDate(text: string): EraDate | undefined {
  const clean = text.normalize("NFKC").trim();
  const m = ERA_DATE.exec(clean);
  if (!m) return undefined;
  const name = m[1]!.toUpperCase();
  const era = ERAS.find((e) => e.kanji === name || e.letter === name)!;
  const eraYear = m[2] === "元" ? 1 : Number(m[2]);
  const month = Number(m[3] ?? m[5]);
  const day = Number(m[4] ?? m[6]);
  const year = era.first[0] - 1 + eraYear;
  const at = serial([year, month, day]);
  if (eraYear < 1 || at < serial(era.first) || (era.last !== undefined && at > serial(era.last))) {
    const gregorian = iso([year, month, day]);
    return { kind: "outsideEra", era, text: clean, gregorian, actualEra: eraOf(year, month, day) };
  }
  return { kind: "date", year, month, day };
}

/**
 * Why an era date is refused, in English: "平成31年5月1日 is outside the Heisei era (平成,
 * 1989-01-08 to 2019-04-30): 2019-05-01 falls in Reiwa (令和)."
 */
export function outsideEraMessage(refused: Extract<EraDate, { kind: "outsideEra" }>): string {
  const { era, actualEra } = refused;
  const span = era.last ? `${iso(era.first)} to ${iso(era.last)}` : `from ${iso(era.first)}`;
  const where = actualEra ? `${refused.gregorian} falls in ${actualEra.english} (${actualEra.kanji})` : "no such day";
  return `${refused.text} is outside the ${era.english} era (${era.kanji}, ${span}): ${where}. Check the era and year.`;
}
