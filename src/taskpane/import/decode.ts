/**
 * CSV bytes to text. Japanese brokers and the exchange publish CSV in Shift_JIS; newer tools
 * write UTF-8, often with a BOM; Excel's "Unicode text" export writes UTF-16 with a BOM. A BOM
 * decides; otherwise UTF-8 is tried strictly first: Japanese text in Shift_JIS is almost never
 * valid UTF-8, and pure ASCII reads the same either way. A file whose lines are partly UTF-8 and
 * partly Shift_JIS (two exports pasted together) is refused, naming the lines of each: either
 * reading would garble the other half.
 */
export type CsvEncoding = "utf-8" | "shift_jis" | "utf-16le" | "utf-16be";

export type DecodedCsv =
  | { readonly ok: true; readonly encoding: CsvEncoding; readonly text: string }
  | { readonly ok: false; readonly utf8Lines: readonly number[]; readonly shiftJisLines: readonly number[] };

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const hasNonAscii = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

/** Each line's bytes (split at LF; a CR stays with its line and is ASCII either way). */
function lines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return out;
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, encoding: "utf-16le", text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, encoding: "utf-16be", text: new TextDecoder("utf-16be").decode(bytes) };
  // ignoreBOM false (the default) drops a leading UTF-8 BOM.
  if (isUtf8(bytes)) return { ok: true, encoding: "utf-8", text: new TextDecoder("utf-8").decode(bytes) };
  // Lines with Japanese text that are valid UTF-8 beside lines that are not: two encodings.
  const utf8Lines: number[] = [];
  const shiftJisLines: number[] = [];
  lines(bytes).forEach((line, i) => {
    if (!hasNonAscii(line)) return;
    (isUtf8(line) ? utf8Lines : shiftJisLines).push(i + 1);
  });
  if (utf8Lines.length > 0 && shiftJisLines.length > 0) return { ok: false, utf8Lines, shiftJisLines };
  // TextDecoder("shift_jis") is the WHATWG decoder (Windows-31J, with NEC and IBM extensions).
  return { ok: true, encoding: "shift_jis", text: new TextDecoder("shift_jis").decode(bytes) };
}
