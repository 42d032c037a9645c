/**
 * CONSOLIDATION over squeeze-out registers of 10, 10,000 and 100,000 holders (an acquirer holding
 * about nine tenths, then retail holders), in the built bundle with Excel's argument shapes: each
 * holder's expected cash (the heaviest result: read, allot, fraction, cash) timed side by side
 * with ALLOTMENT_SHARES "holders" on the same register at 1/ratio of a share, the merger's
 * per-holder path that it reuses. The ratio is SQUEEZE_OUT_RATIO's; the pool, the sale and the
 * cash are checked against a BigInt answer written out here.
 */
const { interleave } = require("./timing");
const { seededRandom, logUniformInteger } = require("./random");

const SIZES = [10, 10_000, 100_000];
const PRICE = 4620;

function register(random, holders) {
  const others = Array.from({ length: holders - 1 }, () => [
    random() < 0.001 ? null : logUniformInteger(random, 1, 100_000),
  ]);
  const otherShares = others.reduce((sum, [h]) => sum + (h ?? 0), 0);
  return { acquirer: otherShares * 9 + 1, others };
}

/** Shares sold and Σ expected cash (rounded down per holder), on BigInt. */
function exactAnswer(rows, ratio) {
  const n = BigInt(ratio);
  let pool = 0n;
  let cash = 0n;
  for (const [h] of rows) {
    if (h === null) continue;
    const rest = BigInt(h) % n;
    pool += rest;
    cash += rest * BigInt(PRICE);
  }
  return { sold: Number(pool / n), cash: Number(cash) };
}

function benchConsolidation(prepare, { rounds }) {
  const random = seededRandom(20231222);
  const problems = [];
  const sizes = SIZES.map((holders) => {
    const { acquirer, others } = register(random, holders);
    const ratio = prepare("SQUEEZE_OUT_RATIO", others, acquirer)()[0][0];
    const rows = [[acquirer], ...others];
    const exact = exactAnswer(rows, ratio);
    const cash = prepare("CONSOLIDATION", rows, ratio, "cash", PRICE);
    const sold = prepare("CONSOLIDATION", rows, ratio, "sold")()[0][0];
    const allotment = prepare("ALLOTMENT_SHARES", rows, `1/${ratio}`, null, "holders");
    const paidTotal = cash().reduce((sum, [c]) => sum + (c === "" ? 0 : c), 0);
    if (sold !== exact.sold) problems.push(`CONSOLIDATION sold ${sold} at ${ratio}; exactly ${exact.sold}.`);
    if (paidTotal !== exact.cash)
      problems.push(`CONSOLIDATION's cash totals ${paidTotal} over ${holders} holders; exactly ${exact.cash}.`);
    const times = interleave({ cash, allotment }, { rounds });
    return { holders, ratio, sold, times };
  });
  return { sizes, problems };
}

module.exports = { benchConsolidation };
