import { isoDate } from "../../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../../src/core/calendar/sessions";
import { rational } from "../../../src/core/exact/rational";
import { dailySeries } from "../../../src/core/market/dailySeries";
import { TRADING, volumeWeightedAverage, type Trading } from "../../../src/core/market/vwap";
import { parseWindow } from "../../../src/core/market/window";
import { day, history } from "./history";

const calendar = tseCalendar();
const trade = (turnover: bigint, volume: bigint): Trading => ({
  turnover: rational(turnover),
  volume: rational(volume),
});

describe("VWAP", () => {
  test("Σ turnover / Σ volume over the window, not the mean of daily prices", () => {
    // 2013-10-29: 100 shares at 1,000; 10-30: no trade; 10-31: 300 shares at 1,200; 10-28 lies outside.
    const days: Record<string, Trading | undefined> = {
      "2013-10-28": trade(999_999n, 1n),
      "2013-10-29": trade(100_000n, 100n),
      "2013-10-31": trade(360_000n, 300n),
    };
    const trading = dailySeries(
      history("2013-10-28", "2013-10-31", (d) => days[isoDate(d)]),
      calendar,
      TRADING,
    );
    const result = volumeWeightedAverage(calendar, trading, day("2013-10-31"), parseWindow(3));
    expect(result.window.sessions.map(isoDate)).toEqual(["2013-10-29", "2013-10-30", "2013-10-31"]);
    expect(result.average).toEqual(rational(460_000n, 400n)); // 1,150, where the mean of prices is 1,100
  });

  test("the same window rules: a 1M period", () => {
    const trading = dailySeries(
      history("2016-06-01", "2016-08-02", () => trade(2_000n, 2n)),
      calendar,
      TRADING,
    );
    const result = volumeWeightedAverage(calendar, trading, day("2016-08-02"), parseWindow("1M"));
    expect(isoDate(result.window.sessions[0]!)).toBe("2016-07-04");
    expect(result.average).toEqual(rational(1_000n));
  });

  test("a day repeated with a different volume is refused", () => {
    const rows = [
      { day: day("2013-10-31"), value: trade(100n, 1n), where: "row 1" },
      { day: day("2013-10-31"), value: trade(100n, 2n), where: "row 2" },
    ];
    expect(() => dailySeries(rows, calendar, TRADING)).toThrow(
      "dates: 2013-10-31 appears in row 1 and row 2 with different trades (turnover 100, volume 1 and turnover 100, volume 2)",
    );
  });
});
