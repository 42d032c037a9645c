import fc from "fast-check";
import { shortForm, simplified, simplifiedArticle } from "../../src/functions/procedure";
import { excelError } from "./excel-error";

/** SIMPLIFIED answers a range (its "all" form spills), so one figure comes back as a 1×1 array. */
const one = (figure: number | boolean) => [[figure]];

/**
 * The oracle: X = shares × the decimal the user typed (the double's shortest spelling) + other,
 * worked in BigInt decimals and rounded by the platform's correctly rounded decimal parse.
 */
function exactX(shares: number, bookValue: number, other = 0): number {
  const decimal = (x: number) => {
    const [mantissa, exponent = "0"] = String(x).split("e");
    const [whole, fraction = ""] = mantissa!.split(".");
    return { digits: BigInt(whole! + fraction), scale: fraction.length - Number(exponent) };
  };
  const b = decimal(bookValue);
  const o = decimal(other);
  const scale = Math.max(b.scale, o.scale, 0);
  const up = (d: { digits: bigint; scale: number }) =>
    d.scale <= scale ? d.digits * 10n ** BigInt(scale - d.scale) : d.digits / 10n ** BigInt(d.scale - scale);
  const total = BigInt(shares) * up(b) + up(o);
  return parseFloat(`${total}e-${scale}`);
}

describe("SIMPLIFIED figures: the exact value correctly rounded", () => {
  test("X on a large deal is the exact product, not ¥139.80 high", () => {
    expect(simplified(1234567, 927.6974690413932, 37607000000, null, null, null, "x")).toEqual(one(1145304681.2620256));
  });

  test("X just past 2^53 is a number, not a message-less #NUM!", () => {
    expect(simplified(169861481, 70928226, 200134, 0, "1/6", true, "x")).toEqual(one(12047973513062706));
    expect(simplified(169861481, 70928226, 200134, 0, "1/6", true, "allowance")).toEqual(one(5000000 / 6));
  });

  test("X matches the BigInt oracle for any shares and book value per share with up to 6 decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 50 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 1e9 }),
        (shares, units, places, other) => {
          const bookValue = units / 10 ** places;
          expect(simplified(shares, bookValue, 1e12, other, null, null, "x")).toEqual(
            one(exactX(shares, bookValue, other)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("a figure past the largest double is an error with a message", () => {
    const e = excelError(() => simplified(2 ** 52, 1e300, 1e9, null, null, null, "x"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^X \(the consideration\) comes to about 4\.5e315, past 1\.8e308/);
  });

  test("the 2013 example", () => {
    expect(simplified(104, 927.72, 37607000000)).toEqual(one(true));
    expect(simplified(104, 927.72, 37607000000, null, null, null, "x")).toEqual(one(96482.88));
  });
});

describe("SHORT_FORM", () => {
  test("speaks of voting rights (units), not shares", () => {
    expect(excelError(() => shortForm(1.5, 100)).message).toMatch(
      /^voting_rights_held: 1\.5 is not a whole number of voting rights \(units\)/,
    );
    expect(shortForm(3996, 4000, null, "share")).toBe(0.999);
  });
});

describe("SIMPLIFIED_ARTICLE", () => {
  test("by the effective date", () => {
    expect(simplifiedArticle("2014-01-01")).toBe("CA 796(3)");
    expect(simplifiedArticle("2015-05-01")).toBe("CA 796(2)");
  });

  test('cited in Japanese form with language "ja", from an era date too', () => {
    expect(simplifiedArticle("平成26年1月1日", "ja")).toBe("会社法796条3項");
    expect(simplifiedArticle("R5.10.31", "ja")).toBe("会社法796条2項");
    expect(simplifiedArticle("2014-01-01", "en")).toBe("CA 796(3)");
    expect(excelError(() => simplifiedArticle("2014-01-01", "fr")).message).toBe(
      'language: the text "fr" is not one of "en", "ja".',
    );
  });
});
