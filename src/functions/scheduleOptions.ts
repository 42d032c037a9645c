/**
 * Reading the `options` of MERGER.SCHEDULE and SCHEDULE_CHECK: a range of labelled switches (label
 * in one column, value beside it) or flags as text ("short-form, simplified, listed",
 * "meeting=2024-06-25"). Labels are matched without regard to case, spaces, hyphens or
 * underscores, in English or Japanese. A switch left empty keeps its default.
 */
import type { DayNumber } from "../core/calendar/dayNumber";
import { invalid, quoted } from "../core/errors";
import { parseWholeNumberText } from "../core/exact/numberText";
import type { Language } from "../core/schedule/citation";
import { defaultOptions, type ScheduleOptions, type TransactionKind } from "../core/schedule/transaction";
import { wordIn } from "../core/wordTable";
import { asMatrix, describe, excelDay, isBlank, type Cell } from "./cells";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Switch = keyof Pick<
  ScheduleOptions,
  | "shortForm"
  | "shortFormAcquiring"
  | "simplified"
  | "listed"
  | "doublePublicNotice"
  | "creditorProtection"
  | "rights"
  | "effectiveDayCounted"
  | "narrowHolidays"
  | "broadHolidays"
  | "shareCertificates"
  | "wholeUnits"
  | "nonPublic"
>;
type DateOption = keyof Pick<ScheduleOptions, "meetingAcquired" | "meetingAcquiring" | "recordDate">;
type CountOption = keyof Pick<ScheduleOptions, "gazetteLeadDays" | "delistingSessions">;
type OptionKey = Switch | DateOption | CountOption | "language";

const normalise = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-–—]+/g, " ")
    .trim();

/** Every label accepted, normalised, with the option it sets. */
const LABELS: Record<string, OptionKey> = {
  "short form": "shortForm",
  "short form dissolving": "shortForm",
  "short form subsidiary": "shortForm",
  略式: "shortForm",
  略式合併: "shortForm",
  略式株式交換: "shortForm",
  "short form surviving": "shortFormAcquiring",
  "short form parent": "shortFormAcquiring",
  simplified: "simplified",
  簡易: "simplified",
  簡易合併: "simplified",
  簡易株式交換: "simplified",
  listed: "listed",
  上場: "listed",
  "double public notice": "doublePublicNotice",
  "public notice": "doublePublicNotice",
  二重公告: "doublePublicNotice",
  "creditor protection": "creditorProtection",
  債権者保護: "creditorProtection",
  債権者保護手続: "creditorProtection",
  rights: "rights",
  "stock acquisition rights": "rights",
  新株予約権: "rights",
  "count effective date": "effectiveDayCounted",
  効力発生日算入: "effectiveDayCounted",
  "narrow holidays": "narrowHolidays",
  狭義休日: "narrowHolidays",
  "broad holidays": "broadHolidays",
  広義休日: "broadHolidays",
  "share certificates": "shareCertificates",
  株券: "shareCertificates",
  株券発行会社: "shareCertificates",
  "whole units": "wholeUnits",
  単元未満端数なし: "wholeUnits",
  "non public": "nonPublic",
  "non public company": "nonPublic",
  非公開会社: "nonPublic",
  meeting: "meetingAcquired",
  "meeting dissolving": "meetingAcquired",
  "meeting subsidiary": "meetingAcquired",
  株主総会: "meetingAcquired",
  "meeting surviving": "meetingAcquiring",
  "meeting parent": "meetingAcquiring",
  "record date": "recordDate",
  基準日: "recordDate",
  "gazette lead days": "gazetteLeadDays",
  "delisting sessions": "delistingSessions",
  language: "language",
  言語: "language",
};

