/**
 * Reads a CSV import off the pane's only thread: decoding and parsing a register of 100,000
 * holders takes seconds, and the pane must keep answering meanwhile.
 */
import type { TemplateInput } from "../../templates";
import { tableImportFor } from "./tableImport";

export interface ImportRequest {
  readonly input: TemplateInput;
  readonly bytes: Uint8Array;
  /** The rows the sheet can be built with (the templates' tableRowsThatFit). */
  readonly rowsThatFit: number;
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { input, bytes, rowsThatFit } = event.data;
  const importer = tableImportFor(input);
  if (!importer) throw new Error(`The input "${input.id}" takes no CSV import.`);
  self.postMessage(importer.read(bytes, rowsThatFit));
};
