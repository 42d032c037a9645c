import fc from "fast-check";
import { isCommonSerial, isoDate } from "../../src/core/calendar/dayNumber";
import { tseCalendar } from "../../src/core/calendar/sessions";
import { RowScan } from "../../src/core/market/dailySeries";
import { type Cell } from "../../src/functions/cells";
import { scanColumn } from "../../src/functions/columnScan";
import { RangeRows, type Column } from "../../src/functions/rangeRows";

// The fast scan against the general pass, on random histories around sessions of 1990–2040, in
// any order, whole yen or with decimals, with blanks and faults: where the scan reads a history
// it learns what the general pass learns, row for row; anything else it leaves to the general
// pass, telling the core nothing. Seeded, so the counts asserted at the end do not flake.
const calendar = tseCalendar();
const sessions = calendar.sessions;
const toSerial = (day: number) => day + 25_569;
const fromIso = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
};
const firstSession = calendar.indexOnOrBefore(fromIso("1990-01-04"), "test");
const lastSession = calendar.indexOnOrBefore(fromIso("2040-12-28"), "test");

const price = fc.oneof(
  {
    arbitrary: fc.integer({ min: 1, max: 10_000_000 }).chain((m) => fc.constantFrom(m, m / 10, m / 100, m / 1000)),
    weight: 8,
  },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constant(0), weight: 1 },
);
const fault = fc.oneof(
  fc.record({
    kind: fc.constantFrom("same twice", "twice, another close", "on a closed day", "blank close on a closed day"),
  }),
  fc.record({
    kind: fc.constant("date cell"),
    // 32 is 1900-02-01, a day, but before the fictitious 1900-02-29: the general pass reads it.
    // 2³² + 41,000 truncates with | 0 to a serial of 2012, and is no date at all.
    cell: fc.constantFrom<Cell>("n/a", true, 60, 32, 0, "", -3, 3_000_000, "2013-02-30", 2 ** 32 + 41_000, 2 ** 31),
  }),
  fc.record({
    kind: fc.constant("close cell"),
    // A decimal in a column of whole yen, the largest doubles, and cells no close can be.
    cell: fc.constantFrom<Cell>(-5, "abc", "", "1,234.5", true, NaN, Infinity, -0, 1234.5, 2 ** 31, 2 ** 53, 1e300),
  }),
  fc.record({
    kind: fc.constantFrom(
      "time of day",
      "text date",
      "wide date row",
      "short close row",
      "outside the years",
      "blank row",
    ),
  }),
);
const history = fc.record({
  start: fc.integer({ min: firstSession, max: lastSession - 100 }),
  // Short histories, and ones long enough that the scan reads them in more than one stretch.
  prices: fc.oneof(
    { arbitrary: fc.array(price, { minLength: 1, maxLength: 90, size: "max" }), weight: 5 },
    { arbitrary: fc.array(price, { minLength: 250, maxLength: 600, size: "max" }), weight: 1 },
  ),
  wholeYen: fc.boolean(),
  order: fc.constantFrom("ascending", "descending", "shuffled"),
  shuffle: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 100, maxLength: 100 }),
  // Faults anywhere, and often beside the ends of the scan's stretches of 256 rows.
  faults: fc.array(
    fc.tuple(
      fault,
      fc.oneof(fc.nat(), fc.constantFrom(254, 255, 256, 257, 511, 512)),
      fc.integer({ min: 1, max: 9_999 }),
    ),
    { maxLength: 2 },
  ),
});

type History = typeof history extends fc.Arbitrary<infer H> ? H : never;

