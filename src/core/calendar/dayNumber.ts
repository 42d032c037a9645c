/**
 * Calendar days as integer day numbers: days since 1970-01-01 (day 0, a Thursday).
 *
 * A trading date is a day on the Tokyo calendar, not an instant, so nothing here reads the
 * machine's clock or zone: conversions go through Date.UTC and UTC getters only.
 */
import { invalid } from "../errors";
import { messages } from "../messages";
import { outsideEraMessage, parseEraDate } from "./eraDate";

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export interface YearMonthDay {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/** The day number of a year, month (1–12) and day; month and day must form a real date. */
export function dayFromParts(year: number, month: number, day: number): DayNumber | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function partsOfDay(day: DayNumber): YearMonthDay {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export const weekday = (day: DayNumber): number => (((day + 4) % 7) + 7) % 7;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** "2013-10-31" */
export function isoDate(day: DayNumber): string {
  const { year, month, day: d } = partsOfDay(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

// 2013-10-31, 2013/10/31, 2013/9/18, 2013年10月31日 (after NFKC, so full-width digits too).
const DATE_TEXT = /^(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?$/;

/**
 * A date typed as text: Gregorian (2013-10-31, 2013/10/31, 2013年10月31日) or a Japanese era date
 * (令和5年10月31日, R5.10.31, 平成25年10月31日; see eraDate). Undefined when the text is not a real
 * date; `dateTextProblem` says why when the reason is more than that.
 */
export function parseDateText(text: string): DayNumber | undefined {
  const m = DATE_TEXT.exec(text.normalize("NFKC").trim());
  if (m) return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  const era = parseEraDate(text);
  return era?.kind === "date" ? dayFromParts(era.year, era.month, era.day) : undefined;
}

/** Why a text is not a date, when it is an era date outside its era; undefined otherwise. */
export function dateTextProblem(text: string): string | undefined {
  const era = parseEraDate(text);
  return era?.kind === "outsideEra" ? outsideEraMessage(era) : undefined;
}

/*
 * Excel's 1900 date system: serial 1 = 1900-01-01 and serial 60 is 1900-02-29, a day that never
 * existed (Lotus 1-2-3 took 1900 for a leap year). From serial 61 (1900-03-01) on, a serial is
 * the day number + 25569.
 */
const SERIAL_OF_DAY_ZERO = 25_569;
const FICTITIOUS_LEAP_DAY = 60;
const LAST_SERIAL = 2_958_465; // 9999-12-31, the last date Excel shows

/** Whether a serial is a day from 1900-03-01 on (serial 61 …), where no fictitious leap day intervenes. */
export function isCommonSerial(serial: number): boolean {
  return serial >= FICTITIOUS_LEAP_DAY + 1 && serial < LAST_SERIAL + 1;
}

/**
 * The day of a serial that `isCommonSerial` accepts. Apart from `serialDay` so that a loop over a
 * long column keeps its days as integers (a result that may be undefined is held boxed); `| 0`
 * truncates as Math.trunc does for 1 ≤ serial < 2³¹, and measured cheaper.
 */
export function commonSerialDay(serial: number): DayNumber {
  return (serial | 0) - SERIAL_OF_DAY_ZERO;
}

/**
 * The calendar day of an Excel serial, or undefined when it names none; a time of day (the
 * fraction) is dropped, as WORKDAY does. Arithmetic only, so a long date column is read without
 * building a message per cell.
 */
export function serialDay(serial: number): DayNumber | undefined {
  if (isCommonSerial(serial)) return commonSerialDay(serial);
  if (!(serial >= 1 && serial < FICTITIOUS_LEAP_DAY)) return undefined; // NaN fails too, and so does 1900-02-29
  return (serial | 0) - SERIAL_OF_DAY_ZERO + 1;
}

/** The calendar day of an Excel serial, refusing one that names no day. */
export function dayFromSerial(serial: number, where: string): DayNumber {
  const day = serialDay(serial);
  if (day !== undefined) return day;
  if (Math.trunc(serial) === FICTITIOUS_LEAP_DAY) {
    invalid(messages.calendar.fictitiousLeapDay(where));
  }
  return invalid(messages.calendar.notSerial(where, serial, LAST_SERIAL));
}

export function serialFromDay(day: DayNumber): number {
  const serial = day + SERIAL_OF_DAY_ZERO;
  return serial > FICTITIOUS_LEAP_DAY ? serial : serial - 1;
}
