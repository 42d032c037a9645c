/** Procedure tests of a merger: test results stated from the figures, not legal advice. */
export { shortFormTest, STATUTORY_SHORT_FORM_THRESHOLD, type ShortFormResult } from "./shortForm";
export {
  bookValuePerShare,
  NET_ASSETS_FLOOR,
  simplifiedTest,
  STATUTORY_SIMPLIFIED_LIMIT,
  type SimplifiedInput,
  type SimplifiedResult,
} from "./simplified";
export { SHORT_FORM_ARTICLE, simplifiedMergerArticle } from "./article";
