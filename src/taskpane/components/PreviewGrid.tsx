/**
 * The preview: a built sheet of the in-memory workbook as a grid of computed values, with the
 * plan's column widths, number formats and cell styles, so it reads like the sheet Excel shows.
 * Each cell carries its address (data-address) and, on hover, its formula; an error cell shows
 * the function's message on hover, as Excel does beside #VALUE! and #N/A.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Plan, PlanStyle } from "../../plan/plan";
import { columnLetters, parseArea } from "../../plan/a1";
import type { SheetGrid } from "../../preview/sheet";
import type { Messages } from "../i18n";
import { displayValue, isDateFormat } from "../../preview/displayValue";

export interface PreviewSheet {
  readonly sheetName: string;
  readonly grid: SheetGrid;
  readonly plan: Plan;
}

// A register of thousands of holders would make a slow page; the sheet itself has them all. A long
// table shows its first rows and its last, and every row around it (totals, tests) stays in view.
const TABLE_HEAD_ROWS = 200;
const TABLE_TAIL_ROWS = 5;
const POINTS_TO_PIXELS = 96 / 72;
const DEFAULT_WIDTH_POINTS = 48; // Excel's standard column, 8.43 characters
/** Wide enough for the last row's number: 36 px up to row 999, 8 px a digit beyond. */
const rowHeaderPixels = (rows: number) => Math.max(36, 8 * String(rows).length + 12);
// In a pane narrower than the sheet (Excel's is about 360 px), the label column gives way, its
// labels wrapping, so the values beside them stay in view without scrolling sideways.
const LABEL_SHARE = 0.45;
const MIN_LABEL_PIXELS = 120;
const MIN_VALUE_PIXELS = 90;

/**
 * The widths the grid shows: the sheet's own where they fit; where they do not, column A (the
 * labels) at most LABEL_SHARE of the view and column B (the values) at most the rest.
 */
export function shownWidths(widths: readonly number[], available: number | undefined, rowHeader = 36): number[] {
  const total = rowHeader + widths.reduce((sum, w) => sum + w, 0);
  const [label, value] = widths;
  if (available === undefined || total <= available || label === undefined) return [...widths];
  const shownLabel = Math.min(label, Math.max(MIN_LABEL_PIXELS, Math.round(available * LABEL_SHARE)));
  const room = available - rowHeader - shownLabel - 2;
  const shownValue = value === undefined ? undefined : Math.min(value, Math.max(MIN_VALUE_PIXELS, room));
  return widths.map((w, c) => (c === 0 ? shownLabel : c === 1 && shownValue !== undefined ? shownValue : w));
}

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: {
    overflow: "auto",
    maxHeight: "75vh",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: "#ffffff",
  },
  grid: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: "12px",
    fontVariantNumeric: "tabular-nums",
    "& td": {
      border: "1px solid #e1e1e1",
      padding: "1px 4px",
      height: "20px",
      overflow: "hidden",
      whiteSpace: "nowrap",
      textOverflow: "ellipsis",
    },
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    color: "#444",
    fontWeight: "normal",
    border: "1px solid #d4d4d4",
    fontSize: "11px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: "#f3f3f3",
    color: "#444",
    textAlign: "center",
    fontWeight: "normal",
    border: "1px solid #d4d4d4",
    fontSize: "11px",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

function cssOf(style: PlanStyle | undefined): CSSProperties {
  if (!style) return {};
  return {
    fontWeight: style.bold ? 600 : undefined,
    fontStyle: style.italic ? "italic" : undefined,
    backgroundColor: style.fill,
    color: style.fontColor,
    fontSize: style.fontSize ? `${style.fontSize}px` : undefined,
    whiteSpace: style.wrap ? "normal" : undefined,
  };
}

/** A run of rows left out of view (0-based, inclusive). */
interface SkippedRows {
  first: number;
  last: number;
}

/** The rows shown of a sheet of `count` rows: all but the middle of each long table. */
function shownRows(count: number, plan: Plan): { shown: number[]; skipped: SkippedRows[] } {
  const skipped: SkippedRows[] = [];
  for (const table of plan.tables) {
    const area = parseArea(table.address);
    if (!area) continue;
    const first = area.top + 1 + TABLE_HEAD_ROWS; // after the header and the first rows
    const last = area.bottom - TABLE_TAIL_ROWS;
    if (last - first >= 1) skipped.push({ first, last });
  }
  skipped.sort((a, b) => a.first - b.first);
  const shown: number[] = [];
  let run = 0;
  for (let r = 0; r < count; r++) {
    while (run < skipped.length && skipped[run]!.last < r) run++;
    const inRun = skipped[run];
    if (inRun && r >= inRun.first && r <= inRun.last) continue;
    shown.push(r);
  }
  return { shown, skipped };
}

