/**
 * Side-by-side timing. Absolute times on a shared 2-core machine are noise, so every figure the
 * bench reports is a ratio of two contenders timed in the same rounds: each round runs every
 * contender once, in an order that alternates between rounds, and the ratio is taken of the
 * medians (or per round). Warm-up rounds (JIT, caches) are run and discarded. Time is this
 * process's CPU time (user + system), not the wall clock: while other work holds both cores, the
 * time spent waiting for one is not the code's, and it made single rounds swing by 2×.
 */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Milliseconds of CPU one call of `run` takes. */
function timeOnce(run) {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e3;
}

/**
 * Times `contenders` ({ name: () => void }) in interleaved rounds; returns each one's times in ms,
 * one per round. `prepare(round)` runs before each round (e.g. to pick the round's input) and is
 * not timed.
 */
function interleaveRounds(contenders, { rounds, warmup = 2, prepare = () => {} }) {
  const names = Object.keys(contenders);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    prepare(round);
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const ms = timeOnce(contenders[name]);
      if (round >= warmup) times[name].push(ms);
    }
  }
  return times;
}

/** As `interleaveRounds`, each contender's median in ms. */
function interleave(contenders, options) {
  const times = interleaveRounds(contenders, options);
  return Object.fromEntries(Object.entries(times).map(([name, ms]) => [name, median(ms)]));
}

module.exports = { interleave, interleaveRounds, median };