const DATE_OPTIONS: readonly OptionKey[] = ["meetingAcquired", "meetingAcquiring", "recordDate"];
/** Whole numbers and the range each may take. */
const COUNT_OPTIONS: Partial<Record<OptionKey, { min: number; max: number; what: string }>> = {
  gazetteLeadDays: { min: 0, max: 365, what: "days" },
  delistingSessions: { min: 1, max: 20, what: "TSE sessions" },
};
const TRUE_WORDS = new Set(["true", "yes", "y", "1", "on", "はい", "有", "あり"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "off", "いいえ", "無", "なし"]);
const LANGUAGES: Record<string, Language> = {
  en: "en",
  english: "en",
  英語: "en",
  ja: "ja",
  japanese: "ja",
  日本語: "ja",
};

export interface ReadOptions {
  readonly options: ScheduleOptions;
  readonly language: Language;
}

function optionKey(label: string, where: string): OptionKey {
  const key = wordIn(LABELS, normalise(label));
  if (key) return key;
  return invalid(
    `${where}: ${quoted(label)} is not an option; use short-form, short-form surviving, simplified, listed, double public notice, ` +
      "creditor protection, rights, share certificates, whole units, non-public, meeting, meeting surviving, record date, " +
      "count effective date, " +
      "narrow holidays, broad holidays, " +
      "gazette lead days, delisting sessions, language.",
  );
}

function switchValue(value: Cell, label: string, where: string): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && (value === 0 || value === 1)) return value === 1;
  if (typeof value === "string") {
    const word = normalise(value);
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return invalid(`${where}: ${describe(value)} is not TRUE or FALSE for "${label}".`);
}

function set(
  read: { options: Mutable<ScheduleOptions>; language: Language },
  label: string,
  value: Cell,
  where: string,
) {
  const key = optionKey(label, where);
  if (isBlank(value)) return;
  if (key === "language") {
    const language = typeof value === "string" ? wordIn(LANGUAGES, normalise(value)) : undefined;
    read.language = language ?? invalid(`${where}: ${describe(value)} is not a language; give "en" or "ja".`);
  } else if (COUNT_OPTIONS[key]) {
    const { min, max, what } = COUNT_OPTIONS[key]!;
    // Text in the one number grammar: "0x1F" and "1e2" are not counts anyone writes.
    const whole = typeof value === "string" ? parseWholeNumberText(value) : undefined;
    const count = typeof value === "number" ? value : whole === undefined ? NaN : Number(whole);
    if (!Number.isInteger(count) || count < min || count > max) {
      invalid(`${where}: ${describe(value)} is not a number of ${what} from ${min} to ${max} for "${label}".`);
    }
    read.options[key as CountOption] = count;
  } else if (DATE_OPTIONS.includes(key)) {
    read.options[key as DateOption] = excelDay(value, `${where} (${label})`) as DayNumber;
  } else read.options[key as Switch] = switchValue(value, label, where);
}

/** "short-form, simplified", "meeting=2024-06-25", "listed: FALSE": flags separated by , ; 、 or new lines. */
function readFlags(text: string, read: { options: Mutable<ScheduleOptions>; language: Language }, where: string) {
  for (const flag of text.split(/[,;、，；\n]+/)) {
    if (flag.trim() === "") continue;
    const m = /^([^=:：＝]+)[=:：＝](.*)$/.exec(flag);
    if (m) set(read, m[1]!, m[2]!.trim(), where);
    else set(read, flag, true, where);
  }
}

export function readScheduleOptions(value: Cell | Cell[][], kind: TransactionKind): ReadOptions {
  const read = { options: { ...defaultOptions(kind) } as Mutable<ScheduleOptions>, language: "en" as Language };
  const matrix = asMatrix(value);
  const columns = matrix[0]?.length ?? 0;
  if (columns > 2) {
    invalid(`options: the range has ${columns} columns; give two (label, value) or one column of flags as text.`);
  }
  matrix.forEach((row, r) => {
    const where = `options row ${r + 1}`;
    const [label, setting] = row;
    if (isBlank(label)) {
      if (columns === 2 && !isBlank(setting)) invalid(`${where}: a value without a label; name the option beside it.`);
      return;
    }
    if (typeof label !== "string")
      invalid(`${where}: ${describe(label)} is not an option label; give text such as "listed".`);
    if (columns === 2) set(read, label, setting, where);
    else readFlags(label, read, where);
  });
  return read;
}
