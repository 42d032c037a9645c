/**
 * A table input (a price history, a shareholder register): its rows at a glance, CSV import with
 * a report of the rows refused and why, and the validation messages of its cells.
 */
import { useRef, useState } from "react";
import {
  Button,
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TableRows, TemplateInput } from "../../templates";
import type { Language } from "../../plan/plan";
import type { Messages } from "../i18n";
import type { CsvEncoding } from "../import/decode";
import type { OtherAdjustment } from "../import/adjustmentFactors";
import type { FileProblem, RefusedRow } from "../import/problems";
import { splitsFromFile, type SplitsOutcome } from "../import/splitsTable";
import { readTable } from "../import/readTable";
import { tableImportFor } from "../import/tableImport";

const SHOWN_ROWS = 5;
const SHOWN_REFUSALS = 10;

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  count: { color: tokens.colorNeutralForeground3, flexGrow: 1 },
  hint: { color: tokens.colorNeutralForeground3 },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "left" },
    "& th": { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  refusals: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: "none" },
});

type ImportReport =
  | {
      ok: true;
      file: string;
      rows: number;
      encoding: CsvEncoding;
      refused: readonly RefusedRow[];
      splits?: SplitsOutcome;
      otherAdjustment?: OtherAdjustment;
    }
  | { ok: false; file: string; problem: FileProblem };

interface Props {
  t: Messages;
  language: Language;
  input: TemplateInput;
  rows: TableRows;
  problems: Readonly<Record<string, string>>;
  /** The rows the sheet can be built with, the other inputs as they are now (tableRowsThatFit). */
  rowsThatFit(): number;
  onChange(rows: TableRows): void;
  /** The template's splits table, which a price file's adjustment factors fill or are checked against. */
  splits?: { rows: TableRows; onChange(rows: TableRows): void };
}

