import fc from "fast-check";
import { buyUpShares } from "../../../src/core/odd-lot/buyUpShares";
import { fullUnits } from "../../../src/core/odd-lot/fullUnits";
import { oddLotShares } from "../../../src/core/odd-lot/oddLotShares";
import { shareUnit } from "../../../src/core/odd-lot/shareUnit";

describe("odd lots (DOMAIN §2)", () => {
  it("leaves the 2013 holder of 26 shares with 0 units, 26 odd-lot shares and a buy-up of 74", () => {
    expect(fullUnits(26, 100)).toBe(0);
    expect(oddLotShares(26, 100)).toBe(26);
    expect(buyUpShares(26, 100)).toBe(74);
  });

  it("needs no buy-up for whole units", () => {
    expect(buyUpShares(300, 100)).toBe(0);
    expect(buyUpShares(0, 100)).toBe(0);
    expect(fullUnits(300, 100)).toBe(3);
  });

  it.each([
    [1234, 1000, 1, 234, 766],
    [1234, 1, 1234, 0, 0],
    [1234, 50, 24, 34, 16],
    [2 ** 53 - 1, 1000, Math.floor((2 ** 53 - 1) / 1000), 991, 9],
  ])("splits %p shares in units of %p: %p units, %p odd, %p to buy up", (shares, unit, units, odd, buyUp) => {
    expect([fullUnits(shares, unit), oddLotShares(shares, unit), buyUpShares(shares, unit)]).toEqual([
      units,
      odd,
      buyUp,
    ]);
  });

  it("agrees with BigInt division for any holding and unit", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 1, max: 1000 }), (shares, unit) => {
        const [h, u] = [BigInt(shares), BigInt(unit)];
        const odd = oddLotShares(shares, unit);
        return (
          BigInt(fullUnits(shares, unit)) === h / u &&
          BigInt(odd) === h % u &&
          BigInt(buyUpShares(shares, unit)) === (h % u === 0n ? 0n : u - (h % u))
        );
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([0, 1001, 2.5, -100, NaN])("refuses a unit of %p", (unit) => {
    expect(() => shareUnit(unit)).toThrow(/unit: .* is not a share unit; give a whole number from 1 to 1,000/);
    expect(() => oddLotShares(26, unit)).toThrow(/unit:/);
  });

  it.each([
    [-1, /shares: -1 is negative/],
    [2.5, /shares: 2.5 is not a whole number/],
    [2 ** 53, /shares: 9007199254740992 is beyond/],
  ])("refuses %p shares", (shares, message) => {
    expect(() => oddLotShares(shares, 100)).toThrow(message);
    expect(() => fullUnits(shares, 100)).toThrow(message);
    expect(() => buyUpShares(shares, 100)).toThrow(message);
  });

  it("names the holding in messages as the caller asks", () => {
    expect(() => oddLotShares(-1, 100, "shares row 4")).toThrow(/^shares row 4: -1 is negative/);
  });
});
