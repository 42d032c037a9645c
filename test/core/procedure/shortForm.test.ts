import { DomainError } from "../../../src/core/errors";
import { messages } from "../../../src/core/messages";
import { rational, toNumber } from "../../../src/core/exact/rational";
import { fullUnits } from "../../../src/core/odd-lot/fullUnits";
import { SHORT_FORM_ARTICLE, shortFormTest } from "../../../src/core/procedure";

describe("short-form merger (CA 784(1)): voting rights held against 9/10", () => {
  test("the 2013 example: 3,996 of 4,000 (unit 1) is 99.9% → short-form", () => {
    const test = shortFormTest(3996n, 4000n);
    expect(test.qualifies).toBe(true);
    expect(test.share).toEqual(rational(999n, 1000n));
    expect(SHORT_FORM_ARTICLE).toBe("CA 784(1)");
  });

  test("exactly 9/10 qualifies, one vote fewer does not (exact, no float edge)", () => {
    expect(shortFormTest(9n, 10n).qualifies).toBe(true);
    expect(shortFormTest(899_999n, 1_000_000n).qualifies).toBe(false);
    expect(shortFormTest(900_000n, 1_000_000n).qualifies).toBe(true);
  });

  test("voting rights are units, not shares", () => {
    // Unit 100: the surviving company's 8,900 shares are 89 units; 110 holders of 10 shares each
    // have no unit, so no vote. 89% of the shares, all of the voting rights.
    const held = fullUnits(8_900, 100);
    const total = held + 110 * fullUnits(10, 100);
    expect(shortFormTest(BigInt(held), BigInt(total)).qualifies).toBe(true);
    // Counted as shares it would fail: the test must not be run on shares.
    expect(shortFormTest(8_900n, 10_000n).qualifies).toBe(false);
  });

  test("articles raising the threshold: 95% held fails a 19/20 + 1 threshold, passes 19/20", () => {
    expect(shortFormTest(95n, 100n, rational(19n, 20n)).qualifies).toBe(true);
    expect(shortFormTest(94n, 100n, rational(19n, 20n)).qualifies).toBe(false);
    expect(toNumber(shortFormTest(94n, 100n, rational(19n, 20n)).threshold)).toBe(0.95);
  });

  test("a threshold below 9/10 or above 1 is refused: articles may raise it only", () => {
    expect(() => shortFormTest(9n, 10n, rational(4n, 5n))).toThrow(DomainError);
    expect(() => shortFormTest(9n, 10n, rational(11n, 10n))).toThrow(messages.procedure.shortFormThreshold());
  });

  test("the mirror case (CA 796(1)): the dissolving company holds 9/10 of the surviving company", () => {
    // The same test, run on the surviving company's voting rights held by the dissolving company.
    expect(shortFormTest(46_000n, 50_000n).qualifies).toBe(true);
    expect(shortFormTest(44_999n, 50_000n).qualifies).toBe(false);
  });

  test("impossible counts are refused with a message, never answered", () => {
    expect(() => shortFormTest(1n, 0n)).toThrow(messages.procedure.noVotingRights());
    expect(() => shortFormTest(11n, 10n)).toThrow(messages.procedure.heldPastTotal(11n, 10n));
    expect(() => shortFormTest(-1n, 10n)).toThrow(messages.procedure.negativeVotingRights());
  });
});
