/** The key results of the sheet just built: the template's named cells, as the sheet shows them. */
import { Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Messages } from "../i18n";

export interface KeyResult {
  readonly name: string;
  readonly label: string;
  readonly display: string;
  /** A check the template declares that does not pass (the register differs from the allotment). */
  readonly warning?: boolean;
}

const useStyles = makeStyles({
  // The label keeps at least 45% of the card, so a long text result cannot squeeze it to a word a line.
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(45%, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, textAlign: "left", gridColumn: "1 / -1" },
});

interface Props {
  t: Messages;
  /** undefined until a sheet is built (or after the inputs change). */
  results: readonly KeyResult[] | undefined;
}

export function KeyResultsCard({ t, results }: Props) {
  const styles = useStyles();
  return (
    <Card appearance="filled-alternative" data-testid="key-results">
      <CardHeader
        header={<Text weight="semibold">{t.keyResults}</Text>}
        description={
          <Text size={200} className={styles.muted}>
            {t.keyResultsNote}
          </Text>
        }
      />
      {results === undefined ? (
        <Text size={200} className={styles.muted}>
          {t.keyResultsUnavailable}
        </Text>
      ) : (
        <dl className={styles.list}>
          {results.map((result) => (
            <div
              key={result.name}
              style={{ display: "contents" }}
              data-key-result={result.name}
              data-warning={result.warning ? "true" : undefined}
            >
              <dt className={styles.label}>{result.label}</dt>
              {result.warning ? (
                <dd className={`${styles.value} ${styles.warning}`} role="alert">
                  ⚠ {result.display}
                </dd>
              ) : (
                <dd className={styles.value}>{result.display}</dd>
              )}
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