export function TableInputField({ t, language, input, rows, problems, rowsThatFit, onChange, splits }: Props) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ImportReport>();
  /** The file being read, while it is. */
  const [reading, setReading] = useState<string>();
  const importer = tableImportFor(input);
  const columns = input.columns ?? [];
  const cellProblems = Object.entries(problems).filter(([key]) => key === input.id || key.startsWith(`${input.id}[`));

  const importFile = async (file: File | undefined) => {
    if (!file || !importer) return;
    setReading(file.name);
    const result = await readTable(input, file, rowsThatFit()).finally(() => setReading(undefined));
    if (result.ok) {
      onChange([...result.rows]);
      const first = result.rows[0]?.date;
      const last = result.rows[result.rows.length - 1]?.date;
      const outcome =
        result.splits && splits && typeof first === "string" && typeof last === "string"
          ? splitsFromFile(input.id, splits.rows, result.splits, { first, last })
          : undefined;
      if (outcome?.kind === "filled") splits!.onChange(outcome.rows);
      setReport({
        ok: true,
        file: file.name,
        rows: result.rows.length,
        encoding: result.encoding,
        refused: result.refused,
        splits: outcome,
        otherAdjustment: result.otherAdjustment,
      });
    } else {
      setReport({ ok: false, file: file.name, problem: result.problem });
    }
    if (fileInput.current) fileInput.current.value = "";
  };

  /** "register[2].shares" → "Row 3 · Shares: …" (table rows counted from 1, as on the sheet). */
  const describeProblem = (key: string, message: string) => {
    const cell = /\[(\d+)\]\.(.+)$/.exec(key);
    if (!cell) return message;
    const column = columns.find((c) => c.id === cell[2]);
    return `${t.row(Number(cell[1]) + 1)} · ${column?.label[language] ?? cell[2]}: ${message}`;
  };

  return (
    <div className={styles.field} data-input={input.id}>
      <div className={styles.heading}>
        <Label weight="semibold">{input.label[language]}</Label>
        <Text size={200} className={styles.count}>
          {t.tableRows(rows.length)}
        </Text>
        {importer && (
          <Button size="small" onClick={() => fileInput.current?.click()}>
            {t.importCsv}
          </Button>
        )}
        <Button size="small" disabled={rows.length === 0} onClick={() => (onChange([]), setReport(undefined))}>
          {t.clearRows}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".csv,.txt,text/csv"
          data-testid={`import-${input.id}`}
          onChange={(event) => void importFile(event.target.files?.[0])}
        />
      </div>
      {importer && (
        <Text size={200} className={styles.hint}>
          {importer.kind === "prices" ? t.importPriceHelp : t.importRegisterHelp}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text size={200} className={styles.hint}>
          {t.tableEmpty}
        </Text>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.id}>{column.label[language]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row, r) => (
              <tr key={r}>
                {columns.map((column) => (
                  <td key={column.id}>{String(row[column.id] ?? "")}</td>
                ))}
              </tr>
            ))}
            {rows.length > SHOWN_ROWS && (
              <tr>
                <td colSpan={columns.length}>{t.tableMoreRows(rows.length - SHOWN_ROWS)}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {reading !== undefined && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={t.importReading(reading)}
          data-testid={`import-reading-${input.id}`}
        />
      )}
      {report?.ok && (
        <MessageBar
          intent={report.refused.length > 0 ? "warning" : "success"}
          data-testid={`import-report-${input.id}`}
        >
          <MessageBarBody>
            {report.refused.length > 0 && (
              <MessageBarTitle>{t.importRefusedTitle(report.refused.length)}</MessageBarTitle>
            )}
            {t.imported(report.file, report.rows, report.encoding)}
            {report.refused.length > 0 && <RefusedLines t={t} refused={report.refused} className={styles.refusals} />}
          </MessageBarBody>
        </MessageBar>
      )}
      {report?.ok && report.splits?.kind === "filled" && report.splits.splits > 0 && (
        <MessageBar intent="info" data-testid={`import-splits-${input.id}`}>
          <MessageBarBody>{t.splitsFilled(report.splits.splits)}</MessageBarBody>
        </MessageBar>
      )}
      {report?.ok && report.splits?.kind === "checked" && report.splits.disagreements.length > 0 && (
        <MessageBar intent="warning" data-testid={`import-splits-${input.id}`}>
          <MessageBarBody>
            <MessageBarTitle>{t.splitsDisagreeTitle}</MessageBarTitle>
            <ul className={styles.refusals}>
              {report.splits.disagreements.map((d) => (
                <li key={`${d.kind}${d.date}`}>{t.splitDisagreement(d)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {report?.ok && report.otherAdjustment && (
        <MessageBar intent="warning" data-testid={`import-adjusted-${input.id}`}>
          <MessageBarBody>{t.otherAdjustment(report.otherAdjustment)}</MessageBarBody>
        </MessageBar>
      )}
      {report && !report.ok && (
        <MessageBar intent="error" data-testid={`import-report-${input.id}`}>
          <MessageBarBody>
            <MessageBarTitle>{t.importFailed(report.file)}</MessageBarTitle>
            {t.fileProblem(report.problem)}
            {report.problem.kind === "incompleteRegister" && (
              <RefusedLines t={t} refused={report.problem.refused} className={styles.refusals} />
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {cellProblems.length > 0 && (
        <ul className={styles.problems} role="alert">
          {cellProblems.map(([key, message]) => (
            <li key={key}>{describeProblem(key, message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The lines of a file refused, each with its reason; the first few, and how many more. */
function RefusedLines({ t, refused, className }: { t: Messages; refused: readonly RefusedRow[]; className: string }) {
  return (
    <ul className={className}>
      {refused.slice(0, SHOWN_REFUSALS).map(({ line, problem }) => (
        <li key={line}>
          {t.line(line)}: {t.rowProblem(problem)}
        </li>
      ))}
      {refused.length > SHOWN_REFUSALS && <li>{t.tableMoreRows(refused.length - SHOWN_REFUSALS)}</li>}
    </ul>
  );
}
