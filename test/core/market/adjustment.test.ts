import fc from "fast-check";
import { isoDate, type DayNumber } from "../../../src/core/calendar/dayNumber";
import { TRADING_HALTS, tseCalendar } from "../../../src/core/calendar/sessions";
import { rational, toExactText, type Rational } from "../../../src/core/exact/rational";
import { priceAdjustments, type AdjustmentEvent } from "../../../src/core/market/adjustment";
import { averageClose, CLOSE } from "../../../src/core/market/averageClose";
import { dailySeries } from "../../../src/core/market/dailySeries";
import { TRADING, volumeWeightedAverage } from "../../../src/core/market/vwap";
import { parseWindow } from "../../../src/core/market/window";
import { equals, over, plus, times, type Fraction } from "../valuation/oracle";
import { day, history } from "./history";

const calendar = tseCalendar();
const event = (exDate: string, num: bigint, den = 1n, where = "adjustments row 1"): AdjustmentEvent => ({
  exDate: day(exDate),
  factor: rational(num, den),
  where,
});

describe("split and consolidation adjustment", () => {
  test("a 1→2 split halves closes before its ex-date and doubles volumes; the ex-date itself is on the new count", () => {
    const adjust = priceAdjustments([event("2024-03-28", 2n)], calendar);
    expect(toExactText(adjust.price(rational(1001n), day("2024-03-27")))).toBe("500.5");
    expect(toExactText(adjust.price(rational(1001n), day("2024-03-28")))).toBe("1001");
    expect(toExactText(adjust.volume(rational(300n), day("2024-03-27")))).toBe("600");
  });

  test("a 10→1 consolidation (factor 0.1, as Taiheiyo Cement 2017) multiplies earlier closes by 10", () => {
    const adjust = priceAdjustments([event("2017-09-27", 1n, 10n)], calendar);
    expect(toExactText(adjust.price(rational(4185n, 10n), day("2017-09-26")))).toBe("4185");
  });

  test("events compound: a close before both a 1→2 and a 1→3 split is divided by 6", () => {
    const adjust = priceAdjustments(
      [event("2020-06-01", 3n), event("2019-06-03", 2n, 1n, "adjustments row 2")],
      calendar,
    );
    expect(toExactText(adjust.price(rational(600n), day("2019-05-31")))).toBe("100");
    expect(toExactText(adjust.price(rational(600n), day("2019-06-03")))).toBe("200");
    expect(toExactText(adjust.price(rational(600n), day("2020-06-01")))).toBe("600");
  });

  test.each([
    [[event("2024-03-28", 0n)], /^adjustments row 1: the factor 0 is not above 0/],
    [[event("2024-03-28", -2n)], /^adjustments row 1: the factor -2 is not above 0/],
    [[event("2017-10-01", 1n, 10n)], /^adjustments row 1: 2017-10-01 is not a TSE session.*MERGER.EX_DATE/],
    [
      [event("2024-03-28", 2n), event("2024-03-28", 2n, 1n, "adjustments row 3")],
      /^adjustments row 3: 2024-03-28 is also the ex-date in adjustments row 1/,
    ],
    [[event("2051-01-05", 2n)], /out of bounds/],
  ])("refuses %#", (events, message) => {
    expect(() => priceAdjustments(events, calendar)).toThrow(message);
  });
});

