/**
 * A form generated from the template's inputs: one field per input, by kind, with the messages
 * of validateInputs shown inline. Table inputs (prices, a register) get TableInputField.
 */
import { Field, Input, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { TableRows, TemplateInput } from "../../templates";
import type { Language } from "../../plan/plan";
import type { FormValue, FormValues } from "../form";
import type { Messages } from "../i18n";
import { SPLITS_INPUT } from "../import/splitsTable";
import { TableInputField } from "./TableInputField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Numbers are typed as text: the form keeps "46,697,800" or "2/3" exactly as typed. */
const NUMERIC = new Set(["shares", "ratio", "yen", "price", "fraction", "unit"]);

interface Props {
  t: Messages;
  language: Language;
  inputs: readonly TemplateInput[];
  form: FormValues;
  problems: Readonly<Record<string, string>>;
  /** The rows a table input can have for the sheet to be built (tableRowsThatFit), asked at import. */
  rowsThatFit(id: string): number;
  onChange(id: string, value: FormValue): void;
}

function ScalarControl({
  t,
  language,
  input,
  value,
  onChange,
}: {
  t: Messages;
  language: Language;
  input: TemplateInput;
  value: FormValue;
  onChange(value: FormValue): void;
}) {
  const id = `input-${input.id}`;
  switch (input.kind) {
    case "boolean":
      return (
        <Switch
          id={id}
          checked={value === true}
          label={value === true ? t.yes : t.no}
          onChange={(_, data) => onChange(data.checked)}
        />
      );
    case "choice":
      return (
        <Select id={id} value={typeof value === "string" ? value : ""} onChange={(_, data) => onChange(data.value)}>
          {!input.required && <option value="">{t.chooseOption}</option>}
          {(input.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label[language]}
            </option>
          ))}
        </Select>
      );
    default:
      return (
        <Input
          id={id}
          type={input.kind === "date" ? "date" : "text"}
          inputMode={NUMERIC.has(input.kind) ? "decimal" : undefined}
          value={typeof value === "string" ? value : ""}
          onChange={(_, data) => onChange(data.value)}
        />
      );
  }
}

export function InputForm({ t, language, inputs, form, problems, rowsThatFit, onChange }: Props) {
  const styles = useStyles();
  const hasSplits = inputs.some((input) => input.id === SPLITS_INPUT && input.kind === "table");
  const splits = hasSplits
    ? {
        rows: (form[SPLITS_INPUT] as TableRows | undefined) ?? [],
        onChange: (rows: TableRows) => onChange(SPLITS_INPUT, rows),
      }
    : undefined;
  return (
    <div className={styles.form}>
      {inputs.map((input) =>
        input.kind === "table" ? (
          <TableInputField
            key={input.id}
            t={t}
            language={language}
            input={input}
            rows={(form[input.id] as TableRows | undefined) ?? []}
            problems={problems}
            rowsThatFit={() => rowsThatFit(input.id)}
            onChange={(rows) => onChange(input.id, rows)}
            splits={input.id === SPLITS_INPUT ? undefined : splits}
          />
        ) : (
          <Field
            key={input.id}
            label={input.label[language]}
            required={input.required}
            hint={input.help?.[language]}
            validationState={problems[input.id] ? "error" : "none"}
            validationMessage={problems[input.id]}
            data-input={input.id}
          >
            <ScalarControl
              t={t}
              language={language}
              input={input}
              value={form[input.id] ?? ""}
              onChange={(value) => onChange(input.id, value)}
            />
          </Field>
        ),
      )}
    </div>
  );
}
