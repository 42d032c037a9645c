/**
 * The first-run view: what the add-in does, two ways to see it work (the 2013 example built, or a
 * worked example of two functions on a new sheet), and help: the function reference and the
 * troubles users meet. Loaded on demand (its own chunk), so the pane's first load does not grow.
 * The reference is the add-in's own functions.json (functions.ja.json in Japanese), served beside
 * the pane: the descriptions Excel shows, not a second copy of them.
 *
 * Plain elements styled by taskpane.css (.first-run…), not Fluent components: a Fluent module
 * used from this chunk as well as the pane's would be split out of the pane's concatenated
 * bundle, and the pane's first load would grow by more than this view weighs.
 */
import { useEffect, useState } from "react";
import type { Language } from "../../plan/plan";
import type { Messages } from "../i18n";

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
  const [help, setHelp] = useState(false);
  const reference = useFunctionReference(language, help);
  return (
    <section className="first-run" data-testid="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t.welcome}</h2>
      <ul>
        {t.welcomeLines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="first-run-actions">
        {onOpenExample && (
          <button type="button" className="primary" onClick={onOpenExample} data-testid="open-example">
            {t.openExample}
          </button>
        )}
        {onTryFunction && (
          <button type="button" onClick={onTryFunction} data-testid="try-function">
            {t.tryFunction}
          </button>
        )}
        <button type="button" aria-expanded={help} onClick={() => setHelp(!help)} data-testid="show-help">
          {t.showHelp}
        </button>
        <button type="button" className="subtle" onClick={onClose} data-testid="close-first-run">
          {t.closeWelcome}
        </button>
      </div>
      {help && (
        <div data-testid="help">
          <h3>{t.troubleshooting}</h3>
          <dl>
            {t.troubles.map(([term, text]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
          <h3>{t.functionReference}</h3>
          {reference === "failed" ? (
            <p>{t.functionsUnavailable}</p>
          ) : (
            <dl data-testid="function-reference">
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
    </section>
  );
}
