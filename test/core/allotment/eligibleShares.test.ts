import { eligibleShares } from "../../../src/core/allotment/eligibleShares";

describe("eligibleShares", () => {
  it("takes the surviving company's 3,996 shares from 4,000 (2013): 4", () => {
    expect(eligibleShares(4000, 3996)).toBe(4);
  });

  it("counts the surviving company's, treasury and dissenters' shares as excluded, not its subsidiaries'", () => {
    // D: 10,000 issued; S holds 6,000; D holds 500 in treasury; dissenters sold 300 back (CA 786(6)).
    // 1,000 held by a subsidiary of S are allotted, so they are not among the exclusions.
    expect(eligibleShares(10_000, 6000 + 500 + 300)).toBe(3200);
  });

  it("allows every share to be excluded", () => {
    expect(eligibleShares(4000, 4000)).toBe(0);
  });

  it.each([
    [4000, 4001, /excluded: 4001 is more than the 4000 shares in holdings/],
    [-4, 0, /holdings: -4 is negative/],
    [4000.5, 0, /holdings: 4000.5 is not a whole number/],
    [4000, -1, /excluded: -1 is negative/],
    [4000, 0.5, /excluded: 0.5 is not a whole number/],
    [2 ** 53, 0, /holdings: 9007199254740992 is beyond/],
  ])("refuses %p less %p", (issued, excluded, message) => {
    expect(() => eligibleShares(issued, excluded)).toThrow(message);
  });
});
