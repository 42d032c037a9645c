/**
 * AVG_CLOSE_30 on a 20-year daily price history, against the least any function reading that
 * history must do: one bare pass over the two columns per call.
 *
 * The ratio depends on how the closes are held, so it is measured twice, and an edge beside it:
 * - closes with a tenth, then whole-yen closes (most TSE prices), both held to the target: small
 *   integers make the bare pass cheap, so the checks weigh more; measured in this order, in one
 *   process, the second also meets code V8 compiled for the first, as a sheet of both kinds does;
 * - fresh arrays on every call, as Excel passes a range anew to each call (made here by JSON.parse,
 *   an assumption about the host): V8 then converts each row of numbers to a general array on the
 *   first read, in the function and in the bare pass alike, and that conversion dominates both.
 */
const { interleaveRounds, median } = require("./timing");
const { seededRandom } = require("./random");

const HISTORY_SESSIONS = 4_900;
const REFERENCES = 1_000;
const FRESH_CALLS = 50;
const LAST_SESSION = 45289; // 2023-12-29, serial in the 1900 system
const HALTED = 44105; // 2020-10-01: a session on which nothing traded, so its close is blank

/** The history as Excel passes two columns: dates (serials) and closes in yen, one decimal at most. */
function priceHistory(prepare, random, { wholeYen = false } = {}) {
  const dates = prepare("TSE_WINDOW", LAST_SESSION, HISTORY_SESSIONS)();
  let price = 1500;
  const closes = dates.map(([serial]) => {
    price = Math.max(1, price * (1 + (random() - 0.5) * 0.04));
    return [serial === HALTED ? null : wholeYen ? Math.round(price) : Math.round(price * 10) / 10];
  });
  return { dates, closes };
}

/** One pass over both columns: the cost of reading the input, and nothing else. */
function barePass(dates, closes) {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i][0];
    const close = closes[i][0];
    if (typeof date === "number" && typeof close === "number") {
      sum += close;
      count++;
    }
  }
  return sum / count;
}

/**
 * The yardstick at its best: run on short slices first, V8 optimizes the bare pass as a whole with
 * every operation seen; started on the whole history it is optimized mid-loop, and measured up to
 * 10% slower, which flattered the ratio.
 */
function warmBarePass(dates, closes) {
  const shortDates = dates.slice(0, 20);
  const shortCloses = closes.slice(0, 20);
  for (let i = 0; i < 20_000; i++) barePass(shortDates, shortCloses);
}

/** Reference dates anywhere a 30-session window fits, weekends and holidays included. */
function referenceDates(dates, random, count) {
  const first = dates[40][0];
  return Array.from({ length: count }, () => first + Math.floor(random() * (LAST_SESSION - first)));
}

/** Per round, the ratio of the two contenders' times taken side by side; their median and worst. */
function ratioOf(perRound) {
  const ratios = perRound.avgClose30.map((ms, round) => ms / perRound.barePass[round]);
  return { median: median(ratios), worst: Math.max(...ratios), rounds: ratios.length };
}

/** The same history's arrays passed to every call, as a sheet of windows over one range is computed. */
function sameArrays(prepare, { rounds, wholeYen }) {
  const random = seededRandom(41578);
  const { dates, closes } = priceHistory(prepare, random, { wholeYen });
  const references = referenceDates(dates, random, REFERENCES);
  const problems = [];
  const calls = references.map((reference) => prepare("AVG_CLOSE_30", dates, closes, reference));
  const sample = calls[0]();
  if (typeof sample[0][0] !== "number")
    problems.push(`AVG_CLOSE_30 did not answer a number: ${JSON.stringify(sample)}.`);
  warmBarePass(dates, closes);
  const perRound = interleaveRounds(
    {
      avgClose30: () => {
        for (const call of calls) call();
      },
      barePass: () => {
        for (let i = 0; i < references.length; i++) barePass(dates, closes);
      },
    },
    { rounds, warmup: 2 },
  );
  return {
    rows: dates.length,
    references: references.length,
    problems,
    times: { avgClose30: median(perRound.avgClose30), barePass: median(perRound.barePass) },
    ratio: ratioOf(perRound),
  };
}

/** Each call, and each bare pass, given arrays of its own, parsed from JSON outside the timing. */
function freshArrays(prepare, { rounds }) {
  const random = seededRandom(41578);
  const { dates, closes } = priceHistory(prepare, random);
  const text = { dates: JSON.stringify(dates), closes: JSON.stringify(closes) };
  const references = referenceDates(dates, random, FRESH_CALLS);
  const copies = () => references.map(() => ({ dates: JSON.parse(text.dates), closes: JSON.parse(text.closes) }));
  let calls = [];
  let passes = [];
  const perRound = interleaveRounds(
    {
      avgClose30: () => {
        for (const call of calls) call();
      },
      barePass: () => {
        for (const copy of passes) barePass(copy.dates, copy.closes);
      },
    },
    {
      rounds,
      warmup: 2,
      prepare: () => {
        calls = copies().map((copy, k) => prepare("AVG_CLOSE_30", copy.dates, copy.closes, references[k]));
        passes = copies();
      },
    },
  );
  return {
    references: references.length,
    microsPerCall: (median(perRound.avgClose30) * 1000) / references.length,
    ratio: ratioOf(perRound),
  };
}

function benchAverageClose(prepare, { rounds }) {
  const main = sameArrays(prepare, { rounds, wholeYen: false });
  const wholeYen = sameArrays(prepare, { rounds, wholeYen: true });
  const fresh = freshArrays(prepare, { rounds: Math.max(5, Math.round(rounds / 2)) });
  return { ...main, problems: [...main.problems, ...wholeYen.problems], wholeYen, fresh };
}

module.exports = { benchAverageClose };
