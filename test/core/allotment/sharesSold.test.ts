import { discardedFraction } from "../../../src/core/allotment/discardedFraction";
import { shareSources } from "../../../src/core/allotment/shareSources";
import { sharesSold } from "../../../src/core/allotment/sharesSold";
import { sharesToProvide } from "../../../src/core/allotment/sharesToProvide";
import { rational } from "../../../src/core/exact/rational";
import { messages } from "../../../src/core/messages";

describe("the fraction pool (CA 234)", () => {
  it("sells ⌊1.5⌋ = 1 share and discards 0.5", () => {
    expect(sharesSold(rational(3n, 2n))).toBe(1n);
    expect(discardedFraction(rational(3n, 2n))).toEqual(rational(1n, 2n));
  });

  it("sells nothing from a pool below one share and discards all of it", () => {
    expect(sharesSold(rational(9n, 10n))).toBe(0n);
    expect(discardedFraction(rational(9n, 10n))).toEqual(rational(9n, 10n));
  });

  it("sells a whole pool and discards nothing", () => {
    expect(sharesSold(rational(3n))).toBe(3n);
    expect(discardedFraction(rational(3n))).toEqual(rational(0n));
  });

  it("provides the whole shares and the shares sold: 873 + 1 = 874", () => {
    expect(sharesToProvide(873n, 1n)).toBe(874n);
  });
});

describe("shareSources", () => {
  it("delivers 104 from a treasury large enough, 0 new (2013)", () => {
    expect(shareSources(104n, 1_000_000n)).toEqual({ treasuryUsed: 104n, newShares: 0n });
  });

  it("issues new shares for what the treasury does not cover", () => {
    expect(shareSources(874n, 500n)).toEqual({ treasuryUsed: 500n, newShares: 374n });
    expect(shareSources(874n, 0n)).toEqual({ treasuryUsed: 0n, newShares: 874n });
  });

  it("refuses a negative treasury", () => {
    expect(() => shareSources(10n, -1n)).toThrow(messages.allotment.negativeTreasury(-1n));
  });
});
