/** Build: the button, progress while a large register is written, and what happened. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Field,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BuildProgress } from "../../workbook";
import type { Messages } from "../i18n";

export type BuildState =
  | { readonly kind: "idle" }
  | { readonly kind: "building"; readonly progress?: BuildProgress }
  | {
      readonly kind: "built";
      readonly sheetName: string;
      readonly cellsWritten: number;
      readonly manualCalculation: boolean;
    }
  | { readonly kind: "failed"; readonly message: string; readonly cleanedUp: boolean };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fix: { color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  t: Messages;
  preview: boolean;
  state: BuildState;
  problemCount: number;
  /** The preview's formula engine is being downloaded (first preview build only). */
  loadingEngine: boolean;
  onBuild(): void;
}

export function BuildPanel({ t, preview, state, problemCount, loadingEngine, onBuild }: Props) {
  const styles = useStyles();
  const building = state.kind === "building";
  const progress = building ? state.progress : undefined;
  return (
    <div className={styles.panel}>
      <Button
        appearance="primary"
        size="large"
        disabled={building || problemCount > 0}
        onClick={onBuild}
        data-testid="build"
      >
        {building ? t.building : preview ? t.buildPreview : t.build}
      </Button>
      {problemCount > 0 && <span className={styles.fix}>{t.fixInputs(problemCount)}</span>}
      {building && loadingEngine && <Spinner size="tiny" label={t.loadingPreviewEngine} />}
      {building && progress && progress.total > 0 && (
        <Field validationMessage={t.progress(progress.written, progress.total)} validationState="none">
          <ProgressBar value={progress.written / progress.total} />
        </Field>
      )}
      {state.kind === "built" && (
        <MessageBar intent="success" data-testid="build-result">
          <MessageBarBody>
            <MessageBarTitle>{t.builtTitle}</MessageBarTitle>
            {t.built(state.sheetName, state.cellsWritten)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "built" && state.manualCalculation && (
        <MessageBar intent="warning" data-testid="manual-calculation">
          <MessageBarBody>
            <MessageBarTitle>{t.manualCalculationTitle}</MessageBarTitle>
            {t.manualCalculation}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" data-testid="build-result">
          <MessageBarBody>
            <MessageBarTitle>{t.buildFailedTitle}</MessageBarTitle>
            {state.message} {state.cleanedUp ? t.cleanedUp : t.notCleanedUp}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
