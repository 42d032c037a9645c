/**
 * A user's template file: its bytes → a template checked by parseTemplate, or the message that
 * points at what is wrong (its size, the JSON position, or the path inside the template). The
 * size is judged on the bytes, before anything is decoded or parsed.
 */
import { checkTemplateFileSize, parseTemplate, type Template } from "../templates";
import type { Messages } from "./i18n";

export type TemplateFileOutcome = { ok: true; template: Template } | { ok: false; message: string };

export function readTemplateFile(file: Uint8Array | string, t: Messages): TemplateFileOutcome {
  const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
  let json: unknown;
  try {
    checkTemplateFileSize(bytes.byteLength);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  try {
    // Not UTF-8 (a Shift_JIS file, say) is as unreadable as broken JSON.
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, message: t.notJson((error as Error).message) };
  }
  try {
    return { ok: true, template: parseTemplate(json) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
