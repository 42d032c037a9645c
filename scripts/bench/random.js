/** A seeded generator (mulberry32), so every run of the bench measures the same inputs. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [low, high], log-uniform: registers hold many small holders and a few large. */
const logUniformInteger = (random, low, high) =>
  Math.floor(Math.exp(Math.log(low) + random() * (Math.log(high + 1) - Math.log(low))));

module.exports = { seededRandom, logUniformInteger };
