/**
 * A user's template file: JSON text → a template checked by parseTemplate, or the message that
 * points at what is wrong (the JSON position, or the path inside the template).
 */
import { parseTemplate, type Template } from "../templates";
import type { Messages } from "./i18n";

export type TemplateFileOutcome = { ok: true; template: Template } | { ok: false; message: string };

export function readTemplateFile(text: string, t: Messages): TemplateFileOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: t.notJson((error as Error).message) };
  }
  try {
    return { ok: true, template: parseTemplate(json) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
