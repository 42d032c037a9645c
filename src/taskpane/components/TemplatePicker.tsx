/**
 * The template choice: the built-ins and any loaded from a JSON file. A file is checked by
 * parseTemplate before it is offered; a refused one changes nothing and says where it is wrong.
 */
import { useRef } from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LIMITS, type Template } from "../../templates";
import type { Language } from "../../plan/plan";
import type { Messages } from "../i18n";
import { readTemplateFile, type TemplateFileOutcome } from "../templateFile";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  // A native select is as wide as its longest option unless told otherwise.
  select: { alignSelf: "stretch", minWidth: 0, "& select": { width: "100%", textOverflow: "ellipsis" } },
  description: { color: tokens.colorNeutralForeground3, display: "block", marginTop: tokens.spacingVerticalXS },
  hidden: { display: "none" },
});

interface Props {
  t: Messages;
  language: Language;
  templates: readonly Template[];
  selected: number;
  onSelect(index: number): void;
  onFile(outcome: TemplateFileOutcome): void;
}

export function TemplatePicker({ t, language, templates, selected, onSelect, onFile }: Props) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    // Past the limit, one byte more than it is enough to refuse the file without reading it all.
    const head = file.size > LIMITS.fileBytes ? file.slice(0, LIMITS.fileBytes + 1) : file;
    onFile(readTemplateFile(new Uint8Array(await head.arrayBuffer()), t));
    if (fileInput.current) fileInput.current.value = "";
  };
  return (
    <section aria-label={t.template}>
      <div className={styles.row}>
        <Field label={t.template} className={styles.select}>
          <Select
            value={String(selected)}
            onChange={(_, data) => onSelect(Number(data.value))}
            data-testid="template-select"
          >
            {templates.map((template, index) => (
              <option key={index} value={index}>
                {template.title[language]}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => fileInput.current?.click()}>{t.loadTemplate}</Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          data-testid="template-file"
          onChange={(event) => void loadFile(event.target.files?.[0])}
        />
      </div>
      <Text size={200} className={styles.description}>
        {templates[selected]?.description[language]}
      </Text>
    </section>
  );
}
