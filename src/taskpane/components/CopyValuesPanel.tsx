/** "Copy as values": the button offered once a sheet is built, and what happened. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Messages } from "../i18n";

export type CopyState =
  | { readonly kind: "idle" }
  | { readonly kind: "copying" }
  | { readonly kind: "copied"; readonly sheetName: string }
  | { readonly kind: "failed"; readonly message: string; readonly cleanedUp: boolean };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function CopyValuesPanel({ t, state, onCopy }: { t: Messages; state: CopyState; onCopy(): void }) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <Button disabled={state.kind === "copying"} onClick={onCopy} data-testid="copy-values">
        {state.kind === "copying" ? t.copying : t.copyAsValues}
      </Button>
      <Text size={200} className={styles.muted}>
        {t.copyAsValuesNote}
      </Text>
      {state.kind === "copied" && (
        <MessageBar intent="success" data-testid="copy-result">
          <MessageBarBody>
            <MessageBarTitle>{t.copiedTitle}</MessageBarTitle>
            {t.copied(state.sheetName)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" data-testid="copy-result">
          <MessageBarBody>
            <MessageBarTitle>{t.copyFailedTitle}</MessageBarTitle>
            {state.message} {state.cleanedUp ? t.cleanedUp : t.notCleanedUp}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
