/**
 * The statutory schedule of a merger, share exchange, joint share transfer, share consolidation or
 * demand for sale (DOMAIN §8, 9, 11):
 * drawn back from the effective date by the Civil Code's period rules (src/core/schedule), and
 * planned dates checked against it. Dates go out as Excel serials: format those cells as dates.
 */
import { serialFromDay, type DayNumber } from "../core/calendar/dayNumber";
import { invalid, quoted } from "../core/errors";
import { formatCitations, type Language } from "../core/schedule/citation";
import { checkPlanned } from "../core/schedule/checkPlanned";
import { drawSchedule } from "../core/schedule/drawSchedule";
import { CHECK_HEADER, SCHEDULE_HEADER, stepLabel } from "../core/schedule/labels";
import type { Milestone } from "../core/schedule/milestone";
import type { TransactionKind } from "../core/schedule/transaction";
import { wordIn } from "../core/wordTable";
import { asMatrix, cellPlace, choice, describe, enumValues, excelDay, isBlank, isBlankDate, type Cell } from "./cells";
import { excelResult } from "./excel";
import { readScheduleOptions } from "./scheduleOptions";

const KIND_WORDS: Record<string, TransactionKind> = {
  merger: "merger",
  "absorption merger": "merger",
  "absorption-type merger": "merger",
  合併: "merger",
  吸収合併: "merger",
  "share exchange": "share exchange",
  株式交換: "share exchange",
  "share transfer": "share transfer",
  "joint share transfer": "share transfer",
  株式移転: "share transfer",
  共同株式移転: "share transfer",
  "share consolidation": "share consolidation",
  consolidation: "share consolidation",
  株式併合: "share consolidation",
  "demand for sale": "demand for sale",
  "demand for share sale": "demand for sale",
  "squeeze out demand": "demand for sale",
  株式売渡請求: "demand for sale",
  株式等売渡請求: "demand for sale",
};

function kindArgument(kind: Cell): TransactionKind {
  if (isBlank(kind)) return "merger";
  const found =
    typeof kind === "string"
      ? wordIn(
          KIND_WORDS,
          kind
            .normalize("NFKC")
            .trim()
            .toLowerCase()
            .replace(/[\s\-–—]+/g, " "),
        )
      : undefined;
  return (
    found ??
    invalid(
      `kind: ${describe(kind)} is not one of "merger", "share exchange", "share transfer", "share consolidation", "demand for sale".`,
    )
  );
}

const serial = (day: DayNumber | undefined): number | string => (day === undefined ? "" : serialFromDay(day));

/** A schedule row: step, date or first day, last day, article, note. */
function scheduleRow(step: Milestone, language: Language): (number | string)[] {
  return [
    stepLabel(step, language),
    serial(step.first),
    serial(step.last),
    formatCitations(step.citations, language),
    step.note[language],
  ];
}

function schedule(effective_date: Cell, kind: Cell, options: Cell | Cell[][]) {
  const transaction = kindArgument(kind);
  const read = readScheduleOptions(options, transaction);
  const steps = drawSchedule(excelDay(effective_date, "effective_date"), transaction, read.options);
  return { steps, language: read.language };
}

/**
 * The transaction whose schedule is drawn (Japanese names are read too: 合併, 株式交換, 株式移転).
 * @customenum {string}
 */
export enum TransactionKindOption {
  /** A merger (吸収合併). */
  merger = "merger",
  /** A share exchange (株式交換). */
  shareExchange = "share exchange",
  /** A joint share transfer (共同株式移転). */
  shareTransfer = "share transfer",
}

/**
 * What SCHEDULE answers.
 * @customenum {string}
 */
export enum ScheduleResult {
  /** The schedule with a header row. */
  table = "table",
  /** The schedule without a header. */
  rows = "rows",
  /** First and last day of each step only. */
  dates = "dates",
  /** The steps' ids. */
  steps = "steps",
}

const SCHEDULE_RESULTS = enumValues(ScheduleResult);

/**
 * The statutory schedule of a merger, share exchange, joint share transfer, share consolidation or demand for sale, drawn back from its effective date: step, date or first day, last day, article, note.
 * @customfunction SCHEDULE
 * @param effective_date The effective date (E): a date, or text such as "2014-01-01".
 * @param [kind] "merger" (default), "share exchange", "share transfer", "share consolidation" or "demand for sale" (E: the acquisition date).
 * @param [options] Switches: a range of label and value (e.g. short-form TRUE, meeting 2024-06-25), or text flags such as "short-form, simplified, listed, language=ja".
 * @param [result] "table" (default, with a header row), "rows" (no header), "dates" (first and last day only) or "steps" (the steps' ids).
 * @returns The schedule in date order.
 */
