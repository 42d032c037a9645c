/**
 * Where the pane runs: inside Excel (office.js loaded and the host is Excel) or anywhere else
 * (a browser tab, office.js blocked or absent), where the pane offers the in-memory preview.
 */
export interface Host {
  readonly inExcel: boolean;
  /** Office's display language inside Office ("ja-JP"); the browser's language outside. */
  readonly displayLanguage: string | undefined;
}

export async function detectHost(): Promise<Host> {
  const browserLanguage = typeof navigator === "undefined" ? undefined : navigator.language;
  if (typeof Office === "undefined") return { inExcel: false, displayLanguage: browserLanguage };
  // Outside Office, onReady still resolves, with host null.
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel
    ? { inExcel: true, displayLanguage: Office.context.displayLanguage }
    : { inExcel: false, displayLanguage: browserLanguage };
}
