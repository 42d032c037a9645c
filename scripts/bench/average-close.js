/**
 * AVG_CLOSE_30 on a 20-year daily price history, against the least any function reading that
 * history must do: one bare pass over the two columns per call.
 */
const { interleaveRounds, median } = require("./timing");
const { seededRandom } = require("./random");

const HISTORY_SESSIONS = 4_900;
const REFERENCES = 1_000;
const LAST_SESSION = 45289; // 2023-12-29, serial in the 1900 system
const HALTED = 44105; // 2020-10-01: a session on which nothing traded, so its close is blank

/** The history as Excel passes two columns: dates (serials) and closes in yen, one decimal at most. */
function priceHistory(prepare, random) {
  const dates = prepare("TSE_WINDOW", LAST_SESSION, HISTORY_SESSIONS)();
  let price = 1500;
  const closes = dates.map(([serial]) => {
    price = Math.max(1, price * (1 + (random() - 0.5) * 0.04));
    return [serial === HALTED ? null : Math.round(price * 10) / 10];
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

function benchAverageClose(prepare, { rounds }) {
  const random = seededRandom(41578);
  const { dates, closes } = priceHistory(prepare, random);
  // Reference dates anywhere a 30-session window fits, weekends and holidays included.
  const first = dates[40][0];
  const references = Array.from({ length: REFERENCES }, () => first + Math.floor(random() * (LAST_SESSION - first)));
  const problems = [];
  const calls = references.map((reference) => prepare("AVG_CLOSE_30", dates, closes, reference));
  const sample = calls[0]();
  if (typeof sample[0][0] !== "number")
    problems.push(`AVG_CLOSE_30 did not answer a number: ${JSON.stringify(sample)}.`);

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
  // The ratio of each round's two times (taken side by side), then their median and worst.
  const ratios = perRound.avgClose30.map((ms, round) => ms / perRound.barePass[round]);
  const times = { avgClose30: median(perRound.avgClose30), barePass: median(perRound.barePass) };
  return {
    rows: dates.length,
    references: references.length,
    problems,
    times,
    ratio: { median: median(ratios), worst: Math.max(...ratios), rounds: ratios.length },
  };
}

module.exports = { benchAverageClose };
