/**
 * The built-in templates, JSON files read by the same parser and checks as a user's file, each a
 * list of the built-in sections (./sections) it is made of: the absorption-type merger (吸収合併),
 * blank, and the same with the 2013 example's values (IIJ absorbs IIJ Exlayer, press release of
 * 2013-11-07); the ratio analysis alone; the share exchange (株式交換) and the joint share
 * transfer (共同株式移転), each blank and with illustrative figures (no real transaction); the share
 * consolidation (株式併合) with a squeeze-out example and a 10-to-1 example. An
 * example file names its template and gives an id, a title and values; nothing else of the
 * template is repeated.
 */
import absorptionMergerFile from "./builtin/absorption-merger.json";
// The release says every share delivered comes from treasury without giving IIJ's holding: its
// treasuryAvailable, 104, is the least that makes it so.
import absorptionMerger2013File from "./builtin/absorption-merger-2013-example.json";
import ratioAnalysisFile from "./builtin/ratio-analysis.json";
import jointShareTransferExampleFile from "./builtin/joint-share-transfer-example.json";
import jointShareTransferFile from "./builtin/joint-share-transfer.json";
import shareConsolidation10To1File from "./builtin/share-consolidation-10-to-1-example.json";
import shareConsolidationExampleFile from "./builtin/share-consolidation-example.json";
import shareConsolidationFile from "./builtin/share-consolidation.json";
import shareExchangeExampleFile from "./builtin/share-exchange-example.json";
import shareExchangeFile from "./builtin/share-exchange.json";
import { fail } from "./errors";
import { parseTemplate } from "./parse";
import type { Template } from "./types";

/** A built-in template with an example's id, title and values in place of its own. */
function withExample(template: unknown, example: { template: string; id: string; title: unknown; values: unknown }) {
  const own = (template as { id?: unknown }).id;
  if (example.template !== own) fail("template", `the example is for "${example.template}", not "${String(own)}"`);
  return { ...(template as object), id: example.id, title: example.title, values: example.values };
}

export const absorptionMerger: Template = parseTemplate(absorptionMergerFile);
export const absorptionMerger2013: Template = parseTemplate(
  withExample(absorptionMergerFile, absorptionMerger2013File),
);

/** How the ratio was reached (section 3 of a merger release), on a sheet of its own. */
export const ratioAnalysis: Template = parseTemplate(ratioAnalysisFile);
export const shareExchange: Template = parseTemplate(shareExchangeFile);
export const shareExchangeExample: Template = parseTemplate(withExample(shareExchangeFile, shareExchangeExampleFile));
export const jointShareTransfer: Template = parseTemplate(jointShareTransferFile);
export const jointShareTransferExample: Template = parseTemplate(
  withExample(jointShareTransferFile, jointShareTransferExampleFile),
);
/** The second step of a squeeze-out (DOMAIN §11), and an ordinary 10-to-1 consolidation. */
export const shareConsolidation: Template = parseTemplate(shareConsolidationFile);
export const shareConsolidationExample: Template = parseTemplate(
  withExample(shareConsolidationFile, shareConsolidationExampleFile),
);
export const shareConsolidation10To1: Template = parseTemplate(
  withExample(shareConsolidationFile, shareConsolidation10To1File),
);

export const builtInTemplates: readonly Template[] = [
  absorptionMerger,
  absorptionMerger2013,
  ratioAnalysis,
  shareExchange,
  shareExchangeExample,
  jointShareTransfer,
  jointShareTransferExample,
  shareConsolidation,
  shareConsolidationExample,
  shareConsolidation10To1,
];
