/**
 * The first-run view: what the add-in does, two ways to see it work (the 2013 example built, or a
 * worked example of two functions on a new sheet), and help: the function reference and the
 * troubles users meet. Loaded on demand (its own chunk), so the pane's first load does not grow.
 * The reference is the add-in's own functions.json (functions.ja.json in Japanese), served beside
 * the pane: the descriptions Excel shows, not a second copy of them.
 */
import { useEffect, useState } from "react";
import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../templates";
import type { Messages } from "../i18n";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  terms: {
    margin: 0,
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dd": { marginLeft: 0, marginBottom: tokens.spacingVerticalXS },
  },
});

interface FunctionEntry {
  readonly id: string;
  readonly description: string;
}

function useFunctionReference(language: Language, shown: boolean): readonly FunctionEntry[] | "failed" | undefined {
  const [entries, setEntries] = useState<readonly FunctionEntry[] | "failed">();
  useEffect(() => {
    if (!shown) return;
    let current = true;
    fetch(language === "ja" ? "functions.ja.json" : "functions.json")
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((json: { functions: FunctionEntry[] }) => current && setEntries(json.functions))
      .catch(() => current && setEntries("failed"));
    return () => {
      current = false;
    };
  }, [language, shown]);
  return entries;
}

interface Props {
  t: Messages;
  language: Language;
  /** Undefined where there is nothing to build into. */
  onOpenExample?(): void;
  onTryFunction?(): void;
  onClose(): void;
}

export default function FirstRun({ t, language, onOpenExample, onTryFunction, onClose }: Props) {
  const styles = useStyles();
  const [help, setHelp] = useState(false);
  const reference = useFunctionReference(language, help);
  return (
    <Card className={styles.card} data-testid="first-run" role="region" aria-labelledby="first-run-title">
      <Text as="h2" size={400} weight="semibold" id="first-run-title">
        {t.welcome}
      </Text>
      <ul className={styles.lines}>
        {t.welcomeLines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        {onOpenExample && (
          <Button appearance="primary" onClick={onOpenExample} data-testid="open-example">
            {t.openExample}
          </Button>
        )}
        {onTryFunction && (
          <Button onClick={onTryFunction} data-testid="try-function">
            {t.tryFunction}
          </Button>
        )}
        <Button aria-expanded={help} onClick={() => setHelp(!help)} data-testid="show-help">
          {t.showHelp}
        </Button>
        <Button appearance="subtle" onClick={onClose} data-testid="close-first-run">
          {t.closeWelcome}
        </Button>
      </div>
      {help && (
        <div data-testid="help">
          <Text as="h3" size={300} weight="semibold">
            {t.troubleshooting}
          </Text>
          <dl className={styles.terms}>
            {t.troubles.map(([term, text]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
          <Text as="h3" size={300} weight="semibold">
            {t.functionReference}
          </Text>
          {reference === "failed" ? (
            <Text>{t.functionsUnavailable}</Text>
          ) : (
            <dl className={styles.terms} data-testid="function-reference">
              {(reference ?? []).map((entry) => (
                <div key={entry.id}>
                  <dt>MERGER.{entry.id}</dt>
                  <dd>{entry.description}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      )}
    </Card>
  );
}
