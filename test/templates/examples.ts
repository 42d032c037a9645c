/** Inputs shared by the template, writer and engine tests. */
import {
  absorptionMerger2013,
  initialInputs,
  jointShareTransferExample,
  shareConsolidation10To1,
  shareConsolidationExample,
  shareExchangeExample,
  type Template,
  type TemplateInputs,
} from "../../src/templates";

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

/** The share-consolidation template's required inputs only. */
export const BLANK_CONSOLIDATION_INPUTS: TemplateInputs = {
  targetName: "Target Co.",
  effectiveDate: "2016-04-01",
  ratio: "10",
  issuedBefore: 1_000,
};

/** The share-exchange template's required inputs only. */
export const BLANK_EXCHANGE_INPUTS: TemplateInputs = {
  parentName: "Parent Co.",
  subsidiaryName: "Subsidiary Co.",
  effectiveDate: "2016-04-01",
  subsidiaryIssued: 1_000,
  ratio: "2/3",
};

/** The joint share transfer's required inputs: two companies. */
export const BLANK_TRANSFER_INPUTS: TemplateInputs = {
  holdingName: "Holding Co.",
  effectiveDate: "2016-04-01",
  companies: [
    { company: "First Co.", issued: 1_000, treasury: null, ratio: "1" },
    { company: "Second Co.", issued: 600, treasury: 1, ratio: "2/3" },
  ],
};

/** The example whose figures fill each built-in template (a blank template has none of its own). */
const EXAMPLE_OF: Record<string, Template> = {
  "absorption-merger": absorptionMerger2013,
  "absorption-merger-2013-example": absorptionMerger2013,
  "ratio-analysis": absorptionMerger2013,
  "share-exchange": shareExchangeExample,
  "share-exchange-example": shareExchangeExample,
  "joint-share-transfer": jointShareTransferExample,
  "joint-share-transfer-example": jointShareTransferExample,
  "share-consolidation": shareConsolidationExample,
  "share-consolidation-example": shareConsolidationExample,
  "share-consolidation-10-to-1-example": shareConsolidation10To1,
};

/** A built-in template's example figures, with the given register where it has one: every part is written. */
export function everyPartInputs(template: Template, register: TemplateInputs[string]): TemplateInputs {
  const example = EXAMPLE_OF[template.id];
  if (!example) throw new Error(`no example figures for the built-in template "${template.id}"`);
  const hasRegister = template.inputs.some((input) => input.id === "register");
  return { ...initialInputs(example), ...(hasRegister ? { register } : {}) };
}
