/**
 * The share-exchange and joint share-transfer templates, built and computed by HyperFormula: every
 * computed cell of each example checked against the core (allotment, art. 234 pool, odd lots,
 * procedure tests, rights, pro-forma ownership, the statutory schedule), and the blank templates
 * with their required inputs only computing without an error.
 */
import { allot } from "../../src/core/allotment/allot";
import { eligibleShares } from "../../src/core/allotment/eligibleShares";
import { shareSources } from "../../src/core/allotment/shareSources";
import { parseDateText } from "../../src/core/calendar/dayNumber";
import { fromNumber, multiply, rational, subtract, toNumber, type Rational } from "../../src/core/exact/rational";
import { fullUnits } from "../../src/core/odd-lot/fullUnits";
import { shortFormTest, simplifiedTest } from "../../src/core/procedure";
import { roundedOwnership, sharesIssued } from "../../src/core/transfer/proFormaOwnership";
import {
  jointShareTransfer,
  jointShareTransferExample,
  shareExchange,
  shareExchangeExample,
} from "../../src/templates";
import { BLANK_EXCHANGE_INPUTS, BLANK_TRANSFER_INPUTS } from "../templates/examples";
import {
  built,
  checkRegister,
  checkRightsRow,
  checkScheduleTable,
  checkRelease,
  close,
  expectAllChecked,
} from "./built-sheet";

const exactRatio = (num: bigint, den: bigint): Rational => rational(num, den);

test("the share-exchange example: every computed cell equals the core's answer", async () => {
  const s = await built(shareExchangeExample, {});
  const ratio = exactRatio(3n, 4n);
  // The parent's holding and the subsidiary's treasury shares get no allotment.
  const eligible = eligibleShares(1_000_000, 5_000 + 920_000);
  const delivered = allot([eligible], ratio).sharesToProvide;
  const sources = shareSources(delivered, 30_000n);
  expect(s.cell("Shares eligible for allotment")).toBe(eligible);
  expect(s.cell("Shares to deliver (whole shares + shares sold for fractions)")).toBe(Number(delivered));
  expect(s.cell("Delivered from treasury")).toBe(Number(sources.treasuryUsed));
  expect(s.cell("New shares issued")).toBe(Number(sources.newShares));
  expect(s.cell("Parent: shares issued after")).toBe(50_000_000 + Number(sources.newShares));
  expect([eligible, delivered, sources.newShares]).toEqual([75_000, 56_250n, 26_250n]);

  // Rights: one series, 100 shares at 1,234 yen → 75 shares at 1,645.33… rounded up to 1,646.
  const rightsHeader = s.rowOf("Series");
  checkRightsRow(s, rightsHeader + 1, ratio, "up");
  expect([s.at(rightsHeader + 1, 4), s.at(rightsHeader + 1, 5)]).toEqual([75, 1_646]);
  for (const r of [rightsHeader + 2, rightsHeader + 3]) expect([s.at(r, 4), s.at(r, 5)]).toEqual(["", ""]);
  expect(s.cell("Series of rights")).toBe(1);

  const held = fullUnits(920_000, 100);
  const total = fullUnits(995_000, 100);
  const shortForm = shortFormTest(BigInt(held), BigInt(total));
  expect(s.cell("Voting rights held by the parent and those subsidiaries")).toBe(held);
  expect(s.cell("Total voting rights used")).toBe(total);
  close(s.cell("Share of voting rights held"), toNumber(shortForm.share));
  expect(shortForm.qualifies).toBe(true);
  expect(s.cell("Short-form share exchange (subsidiary)")).toBe(
    "Meets the short-form test: no meeting of the subsidiary (CA 784(1))",
  );
  const simplified = simplifiedTest({
    sharesDelivered: delivered,
    bookValuePerShare: fromNumber(1_600),
    netAssets: rational(80_000_000_000n),
  });
  expect(s.cell("X ≤ ρ·Y (TRUE: the simplified test is met)")).toBe(simplified.qualifies);
  expect(s.cell("X = shares delivered × net assets per share + other")).toBe(toNumber(simplified.consideration));
  expect(s.cell("Y = net assets")).toBe(toNumber(simplified.base));
  expect(s.cell("ρ·Y")).toBe(toNumber(simplified.allowance));
  expect(s.cell("Simplified share exchange (parent)")).toBe("Meets the simplified test: no meeting of the parent");
  expect(s.cell("Article by the effective date")).toBe("CA 796(2)");

  expect(s.cell("Short-form: no meeting of the subsidiary")).toBe(true);
  expect(s.cell("Simplified: no meeting of the parent")).toBe(true);
  expect(s.cell("Stock acquisition rights outstanding")).toBe(true);
  expect(s.cell("Options given to MERGER.SCHEDULE")).toBe("language=en, short-form, simplified, rights");
  const options = { shortForm: true, simplified: true, rights: true };
  expect(checkScheduleTable(s, "Step id", "2024-10-01", "share exchange", options, "en", 10)).toEqual([
    "prior-disclosure-subsidiary",
    "shareholder-notice",
    "rights-notice",
    "simplified-objection",
    "purchase-requests",
    "registration",
  ]);
  // 2 weeks from E 2024-10-01 counting E end on Monday 10-14, a national holiday: the 15th.
  expect(s.cell("registration", 4)).toBe(45_580);

  // The register: whole shares, the art. 234 pool, odd lots after and cash, from the core.
  checkRegister(s, { holdings: [40_010, 30_003, 4_987], heldBefore: [0, 250, 0], ratio, proceeds: rational(1_850n) });
  expect(s.cell("Subsidiary shares in the register")).toBe(75_000);
  expect(s.cell("Shares to provide per the register")).toBe(Number(delivered));
  checkRelease(s);
  expectAllChecked(s);
});

