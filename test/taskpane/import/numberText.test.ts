import { toExactText } from "../../../src/core/exact/rational";
import { readNumberText } from "../../../src/taskpane/import/numberText";

const exact = (text: string) => {
  const read = readNumberText(text);
  return read.kind === "number" ? toExactText(read.value) : read.kind;
};

test.each([
  ["1,204,300", "1204300"],
  ["2,330.5", "2330.5"],
  ["０．２９", "0.29"],
  ["９９８，０００", "998000"],
  [" 42 ", "42"],
  ["\t1,204\u3000", "1204"],
  ["-12", "-12"],
  ["▲1,000", "-1000"],
  ["△500", "-500"],
  ["(1,000)", "-1000"],
  ["（１，０００）", "-1000"],
  ["9007199254740992", "9007199254740992"],
])("%s reads as %s, exactly", (text, expected) => {
  expect(exact(text)).toBe(expected);
});

test.each(["", "-", "―", "－", "  "])("%j is no value (a day without a trade)", (text) => {
  expect(exact(text)).toBe("blank");
});

// Issue 18: whitespace inside digits was dropped, so a cell "12 34" became 1,234 shares.
test.each(["abc", "1,23", "12,3456", "1.2.3", "¥100", "12 34", "1\t234", "1,000 000", "０．２ ９", "0x1F"])(
  "%j is not a number",
  (text) => {
    expect(exact(text)).toBe("notANumber");
  },
);

test.each([
  ["1.2E+07", "exponent"],
  ["1e3", "exponent"],
  ["1,200e2", "exponent"],
  [`0.${"0".repeat(329)}1`, "roundsToZero"],
  ["9007199254740993", "beyondExact"],
  ["-9,007,199,254,740,993", "beyondExact"],
  ["▲-5", "notANumber"],
  ["(5", "notANumber"],
])("%j is refused as %s", (text, kind) => {
  expect(exact(text)).toBe(kind);
});
