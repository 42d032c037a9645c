/**
 * The task pane. Data flows one way: the form → template inputs → (validateInputs, layout in
 * src/templates) → a plan → the build target (Excel, or the in-memory preview); the key results
 * are the template's named cells read back from the built sheet. The pane shows what those
 * return and never computes a domain figure itself.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import {
  Button,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import {
  absorptionMerger,
  builtInTemplates,
  initialInputs,
  keyResultCells,
  layout,
  parseTemplate,
  tableRowsThatFit,
  validateInputs,
  type Template,
} from "../../templates";
import type { Language, Plan } from "../../plan/plan";
import { dayFromParts, isoDate } from "../../core/calendar/dayNumber";
import { BuildError } from "../../workbook/build";
import { formValues, templateInputs, type FormValue, type FormValues } from "../form";
import type { Host } from "../host";
import { languageOf, messages } from "../i18n";
import type { BuildTarget, BuiltSheet } from "../targets";
import type { TemplateFileOutcome } from "../templateFile";
import { BuildPanel, type BuildState } from "./BuildPanel";
import { CopyValuesPanel, type CopyState } from "./CopyValuesPanel";
import { InputForm } from "./InputForm";
import { KeyResultsCard, type KeyResult } from "./KeyResultsCard";
import { PreviewGrid, type PreviewSheet } from "./PreviewGrid";
import { TemplatePicker } from "./TemplatePicker";

// Its own chunk: loaded when shown (the first run, or asked for), not with the pane.
const FirstRun = lazy(() => import(/* webpackChunkName: "first-run" */ "./FirstRun"));

/**
 * Whether the first-run view was shown, kept in the browser's storage: workbook settings would
 * travel with the file and writing them clears Excel's undo stack.
 */
const FIRST_RUN_KEY = "merger-addin.firstRunShown";
function firstRunShown(): boolean {
  try {
    return localStorage.getItem(FIRST_RUN_KEY) !== null;
  } catch {
    return false; // storage refused (a locked-down webview): shown each time, still closable
  }
}
function rememberFirstRun(): void {
  try {
    localStorage.setItem(FIRST_RUN_KEY, "1");
  } catch {
    // as above
  }
}

const EXAMPLE_2013 = "absorption-merger-2013-example";

// Office's UI font for Latin text, then the Japanese UI fonts of Windows and macOS, so Japanese
// labels get a UI face rather than the browser's default (often a serif Mincho).
const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Segoe UI Web (West European)', 'Yu Gothic UI', 'Meiryo UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', " +
    "-apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
};

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  titles: { display: "flex", flexDirection: "column" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  languages: { display: "flex", gap: tokens.spacingHorizontalXS },
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXXL,
    alignItems: "start",
    "@media (min-width: 960px)": { gridTemplateColumns: "minmax(320px, 440px) minmax(0, 1fr)" },
  },
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  // The form is long: Build stays in reach at the bottom of the window.
  buildBar: {
    position: "sticky",
    bottom: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
});

/** The add-in's version (package.json), put in by the build; what a copy as values is stamped with. */
const ADDIN_VERSION = process.env.ADDIN_VERSION ?? "development";

/** Today on the user's calendar, ISO: the day a copy as values is stamped with. */
function today(): string {
  const now = new Date();
  return isoDate(dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!);
}

type TemplateNotice = { readonly ok: true; readonly title: string } | { readonly ok: false; readonly message: string };

interface Props {
  host: Host;
  /** undefined outside Excel in a production build: nothing to build into. */
  target: BuildTarget | undefined;
}

