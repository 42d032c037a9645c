import { decodeCsv } from "../../../src/taskpane/import/decode";

const bytes = (...values: number[]) => new Uint8Array(values);

test("UTF-8 with a BOM: the BOM is dropped", () => {
  expect(decodeCsv(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: "utf-8", text: "a" });
});

test("Shift_JIS 日付 is not valid UTF-8 and is read as Shift_JIS", () => {
  expect(decodeCsv(bytes(0x93, 0xfa, 0x95, 0x74))).toEqual({ encoding: "shift_jis", text: "日付" });
});

test("UTF-8 Japanese stays UTF-8", () => {
  expect(decodeCsv(new TextEncoder().encode("終値"))).toEqual({ encoding: "utf-8", text: "終値" });
});
