/** The key results of the inputs, from src/templates' keyResults (the core), before any build. */
import { Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { KeyResult } from "../../templates";
import type { Messages } from "../i18n";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, gridColumn: "1 / span 2" },
  warning: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground1, gridColumn: "1 / span 2" },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  t: Messages;
  /** undefined while the inputs have problems. */
  results: readonly KeyResult[] | undefined;
}

export function KeyResultsCard({ t, results }: Props) {
  const styles = useStyles();
  return (
    <Card appearance="filled-alternative" data-testid="key-results">
      <CardHeader header={<Text weight="semibold">{t.keyResults}</Text>} description={<Text size={200} className={styles.muted}>{t.keyResultsNote}</Text>} />
      {results === undefined ? (
        <Text size={200} className={styles.muted}>
          {t.keyResultsUnavailable}
        </Text>
      ) : (
        <dl className={styles.list}>
          {results.map((result) => (
            <div key={result.id} style={{ display: "contents" }} data-key-result={result.id}>
              <dt className={styles.label}>{result.label}</dt>
              {result.error === undefined ? (
                <dd className={styles.value}>{result.display}</dd>
              ) : (
                <dd className={styles.error}>{result.error}</dd>
              )}
              {result.warning !== undefined && (
                <dd className={styles.warning} role="alert" data-key-result-warning={result.id}>
                  {result.warning}
                </dd>
              )}
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
