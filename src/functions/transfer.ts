/**
 * A joint share transfer's holding company (DOMAIN §9): its shares issued are Σ of each former
 * company's allotment, and each former company's holders own their allotment's part of it.
 */
import { countAsNumber } from "../core/allotment/shareCount";
import { invalid } from "../core/errors";
import { toNumber } from "../core/exact/rational";
import { ownership, roundedOwnership, sharesIssued } from "../core/transfer/proFormaOwnership";
import { asMatrix, cellPlace, choice, enumValues, isBlank, shareCount, type Cell } from "./cells";
import { excelResult } from "./excel";

/**
 * What PRO_FORMA answers.
 * @customenum {string}
 */
export enum ProFormaResult {
  /** Each part rounded to 0.01% so the parts add to exactly 100% (format as %). */
  percent = "percent",
  /** Each part unrounded. */
  exact = "exact",
  /** The shares issued. */
  total = "total",
}

const PRO_FORMA_RESULTS = enumValues(ProFormaResult);
/** Rounded shares are whole hundredths of a percent: 1/10,000 of the company. */
const HUNDREDTHS_OF_A_PERCENT = 10_000n;

/**
 * Pro-forma ownership of a joint share transfer's holding company by each former company's holders: allotment ÷ Σ allotments.
 * @customfunction PRO_FORMA
 * @param allotments Holding-company shares allotted to each former company's holders (e.g. from ALLOTMENT_SHARES), one company per cell; blank cells are skipped.
 * @param [result] "percent" (default) = each part rounded to 0.01% so the parts add to exactly 100% (largest remainder; format as %); "exact" = unrounded; "total" = the shares issued.
 * @returns Each company's part, in the shape of allotments, or the shares issued.
 */
export function proForma(allotments: any[][], result?: ProFormaResult): any[][];
/** Options as text: what Excel sends where CustomFunctionsRuntime 1.5 is absent, and the preview. */
export function proForma(allotments: any[][], result?: any): any[][];
export function proForma(allotments: any[][], result?: any): any[][] {
  return excelResult(() => {
    const output = choice(result, "result", PRO_FORMA_RESULTS, "percent");
    const matrix = asMatrix(allotments);
    const counts: bigint[] = [];
    matrix.forEach((row, r) =>
      row.forEach((cell: Cell, c) => {
        if (!isBlank(cell)) counts.push(BigInt(shareCount(cell, `allotments ${cellPlace(r, c, matrix)}`)));
      }),
    );
    if (counts.length === 0) invalid("allotments: every cell is empty; give each former company's allotment.");
    if (output === "total") return [[countAsNumber(sharesIssued(counts), "The shares issued")]];
    const parts =
      output === "exact"
        ? ownership(counts).map(toNumber)
        : roundedOwnership(counts, HUNDREDTHS_OF_A_PERCENT).map((units) => Number(units) / 10_000);
    let next = 0;
    return matrix.map((row) => row.map((cell: Cell) => (isBlank(cell) ? "" : parts[next++]!)));
  });
}