export function scheduleTable(
  effective_date: any,
  kind?: TransactionKindOption,
  options?: any[][],
  result?: ScheduleResult,
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function scheduleTable(effective_date: any, kind?: any, options?: any[][], result?: any): any[][];
export function scheduleTable(effective_date: any, kind?: any, options?: any[][], result?: any): any[][] {
  return excelResult(() => {
    const output = choice(result, "result", SCHEDULE_RESULTS, "table");
    const { steps, language } = schedule(effective_date, kind, options);
    switch (output) {
      case "steps":
        return steps.map((step) => [step.step]);
      case "dates":
        return steps.map((step) => [serial(step.first), serial(step.last)]);
      case "rows":
        return steps.map((step) => scheduleRow(step, language));
      case "table":
        return [SCHEDULE_HEADER[language], ...steps.map((step) => scheduleRow(step, language))];
    }
  });
}

/** The step a planned row names: its id ("shareholder-notice") or its label in either language. */
function findStep(steps: readonly Milestone[], name: string, where: string): Milestone {
  const wanted = name.normalize("NFKC").trim().toLowerCase();
  const found = steps.find(
    (step) =>
      step.step === wanted ||
      stepLabel(step, "en").toLowerCase() === wanted ||
      stepLabel(step, "ja").normalize("NFKC") === wanted,
  );
  return (
    found ??
    invalid(
      `${where}: ${quoted(name)} is not a step of this schedule; its steps are the ids SCHEDULE(…, "steps") lists ` +
        `(${steps
          .slice(0, 3)
          .map((step) => step.step)
          .join(", ")}, …) or their labels.`,
    )
  );
}

/**
 * Planned dates checked against the statutory schedule: per step, whether the date meets its limit and by how many days.
 * @customfunction SCHEDULE_CHECK
 * @param planned_dates Two columns: the step (as SCHEDULE names it, id or label) and the planned date; empty dates stay unchecked.
 * @param effective_date The effective date (E): a date, or text such as "2014-01-01".
 * @param [kind] "merger" (default), "share exchange", "share transfer", "share consolidation" or "demand for sale" (E: the acquisition date).
 * @param [options] The same switches as SCHEDULE (a range of label and value, or text flags).
 * @returns A header row, then per row of planned_dates: step, planned, earliest, latest, meets, days to spare, note (empty rows stay empty).
 */
export function scheduleCheck(
  planned_dates: any[][],
  effective_date: any,
  kind?: TransactionKindOption,
  options?: any[][],
): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function scheduleCheck(planned_dates: any[][], effective_date: any, kind?: any, options?: any[][]): any[][];
export function scheduleCheck(planned_dates: any[][], effective_date: any, kind?: any, options?: any[][]): any[][] {
  return excelResult(() => {
    const { steps, language } = schedule(effective_date, kind, options);
    const matrix = asMatrix(planned_dates);
    const columns = matrix[0]?.length ?? 0;
    if (columns !== 2)
      invalid(`planned_dates: the range has ${columns} column(s); give two: the step and its planned date.`);
    const rows: (number | string | boolean)[][] = [CHECK_HEADER[language]];
    matrix.forEach((row, r) => {
      const [name, date] = row;
      const where = `planned_dates ${cellPlace(r, 0, matrix)}`;
      if (isBlank(name)) {
        if (!isBlankDate(date)) invalid(`${where}: a date without a step; name the step beside it.`);
        // An empty row stays empty, so the answer lines up with the planned dates beside it.
        rows.push(["", "", "", "", "", "", ""]);
        return;
      }
      if (typeof name !== "string") invalid(`${where}: ${describe(name)} is not a step; give its name as text.`);
      const step = findStep(steps, name, where);
      const label = stepLabel(step, language);
      if (isBlankDate(date)) {
        rows.push([label, "", serial(step.earliest), serial(step.latest), "", "", ""]);
        return;
      }
      const planned = excelDay(date, `planned_dates ${cellPlace(r, 1, matrix)}`);
      if (step.earliest === undefined && step.latest === undefined) {
        rows.push([label, serialFromDay(planned), "", "", "", "", step.note[language]]);
        return;
      }
      const check = checkPlanned(step, planned, `planned_dates ${cellPlace(r, 1, matrix)}`);
      rows.push([
        label,
        serialFromDay(planned),
        serial(step.earliest),
        serial(step.latest),
        check.meets,
        check.spare,
        check.note?.[language] ?? "",
      ]);
    });
    return rows;
  });
}