describe("properties", () => {
  const sessions = calendar.days(calendar.sessionsBetween(day("2019-12-31"), day("2020-12-31"), "test"));
  const sessionIndex = fc.integer({ min: 0, max: sessions.length - 1 });
  const factor = fc
    .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }))
    .map(([num, den]): Fraction => [BigInt(num), BigInt(den)]);
  const events = fc.uniqueArray(fc.tuple(sessionIndex, factor), { selector: ([i]) => i, maxLength: 4 });
  const toEvents = (drawn: [number, Fraction][]) =>
    drawn.map(([i, [num, den]], k): AdjustmentEvent => ({
      exDate: sessions[i]!,
      factor: rational(num, den),
      where: `adjustments row ${k + 1}`,
    }));

  test("the factor on a day is the product of every later ex-date's factor, whatever the order given", () => {
    fc.assert(
      fc.property(events, fc.integer({ min: -5, max: sessions.length + 5 }), (drawn, at) => {
        // A day from before the first session to after the last: ex-dates on the first or last day, or none in range.
        const d =
          at < 0
            ? sessions[0]! + at
            : at >= sessions.length
              ? sessions[sessions.length - 1]! + (at - sessions.length + 1)
              : sessions[at]!;
        const expected = drawn
          .filter(([i]) => sessions[i]! > d)
          .reduce((p, [, f]) => times(p, f), [1n, 1n] as Fraction);
        expect(equals(priceAdjustments(toEvents(drawn), calendar).factorOn(d), expected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("an average across splits equals the average of hand-adjusted closes, ex-dates inside or outside the data", () => {
    fc.assert(
      fc.property(
        events,
        fc.array(fc.option(fc.integer({ min: 1, max: 99_999 }), { freq: 6 }), {
          minLength: sessions.length,
          maxLength: sessions.length,
        }),
        fc.integer({ min: 100, max: sessions.length - 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        (drawn, tenths, end, count, dropFirst) => {
          // The history may start after some ex-dates and end before others.
          const kept = sessions.slice(dropFirst, end + 1);
          fc.pre(count <= kept.length);
          const closeOn = (d: DayNumber): Fraction | undefined => {
            const t = tenths[sessions.indexOf(d)];
            return t == null || TRADING_HALTS.has(d) ? undefined : [BigInt(t), 10n];
          };
          fc.pre(kept.slice(-count).some((d) => closeOn(d)));
          const observations = kept.map((d, i) => {
            const c = closeOn(d);
            return { day: d, value: c && rational(c[0], c[1]), where: `row ${i + 1} (${isoDate(d)})` };
          });
          const found = averageClose(
            calendar,
            dailySeries(observations, calendar, CLOSE),
            kept[kept.length - 1]!,
            parseWindow(count),
            priceAdjustments(toEvents(drawn), calendar),
          );
          // By hand: each traded close of the window divided by the factors of later ex-dates, then the mean.
          const traded = kept.slice(-count).filter((d) => closeOn(d));
          const sum = traded.reduce(
            (total, d) => {
              const later = drawn
                .filter(([i]) => sessions[i]! > d)
                .reduce((p, [, f]) => times(p, f), [1n, 1n] as Fraction);
              return plus(total, over(closeOn(d)!, later));
            },
            [0n, 1n] as Fraction,
          );
          expect(equals(found.average, over(sum, [BigInt(traded.length), 1n]))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("VWAP across a split: turnover as traded, volumes before the ex-date multiplied", () => {
    const rows = history("2024-03-21", "2024-04-04", (_d, i) => ({
      turnover: rational(BigInt(1000 * (i + 1))),
      volume: rational(BigInt(10 * (i + 1))),
    }));
    const trading = dailySeries(rows, calendar, TRADING);
    const split = priceAdjustments([event("2024-03-28", 2n)], calendar);
    const found = volumeWeightedAverage(calendar, trading, day("2024-04-04"), parseWindow(10), split);
    const window = calendar.days(calendar.sessionsEnding(day("2024-04-04"), 10, "test"));
    let turnover: Fraction = [0n, 1n];
    let volume: Fraction = [0n, 1n];
    for (const d of window) {
      const i = rows.findIndex((row) => row.day === d);
      turnover = plus(turnover, [BigInt(1000 * (i + 1)), 1n]);
      volume = plus(volume, [BigInt(10 * (i + 1)) * (d < day("2024-03-28") ? 2n : 1n), 1n]);
    }
    expect(equals(found.average, over(turnover, volume))).toBe(true);
    const unadjusted: Rational = volumeWeightedAverage(calendar, trading, day("2024-04-04"), parseWindow(10)).average;
    expect(toExactText(unadjusted)).toBe("100");
  });
});