export function App({ host, target }: Props) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(() => languageOf(host.displayLanguage));
  const t = messages[language];
  const [templates, setTemplates] = useState<readonly Template[]>(builtInTemplates);
  const [selected, setSelected] = useState(0);
  // The index always points into the list; the first built-in stands in for the type checker.
  const template = templates[selected] ?? absorptionMerger;
  const [form, setForm] = useState<FormValues>(() => formValues(template, initialInputs(template)));
  const [notice, setNotice] = useState<TemplateNotice>();
  const [build, setBuild] = useState<BuildState>({ kind: "idle" });
  const [sheets, setSheets] = useState<readonly PreviewSheet[]>([]);
  const [results, setResults] = useState<readonly KeyResult[]>();
  // The sheet just built and its plan: what "Copy as values" copies.
  const [lastBuilt, setLastBuilt] = useState<{ readonly sheet: BuiltSheet; readonly plan: Plan }>();
  const [copy, setCopy] = useState<CopyState>({ kind: "idle" });
  const [welcome, setWelcome] = useState(() => !firstRunShown());

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    if (welcome) rememberFirstRun();
  }, [welcome]);

  const inputs = useMemo(() => templateInputs(template, form), [template, form]);
  const problems = useMemo(() => validateInputs(template, inputs, language), [template, inputs, language]);
  const problemCount = Object.keys(problems).length;

  const choose = (index: number, list: readonly Template[] = templates) => {
    const chosen = list[index];
    if (!chosen) return;
    setSelected(index);
    setForm(formValues(chosen, initialInputs(chosen)));
    setBuild({ kind: "idle" });
    setResults(undefined);
  };

  const onTemplateFile = (outcome: TemplateFileOutcome) => {
    if (!outcome.ok) {
      setNotice({ ok: false, message: outcome.message });
      return;
    }
    const list = [...templates, outcome.template];
    setTemplates(list);
    choose(list.length - 1, list);
    setNotice({ ok: true, title: outcome.template.title[language] });
  };

  const onChange = (id: string, value: FormValue) => {
    setForm((current) => ({ ...current, [id]: value }));
    setResults(undefined); // they were the built sheet's, not these inputs'
  };

  const onBuild = () => buildWith(template, inputs);

  /** Builds `chosen` from `values`: the picked template, or one the first-run view builds. */
  const buildWith = async (chosen: Template, values: ReturnType<typeof templateInputs>) => {
    if (!target) return;
    setBuild({ kind: "building" });
    setLastBuilt(undefined);
    setCopy({ kind: "idle" });
    try {
      const plan = layout(chosen, values, { language });
      const built = await target.build(plan, (progress) => setBuild({ kind: "building", progress }));
      setBuild({
        kind: "built",
        sheetName: built.sheetName,
        cellsWritten: built.cellsWritten,
        manualCalculation: built.manualCalculation,
      });
      const grid = built.grid;
      if (grid) setSheets((list) => [...list, { sheetName: built.sheetName, grid, plan }]);
      setLastBuilt({ sheet: built, plan });
      const cells = keyResultCells(chosen, plan);
      try {
        const shown = await target.displayed(
          built,
          cells.map((cell) => cell.address),
        );
        setResults(
          cells.map((cell, i) => {
            const display = shown[i] ?? "";
            return {
              name: cell.name,
              label: cell.label,
              display,
              warning: cell.warnUnless !== undefined && display !== cell.warnUnless,
            };
          }),
        );
      } catch (error) {
        // The sheet is built; only reading it back failed, and the card says so.
        setResults([{ name: "unreadable", label: t.keyResults, display: (error as Error).message }]);
      }
    } catch (error) {
      // Only the writer can leave something behind; a refused layout wrote nothing.
      setBuild({
        kind: "failed",
        message: (error as Error).message,
        cleanedUp: error instanceof BuildError ? error.cleanedUp : true,
      });
    }
  };

  const onCopy = async () => {
    if (!target || !lastBuilt) return;
    setCopy({ kind: "copying" });
    try {
      const copied = await target.copyAsValues(lastBuilt.sheet, lastBuilt.plan, {
        date: today(),
        version: ADDIN_VERSION,
      });
      const grid = copied.grid;
      if (grid) setSheets((list) => [...list, { sheetName: copied.sheetName, grid, plan: lastBuilt.plan }]);
      setCopy({ kind: "copied", sheetName: copied.sheetName });
    } catch (error) {
      setCopy({
        kind: "failed",
        message: (error as Error).message,
        cleanedUp: error instanceof BuildError ? error.cleanedUp : true,
      });
    }
  };

  const onOpenExample = () => {
    const index = templates.findIndex((candidate) => candidate.id === EXAMPLE_2013);
    const example = templates[index];
    if (!example) return;
    choose(index);
    void buildWith(example, templateInputs(example, formValues(example, initialInputs(example))));
  };

  const onTryFunction = async () => {
    // A template file served beside the pane, fetched when asked for and checked as any template file is.
    let worked: Template;
    try {
      const response = await fetch("try-functions.json");
      if (!response.ok) throw new Error(`try-functions.json: HTTP ${response.status}`);
      worked = parseTemplate(await response.json());
    } catch (error) {
      setBuild({ kind: "failed", message: (error as Error).message, cleanedUp: true });
      return;
    }
    await buildWith(worked, initialInputs(worked));
  };

  const preview = target?.kind === "preview";
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Text as="h1" size={500} weight="semibold">
            {t.appTitle}
          </Text>
          <Text size={200} className={styles.subtitle}>
            {t.appSubtitle}
          </Text>
        </div>
        <div className={styles.languages}>
          {!welcome && (
            <Button size="small" appearance="subtle" onClick={() => setWelcome(true)} data-testid="open-first-run">
              {t.welcomeAndHelp}
            </Button>
          )}
          <div className={styles.languages} role="group" aria-label={t.language}>
            {(["en", "ja"] as const).map((code) => (
              <ToggleButton
                key={code}
                size="small"
                checked={language === code}
                onClick={() => setLanguage(code)}
                lang={code}
              >
                {code === "en" ? "English" : "日本語"}
              </ToggleButton>
            ))}
          </div>
        </div>
      </header>
      {welcome && (
        <Suspense fallback={null}>
          <FirstRun
            t={t}
            language={language}
            onOpenExample={target ? onOpenExample : undefined}
            onTryFunction={target ? () => void onTryFunction() : undefined}
            onClose={() => setWelcome(false)}
          />
        </Suspense>
      )}
      {!host.inExcel && (
        <MessageBar intent="info" data-testid="outside-excel">
          <MessageBarBody>
            <MessageBarTitle>{t.outsideExcelTitle}</MessageBarTitle>
            {target ? t.outsideExcelBody : t.outsideExcelNoPreview}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.columns}>
        <div className={styles.pane}>
          <TemplatePicker
            t={t}
            language={language}
            templates={templates}
            selected={selected}
            onSelect={(index) => choose(index)}
            onFile={onTemplateFile}
          />
          {notice && (
            <MessageBar intent={notice.ok ? "success" : "error"} data-testid="template-notice">
              <MessageBarBody>
                {notice.ok ? (
                  t.templateLoaded(notice.title)
                ) : (
                  <>
                    <MessageBarTitle>{t.templateRefused}</MessageBarTitle>
                    {notice.message}
                  </>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          <KeyResultsCard t={t} results={results} />
          <Divider />
          <Text as="h2" size={400} weight="semibold">
            {t.inputs}
          </Text>
          <InputForm
            t={t}
            language={language}
            inputs={template.inputs}
            form={form}
            problems={problems}
            // What the layout refuses past, from the same count: a file that could not be built is refused at import.
            rowsThatFit={(id) => tableRowsThatFit(template, inputs, id, language)}
            onChange={onChange}
          />
          {target && (
            <div className={styles.buildBar}>
              <BuildPanel
                t={t}
                preview={preview}
                state={build}
                problemCount={problemCount}
                loadingEngine={preview && sheets.length === 0}
                onBuild={() => void onBuild()}
              />
            </div>
          )}
          {target && lastBuilt && <CopyValuesPanel t={t} state={copy} onCopy={() => void onCopy()} />}
        </div>
        {sheets.length > 0 && <PreviewGrid key={sheets.length} t={t} sheets={sheets} />}
      </div>
    </FluentProvider>
  );
}
