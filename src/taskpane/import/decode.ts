/**
 * CSV bytes to text. Japanese brokers and the exchange publish CSV in Shift_JIS; newer tools
 * write UTF-8, often with a BOM. UTF-8 is tried strictly first: Japanese text in Shift_JIS is
 * almost never valid UTF-8, and pure ASCII reads the same either way.
 */
export type CsvEncoding = "utf-8" | "shift_jis";

export interface DecodedCsv {
  readonly encoding: CsvEncoding;
  readonly text: string;
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  try {
    // ignoreBOM false (the default) drops a leading UTF-8 BOM.
    return { encoding: "utf-8", text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // TextDecoder("shift_jis") is the WHATWG decoder (Windows-31J, with NEC and IBM extensions).
    return { encoding: "shift_jis", text: new TextDecoder("shift_jis").decode(bytes) };
  }
}
