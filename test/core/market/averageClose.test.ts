import fc from "fast-check";
import { isoDate, type DayNumber } from "../../../src/core/calendar/dayNumber";
import { TRADING_HALTS, tseCalendar } from "../../../src/core/calendar/sessions";
import { rational, toExactText, toNumber } from "../../../src/core/exact/rational";
import { averageClose, CLOSE } from "../../../src/core/market/averageClose";
import { dailySeries } from "../../../src/core/market/dailySeries";
import { parseWindow } from "../../../src/core/market/window";
import { day, history } from "./history";

const calendar = tseCalendar();

describe("the simple average of closes", () => {
  test("IIJ's window: the mean of exactly the closes of 2013-09-18 … 2013-10-31", () => {
    // Each close encodes its own date (YYYYMMDD / 10000), so the mean reveals which days were used.
    const closeOf = (d: DayNumber) => rational(BigInt(isoDate(d).replace(/-/g, "")), 10_000n);
    const closes = dailySeries(history("2013-08-01", "2013-11-29", closeOf), calendar, CLOSE);
    const result = averageClose(calendar, closes, day("2013-10-31"), parseWindow(30));
    const expectedDays = result.window.sessions;
    expect(isoDate(expectedDays[0]!)).toBe("2013-09-18");
    const sum = expectedDays.reduce((total, d) => total + BigInt(isoDate(d).replace(/-/g, "")), 0n);
    expect(result.average).toEqual(rational(sum, 10_000n * 30n));
  });

  test("sessions without a close are left out of the mean but count toward N", () => {
    const closes = dailySeries(
      history("2013-10-21", "2013-10-31", (d) =>
        isoDate(d) === "2013-10-30" ? undefined : rational(isoDate(d) === "2013-10-31" ? 130n : 100n),
      ),
      calendar,
      CLOSE,
    );
    const result = averageClose(calendar, closes, day("2013-10-31"), parseWindow(3));
    expect(result.window.sessions.map(isoDate)).toEqual(["2013-10-29", "2013-10-30", "2013-10-31"]);
    expect(result.average).toEqual(rational(115n)); // (100 + 130) / 2
    const closesOnly = averageClose(calendar, closes, day("2013-10-31"), parseWindow("3 closes"));
    expect(closesOnly.average).toEqual(rational(110n)); // (100 + 100 + 130) / 3
  });

  test("exact: closes in 0.1 yen steps average without binary error", () => {
    const tenths = [rational(1001n, 10n), rational(1002n, 10n), rational(1006n, 10n)];
    const closes = dailySeries(
      history("2013-10-29", "2013-10-31", (_d, i) => tenths[i]),
      calendar,
      CLOSE,
    );
    expect(toExactText(averageClose(calendar, closes, day("2013-10-31"), parseWindow(3)).average)).toBe("100.3");
  });
});

describe("properties", () => {
  const first = calendar.sessions.findIndex((d) => d >= day("1971-01-01"));
  const sessionIndex = fc.integer({ min: first, max: calendar.sessions.length - 1 });

  test("an N-session window holds exactly N sessions and ends on the last session on or before the reference", () => {
    fc.assert(
      fc.property(sessionIndex, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 250 }), (i, extra, count) => {
        const reference = calendar.sessions[i]! + extra;
        fc.pre(calendar.covers(reference));
        const sessions = calendar.days(calendar.sessionsEnding(reference, count, "reference_date"));
        const last = sessions[sessions.length - 1]!;
        expect(sessions).toHaveLength(count);
        expect(last).toBeLessThanOrEqual(reference);
        // No session lies after the window's end up to the reference, and every day of the window is a session.
        for (let d = last + 1; d <= reference; d++) expect(calendar.isSession(d, "d")).toBe(false);
        for (const d of sessions) expect(calendar.isSession(d, "d")).toBe(true);
        expect(sessions.every((d, k) => k === 0 || d > sessions[k - 1]!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("the average equals a brute-force recomputation walking back day by day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: first + 400, max: calendar.sessions.length - 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.option(fc.integer({ min: 1, max: 9_999_999 }), { freq: 5 }), { minLength: 400, maxLength: 400 }),
        (i, count, countCloses, extra, cents) => {
          fc.pre(cents.filter((c) => c !== null).length >= count);
          const lastDay = calendar.sessions[i]!;
          const firstDay = calendar.sessions[i - 399]!;
          // Nothing traded on a halted session (2020-10-01): the generator leaves it without a close.
          const closeOf = new Map<DayNumber, number | null>(
            calendar.days({ start: i - 399, end: i }).map((d, k) => [d, TRADING_HALTS.has(d) ? null : cents[k]!]),
          );
          const closes = dailySeries(
            history(isoDate(firstDay), isoDate(lastDay), (d) => {
              const c = closeOf.get(d);
              return c == null ? undefined : rational(BigInt(c), 100n);
            }),
            calendar,
            CLOSE,
          );
          // The reference is the history's last session or a closed day after it.
          const reference = lastDay + extra;
          fc.pre(calendar.covers(reference) && calendar.indexOnOrBefore(reference, "r") === i);
          // Brute force: step back one calendar day at a time, in whole cents.
          let sessions = 0;
          let used = 0;
          let sum = 0;
          for (let d = reference; countCloses ? used < count : sessions < count; d--) {
            if (!calendar.isSession(d, "d")) continue;
            sessions++;
            const c = closeOf.get(d);
            if (c == null) continue;
            used++;
            sum += c;
          }
          const compute = () =>
            averageClose(
              calendar,
              closes,
              reference,
              countCloses ? { kind: "closes", count } : { kind: "sessions", count },
            );
          if (used === 0) {
            expect(compute).toThrow(/No trade in the window/);
            return;
          }
          const result = compute();
          expect(result.window.sessions).toHaveLength(sessions);
          expect(result.window.traded).toHaveLength(used);
          expect(result.average).toEqual(rational(BigInt(sum), BigInt(100 * used)));
          expect(toNumber(result.average)).toBeCloseTo(sum / 100 / used, 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});
