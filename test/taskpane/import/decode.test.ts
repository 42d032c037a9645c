import { decodeCsv } from "../../../src/taskpane/import/decode";

const bytes = (...values: number[]) => new Uint8Array(values);

test("UTF-8 with a BOM: the BOM is dropped", () => {
  expect(decodeCsv(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, encoding: "utf-8", text: "a" });
});

test("Shift_JIS 日付 is not valid UTF-8 and is read as Shift_JIS", () => {
  expect(decodeCsv(bytes(0x93, 0xfa, 0x95, 0x74))).toEqual({ ok: true, encoding: "shift_jis", text: "日付" });
});

test("UTF-8 Japanese stays UTF-8", () => {
  expect(decodeCsv(new TextEncoder().encode("終値"))).toEqual({ ok: true, encoding: "utf-8", text: "終値" });
});

test("UTF-16 with a BOM (Excel's Unicode text), either byte order", () => {
  expect(decodeCsv(bytes(0xff, 0xfe, 0xe5, 0x65, 0xd8, 0x4e, 0x2c, 0x00))).toEqual({
    ok: true,
    encoding: "utf-16le",
    text: "日付,",
  });
  expect(decodeCsv(bytes(0xfe, 0xff, 0x65, 0xe5, 0x4e, 0xd8))).toEqual({
    ok: true,
    encoding: "utf-16be",
    text: "日付",
  });
});

test("lines in UTF-8 beside lines in Shift_JIS are refused, naming the lines of each", () => {
  const utf8 = new TextEncoder().encode("日付,終値\n2013-10-31,2290\n終値\n");
  const shiftJis = bytes(0x93, 0xfa, 0x95, 0x74, 0x0a);
  const mixed = new Uint8Array([...utf8, ...shiftJis, ...shiftJis]);
  expect(decodeCsv(mixed)).toEqual({ ok: false, utf8Lines: [1, 3], shiftJisLines: [4, 5] });
});
