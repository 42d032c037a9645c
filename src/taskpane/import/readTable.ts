/**
 * A CSV file read into a table input's rows: refused unread past the size limit, else decoded and
 * parsed in a Web Worker (./import.worker.ts, built as import-worker.js) so the pane stays responsive. Where there are no
 * workers (an old webview), it is read here instead.
 */
import type { TableRows, TemplateInput } from "../../templates";
import type { ImportRequest } from "./import.worker";
import { fileSizeProblem } from "./limits";
import type { ImportResult } from "./problems";
import { tableImportFor } from "./tableImport";

/** `rowsThatFit`: the rows the sheet can be built with (tableRowsThatFit); a file of more is refused. */
export async function readTable(
  input: TemplateInput,
  file: File,
  rowsThatFit: number,
): Promise<ImportResult<TableRows[number]>> {
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (typeof Worker === "undefined") {
    const importer = tableImportFor(input);
    if (!importer) throw new Error(`The input "${input.id}" takes no CSV import.`);
    return importer.read(bytes, rowsThatFit);
  }
  // Built as its own entry beside taskpane.html (webpack.config.js).
  const worker = new Worker("import-worker.js");
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportResult<TableRows[number]>>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      const request: ImportRequest = { input, bytes, rowsThatFit };
      worker.postMessage(request, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
}
