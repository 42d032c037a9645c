/** Inputs shared by the template, writer and engine tests. */
import type { TemplateInputs } from "../../src/templates";

/** What the blank template needs to lay out: the required inputs, nothing else. */
export const BLANK_INPUTS: TemplateInputs = {
  survivingName: "Surviving Co.",
  dissolvingName: "Dissolving Co.",
  effectiveDate: "2016-04-01",
  dissolvingIssued: 1_000,
  ratio: "2/3",
};

/** The register example: holders of 80, 40 and 30 shares at 5.83 → 466, 233, 174; 1 sold. */
export const REGISTER_INPUTS: TemplateInputs = {
  ratio: 5.83,
  dissolvingIssued: 150,
  heldBySurviving: 0,
  treasuryAvailable: 0,
  fractionSalePrice: 1_200,
  register: [
    { holder: '=HYPERLINK("http://x","y")', shares: 80, held: 0 },
    { holder: "+cmd", shares: 40, held: 10 },
    { holder: "@SUM(A1)", shares: 30, held: null },
  ],
};
