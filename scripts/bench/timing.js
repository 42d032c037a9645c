/**
 * Side-by-side timing. Absolute times on a shared 2-core machine are noise, so every figure the
 * bench reports is a ratio of two contenders timed in the same rounds: each round runs every
 * contender once, in an order that alternates between rounds, and the ratio is taken of the
 * medians. Warm-up rounds (JIT, caches) are run and discarded.
 */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Milliseconds one call of `run` takes. */
function timeOnce(run) {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Times `contenders` ({ name: () => void }) in interleaved rounds; returns each one's median in ms.
 * `prepare(round)` runs before each round (e.g. to pick the round's input) and is not timed.
 */
function interleave(contenders, { rounds, warmup = 2, prepare = () => {} }) {
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
  return Object.fromEntries(names.map((name) => [name, median(times[name])]));
}

module.exports = { interleave };
