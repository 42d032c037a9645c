/**
 * ALLOTMENT_SHARES over a 1,000,000-holder register, exact, against the same work done in binary
 * floats (⌊h × r⌋ per holder, the fractions pooled in a double) and in decimal.js. Every input is
 * what Excel passes: the register as a 1,000,000×1 array, the ratio as the double typed.
 */
const Decimal = require("decimal.js");
const { interleave } = require("./timing");
const { seededRandom, logUniformInteger } = require("./random");

const HOLDERS = 1_000_000;

/** Ratios with 1 to 6 decimals, as an analyst types them (5.83, 0.2019, 1.234567…). */
function ratioTexts(random, count) {
  return Array.from({ length: count }, (_, i) => {
    const decimals = 1 + (i % 6);
    const scaled = logUniformInteger(random, 10 ** decimals / 100, 30 * 10 ** decimals);
    return (scaled / 10 ** decimals).toFixed(decimals).replace(/\.?0+$/, "");
  });
}

/** A register as Excel passes a column: one holder per row, with a few blank rows. */
function register(random) {
  return Array.from({ length: HOLDERS }, () => [random() < 0.001 ? null : logUniformInteger(random, 1, 10_000_000)]);
}

/** The exact answer, on BigInt, written out independently of the add-in. */
function exactAnswer(rows, ratioText) {
  const [whole, frac = ""] = ratioText.split(".");
  const P = BigInt(whole + frac);
  const Q = 10n ** BigInt(frac.length);
  const perHolder = new Float64Array(rows.length);
  let wholeShares = 0n;
  let remainders = 0n;
  rows.forEach(([h], i) => {
    if (h === null) return;
    const product = BigInt(h) * P;
    const w = product / Q;
    perHolder[i] = Number(w);
    wholeShares += w;
    remainders += product - w * Q;
  });
  return { perHolder, total: Number(wholeShares + remainders / Q) };
}

/** The float loop: what a spreadsheet formula or a naive add-in does. */
function floatTotal(rows, r) {
  let whole = 0;
  let pool = 0;
  for (let i = 0; i < rows.length; i++) {
    const h = rows[i][0];
    if (h === null || h === "") continue;
    const product = h * r;
    const w = Math.floor(product);
    whole += w;
    pool += product - w;
  }
  return whole + Math.floor(pool);
}

function floatWrongHolders(rows, r, exact) {
  let wrong = 0;
  for (let i = 0; i < rows.length; i++) {
    const h = rows[i][0];
    if (h !== null && Math.floor(h * r) !== exact.perHolder[i]) wrong++;
  }
  return wrong;
}

/** A straightforward exact loop with decimal.js, one Decimal per holder. */
function decimalTotal(rows, ratioText) {
  const r = new Decimal(ratioText);
  let whole = new Decimal(0);
  let pool = new Decimal(0);
  for (const [h] of rows) {
    if (h === null || h === "") continue;
    const product = r.times(h);
    const w = product.floor();
    whole = whole.plus(w);
    pool = pool.plus(product.minus(w));
  }
  return whole.plus(pool.floor()).toNumber();
}

function benchAllotment(prepare, { rounds }) {
  const random = seededRandom(20131107);
  const rows = register(random);
  const ratios = ratioTexts(random, 6);
  const exact = ratios.map((text) => exactAnswer(rows, text));
  const calls = ratios.map((text) => prepare("ALLOTMENT_SHARES", rows, Number(text)));
  const addin = (i) => calls[i]()[0][0];

  const problems = [];
  let wrongHolders = 0;
  let wrongTotals = 0;
  ratios.forEach((text, i) => {
    const got = addin(i);
    if (got !== exact[i].total)
      problems.push(`ALLOTMENT_SHARES answered ${got} for ratio ${text}; the exact total is ${exact[i].total}.`);
    wrongHolders += floatWrongHolders(rows, Number(text), exact[i]);
    if (floatTotal(rows, Number(text)) !== exact[i].total) wrongTotals++;
  });

  let current = 0;
  const versusFloat = interleave(
    { exact: () => addin(current), float: () => floatTotal(rows, Number(ratios[current])) },
    { rounds: rounds * ratios.length, prepare: (round) => (current = round % ratios.length) },
  );
  const versusDecimal = interleave(
    { exact: () => addin(0), decimal: () => decimalTotal(rows, ratios[0]) },
    { rounds: 3, warmup: 1 },
  );
  return {
    ratios,
    problems,
    floatWrong: {
      holders: wrongHolders,
      of: ratios.length * rows.filter(([h]) => h !== null).length,
      totals: wrongTotals,
    },
    versusFloat,
    versusDecimal,
  };
}

module.exports = { benchAllotment };
