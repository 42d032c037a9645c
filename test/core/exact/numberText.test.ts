import {
  numberTextProblem,
  parseNumberText,
  parseRational,
  parseWholeNumberText,
} from "../../../src/core/exact/numberText";
import { toExactText } from "../../../src/core/exact/rational";

const read = (text: string, fractions = false) => {
  const value = parseNumberText(text, fractions);
  return value ? toExactText(value) : undefined;
};

test.each([
  ["1,204,300", "1204300"],
  ["０．２９", "0.29"],
  [" 42 ", "42"],
  ["\t42\r\n", "42"],
  ["\u300042\u3000", "42"],
  ["▲1,000", "-1000"],
  ["(1,000)", "-1000"],
  [".5", "0.5"],
  ["5.", "5"],
])("%j reads as %s: whitespace around a number is fine", (text, expected) => {
  expect(read(text)).toBe(expected);
});

test.each(["1 23", "12 3", "1\t23", "1\n23", "1\u300023", "1,000 000", "- 5", "▲ 500", "( 500 )", "0. 29"])(
  "%j is refused: whitespace inside a number",
  (text) => {
    expect(read(text)).toBeUndefined();
    expect(read(text, true)).toBeUndefined();
  },
);

test.each(["2 /3", "2/ 3", "1 2/3"])("%j is refused as a fraction: whitespace inside it", (text) => {
  expect(parseRational(text)).toBeUndefined();
});

// Exponent text is what Excel shows for a wide General cell after rounding it: never the figure meant.
test.each(["1e2", "1E+07", "1.5e-3", "0x1F", "0b11", "0o7", "Infinity", "NaN", "1_000", "+-1", "1,23", ""])(
  "%j is not in the grammar",
  (text) => {
    expect(read(text)).toBeUndefined();
  },
);

test("a fraction only where the caller allows one", () => {
  expect(read("2/3")).toBeUndefined();
  expect(read("2/3", true)).toBe("2/3");
  expect(read(" １．５／２ ", true)).toBe("0.75");
});

test.each([
  ["31", 31n],
  [" 31 ", 31n],
  ["1,000", 1000n],
  ["▲2", -2n],
])("%j is the whole number %s", (text, expected) => {
  expect(parseWholeNumberText(text)).toBe(expected);
});

test.each(["0x1F", "1e2", "3 1", "31.5", "2/1", "thirty"])("%j is not a whole number", (text) => {
  expect(parseWholeNumberText(text)).toBeUndefined();
});

test.each([
  ["1 23", false, "spaceInside"],
  ["2 / 3", true, "spaceInside"],
  ["1.2E+07", false, "exponent"],
  ["2/3", false, "fraction"],
  ["2/3", true, undefined],
  ["abc", false, undefined],
  ["42", false, undefined],
])("%j (fractions %s) is refused as %s", (text, fractions, problem) => {
  expect(numberTextProblem(text, fractions)).toBe(problem);
});