test("the joint share-transfer example, in Japanese: every computed cell equals the core's answer", async () => {
  const s = await built(jointShareTransferExample, {}, "ja");
  const companies = [
    { issued: 1_000_000, treasury: 5_000, ratio: exactRatio(1n, 1n) },
    { issued: 600_000, treasury: 0, ratio: exactRatio(37n, 100n) },
    { issued: 250_003, treasury: 3, ratio: exactRatio(2n, 3n) },
  ];
  const allotments = companies.map((c) => allot([eligibleShares(c.issued, c.treasury)], c.ratio).sharesToProvide);
  const parts = roundedOwnership(allotments, 10_000n);
  const header = s.rowOf("会社");
  companies.forEach((c, i) => {
    const row = header + 1 + i;
    const eligible = eligibleShares(c.issued, c.treasury);
    expect(s.at(row, 4)).toBe(eligible);
    expect(s.at(row, 5)).toBe(Number(allotments[i]));
    // Below one share of the company's total, discarded (CA 234(1)): eligible × ratio − allotment.
    close(s.at(row, 6), toNumber(subtract(multiply(rational(BigInt(eligible)), c.ratio), rational(allotments[i]!))));
    // The pie's categories: the company whose former holders own the part beside it.
    expect(s.at(row, 7)).toBe(s.grid.values[row]![0]);
    expect(s.at(row, 8)).toBe(Number(parts[i]) / 10_000);
  });
  for (const row of [header + 4, header + 5]) {
    expect([4, 5, 6, 7, 8].map((c) => s.at(row, c))).toEqual(["", "", "", "", ""]);
  }
  expect(allotments).toEqual([995_000n, 222_000n, 166_666n]);
  expect(s.cell("会社数")).toBe(3);
  expect(s.cell("株式移転設立完全親会社の設立時発行株式数")).toBe(Number(sharesIssued(allotments)));
  close(s.cell("持株比率の合計"), 1);
  expect(s.cell("MERGER.SCHEDULE に渡す条件")).toBe("language=ja, listed, meeting=2024-06-25");
  const options = { listed: true, meetingAcquired: parseDateText("2024-06-25")! };
  expect(checkScheduleTable(s, "手続 id", "2024-10-01", "share transfer", options, "ja", 10)).toEqual([
    "meeting",
    "shareholder-notice",
    "purchase-requests",
    "last-trading-day",
    "registration",
  ]);
  expectAllChecked(s);
});

test("the blank templates with their required inputs only compute without an error", async () => {
  const exchange = await built(shareExchange, BLANK_EXCHANGE_INPUTS, "en");
  expect(exchange.grid.errors).toEqual([]);
  expect(exchange.cell("Shares to deliver (whole shares + shares sold for fractions)")).toBe(666);
  expect(exchange.cell("Series of rights")).toBe("None: no stock acquisition rights outstanding");
  expect(exchange.cell("Simplified share exchange (parent)")).toBe(
    "(enter the parent's net assets and net assets per share)",
  );
  const transfer = await built(jointShareTransfer, BLANK_TRANSFER_INPUTS, "en");
  expect(transfer.grid.errors).toEqual([]);
  expect(transfer.cell("New holding company: shares issued at formation")).toBe(1_000 + 399);
});

test("a joint share transfer on a day the registry is closed shows the core's message, not dates", async () => {
  const s = await built(jointShareTransferExample, { effectiveDate: "2024-09-28" }, "en");
  const row = s.rowOf("registration");
  expect(s.at(row, 4)).toBe("#VALUE!");
  expect(s.grid.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ error: "#VALUE!", message: expect.stringContaining("next open day is 2024-09-30") }),
    ]),
  );
});