/** Two columns as Excel passes them, with the faults applied. */
function build({ start, prices, wholeYen, order, shuffle, faults }: History) {
  const rows: Cell[][] = prices.map((close, i) => [
    toSerial(sessions[start + i]!),
    wholeYen && close !== null ? Math.ceil(close) : close,
  ]);
  if (order === "descending") rows.reverse();
  if (order === "shuffled") rows.sort((a, b) => shuffle[(a[0] as number) % 100]! - shuffle[(b[0] as number) % 100]!);
  const d: Cell[][] = rows.map((row) => [row[0]]);
  const c: Cell[][] = rows.map((row) => [row[1]]);
  for (const [change, at, close] of faults) {
    const { kind } = change;
    const cell = "cell" in change ? change.cell : undefined;
    const i = at % d.length;
    const day = Math.floor(d[i]![0] as number) - 25_569; // when d[i] holds a serial
    if (kind === "same twice") {
      d.push([d[i]![0]]);
      c.push([c[i]![0]]);
    }
    if (kind === "twice, another close") {
      d.push([d[i]![0]]);
      c.push([wholeYen ? close : close / 10]);
    }
    if (kind === "on a closed day" || kind === "blank close on a closed day") {
      let closed = sessions[start + (at % prices.length)]! + 1;
      while (calendar.isSession(closed, "test")) closed++;
      d.splice(i, 0, [toSerial(closed)]);
      c.splice(i, 0, [kind === "on a closed day" ? close : null]);
    }
    if (kind === "date cell") d[i] = [cell];
    if (kind === "close cell") c[i] = [cell];
    if (kind === "time of day" && typeof d[i]![0] === "number") d[i] = [(d[i]![0] as number) + 0.75];
    if (kind === "text date" && typeof d[i]![0] === "number") d[i] = [isoDate(day)];
    if (kind === "wide date row") d[i] = [d[i]![0], null];
    if (kind === "short close row") c[i] = [];
    if (kind === "outside the years") {
      d.push([toSerial(fromIso(close % 2 ? "1969-12-31" : "2051-01-04"))]);
      c.push([close]);
    }
    if (kind === "blank row") {
      d.splice(i, 0, [null]);
      c.splice(i, 0, [null]);
    }
  }
  return { d, c };
}

/** What a reader told the core: the scan's fields, and each row as the core reads it; or its error. */
function reading(d: Cell[][], c: Cell[][], columnPass?: typeof scanColumn): unknown {
  const scan = new RowScan(calendar);
  const columns: Column[] = [{ argument: "closes", what: "closing price", cells: c }];
  try {
    const rows = new RangeRows(d, columns, (history, i) => history.amount(0, i), scan, columnPass);
    return {
      scan: scanFields(scan),
      rows: Array.from({ length: rows.length }, (_, i) => ({
        day: rows.day(i),
        traded: rows.traded(i),
        value: rows.traded(i) ? rows.value(i) : undefined,
        sameAsNext: i + 1 < rows.length && rows.traded(i) && rows.traded(i + 1) ? rows.same(i, i + 1) : undefined,
        where: rows.where(i),
      })),
    };
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
}

const scanFields = ({ count, rising, falling, misplaced, firstRowDay, lastRowDay }: RowScan) => ({
  count,
  rising,
  falling,
  misplaced,
  firstRowDay,
  lastRowDay,
});

/** The shape the scan promises to read: n×1 columns, common serials, closes blank, 0 or finite above 0. */
const inCommonShape = (d: Cell[][], c: Cell[][]) =>
  d.length > 0 &&
  d.length === c.length &&
  d.every((row, i) => {
    const [date] = row;
    const close = c[i]![0];
    return (
      row.length === 1 &&
      c[i]!.length === 1 &&
      typeof date === "number" &&
      isCommonSerial(date) &&
      (close === null || (typeof close === "number" && close >= 0 && close < Infinity))
    );
  });

test("the scan reads what the general pass reads, declines the rest having told the core nothing, and never throws", () => {
  const counts = { read: 0, readWholeYen: 0, readThenRefused: 0, declined: 0 };
  fc.assert(
    fc.property(history, (h) => {
      const { d, c } = build(h);
      const scan = new RowScan(calendar);
      const untouched = scanFields(scan);
      let read = false;
      expect(() => (read = scanColumn(d, c, scan))).not.toThrow();
      expect(read).toBe(inCommonShape(d, c));
      const general = reading(d, c);
      if (read) {
        // The general pass accepts every history in the common shape (later checks, of repeated
        // dates and closes on closed days, belong to the core and see the same scan).
        expect(general).toHaveProperty("scan", scanFields(scan));
        counts.read++;
        if (c.every(([close]) => close === null || Number.isInteger(close))) counts.readWholeYen++;
        if (scan.misplaced >= 0 || scan.direction === 0) counts.readThenRefused++;
      } else {
        expect(scanFields(scan)).toEqual(untouched);
        counts.declined++;
      }
      expect(reading(d, c, scanColumn)).toEqual(general);
    }),
    { numRuns: 1500, seed: 41578 },
  );
  // Not empty on either side: many histories are read by the scan (whole yen too, and some the
  // core then refuses or reads out of order), and many are declined.
  expect(counts.read).toBeGreaterThan(300);
  expect(counts.readWholeYen).toBeGreaterThan(100);
  expect(counts.readThenRefused).toBeGreaterThan(100);
  expect(counts.declined).toBeGreaterThan(300);
});
