/** Decimal texts as a user types them (up to `places` decimals), for the valuation properties. */
import fc from "fast-check";

export const decimalText = (max: number, places: number, min = 1): fc.Arbitrary<string> =>
  fc.integer({ min: Math.round(min * 10 ** places), max: Math.round(max * 10 ** places) }).map((scaled) => {
    const sign = scaled < 0 ? "-" : "";
    const digits = String(Math.abs(scaled)).padStart(places + 1, "0");
    return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
  });

export const roundingMode = fc.constantFrom("half-up" as const, "down" as const, "up" as const);