function SheetTable({ t, sheet, available }: { t: Messages; sheet: PreviewSheet; available: number | undefined }) {
  const styles = useStyles();
  const { grid, plan } = sheet;
  const styleAt = useMemo(() => {
    const map = new Map<string, PlanStyle>();
    for (const format of plan.formats) {
      const area = parseArea(format.address);
      if (!area) throw new Error(`The plan styles "${format.address}", which is not an A1 range.`);
      for (let row = area.top; row <= area.bottom; row++) {
        for (let column = area.left; column <= area.right; column++)
          map.set(`${row},${column}`, plan.styles[format.style]);
      }
    }
    return map;
  }, [plan]);
  const messageAt = useMemo(() => new Map(grid.errors.map((e) => [e.address, e.message])), [grid]);
  const rowWindow = useMemo(() => shownRows(grid.values.length, plan), [grid, plan]);
  const columnCount = rowWindow.shown.reduce(
    (widest, r) => Math.max(widest, grid.values[r]?.length ?? 0),
    plan.columnWidths.length,
  );
  const columns = Array.from({ length: columnCount }, (_, c) => c);
  const rowHeader = rowHeaderPixels(grid.values.length);
  const widths = shownWidths(
    columns.map((c) => Math.round((plan.columnWidths[c] ?? DEFAULT_WIDTH_POINTS) * POINTS_TO_PIXELS)),
    available,
    rowHeader,
  );
  const narrowLabels = widths[0] !== Math.round((plan.columnWidths[0] ?? DEFAULT_WIDTH_POINTS) * POINTS_TO_PIXELS);
  // A fixed layout needs the table's width set; then columns keep the sheet's widths.
  const tableWidth = rowHeader + widths.reduce((sum, w) => sum + w, 0);
  return (
    <table
      className={styles.grid}
      style={{ width: `${tableWidth}px` }}
      data-testid="preview-grid"
      data-sheet={sheet.sheetName}
    >
      <colgroup>
        <col style={{ width: `${rowHeader}px` }} />
        {widths.map((width, c) => (
          <col key={c} style={{ width: `${width}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className={styles.head} />
          {columns.map((c) => (
            <th key={c} className={styles.head}>
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowWindow.shown.map((r) => [
          rowWindow.skipped
            .filter((run) => run.last + 1 === r)
            .map((run) => (
              <tr key={`skipped-${run.first}`} data-testid="preview-skipped">
                <th className={styles.rowHead}>⋮</th>
                <td colSpan={columnCount} className={styles.muted}>
                  {t.previewRowsSkipped(run.first + 1, run.last + 1)}
                </td>
              </tr>
            )),
          <tr key={r}>
            <th className={styles.rowHead}>{r + 1}</th>
            {columns.map((c) => {
              const row = grid.values[r] ?? [];
              const value = row[c] ?? null;
              const formula = grid.formulas[r]?.[c];
              const format = grid.numberFormats[r]?.[c];
              const text = displayValue(value, format);
              // Dates read from the left, beside their labels, not pushed to a wide column's far edge.
              const align =
                typeof value === "number"
                  ? isDateFormat(format)
                    ? "left"
                    : "right"
                  : typeof value === "boolean"
                    ? "center"
                    : "left";
              // As in Excel, text runs on over empty cells to its right and is cut at a full one.
              const next = row[c + 1];
              const spills = typeof value === "string" && (next === null || next === undefined || next === "");
              const wraps = narrowLabels && c === 0 && typeof value === "string" && !spills;
              const address = `${columnLetters(c)}${r + 1}`;
              const message = messageAt.get(address);
              const shownFormula = typeof formula === "string" && formula.startsWith("=") ? formula : undefined;
              return (
                <td
                  key={c}
                  data-address={address}
                  data-error-message={message || undefined}
                  title={
                    message
                      ? `${value}: ${message}${shownFormula ? `\n${shownFormula}` : ""}`
                      : (shownFormula ?? (text || undefined))
                  }
                  style={{
                    textAlign: align,
                    overflow: spills ? "visible" : "hidden",
                    textOverflow: spills ? "clip" : "ellipsis",
                    ...cssOf(styleAt.get(`${r},${c}`)),
                    // After the cell's style, whose whiteSpace is undefined unless it wraps.
                    ...(wraps ? { whiteSpace: "normal", overflowWrap: "anywhere", height: "auto" } : {}),
                  }}
                >
                  {text}
                </td>
              );
            })}
          </tr>,
        ])}
      </tbody>
    </table>
  );
}

export function PreviewGrid({ t, sheets }: { t: Messages; sheets: readonly PreviewSheet[] }) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<string>();
  const scroller = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState<number>();
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setAvailable(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const sheet = sheets.find((s) => s.sheetName === chosen) ?? sheets[sheets.length - 1];
  if (!sheet) return null;
  return (
    <section className={styles.wrap} aria-label={t.previewTitle(sheet.sheetName)}>
      <Text weight="semibold" size={400}>
        {t.previewTitle(sheet.sheetName)}
      </Text>
      <Text size={200} className={styles.muted}>
        {t.previewNote}
      </Text>
      {sheets.length > 1 && (
        <TabList
          size="small"
          selectedValue={sheet.sheetName}
          onTabSelect={(_, data) => setChosen(String(data.value))}
          aria-label={t.previewSheets}
        >
          {sheets.map((s) => (
            <Tab key={s.sheetName} value={s.sheetName}>
              {s.sheetName}
            </Tab>
          ))}
        </TabList>
      )}
      {/* Focusable, so the sheet can be scrolled by keyboard (WCAG 2.1.1; axe scrollable-region-focusable). */}
      <div
        className={styles.scroller}
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-label={t.previewTitle(sheet.sheetName)}
      >
        <SheetTable t={t} sheet={sheet} available={available} />
      </div>
    </section>
  );
}
