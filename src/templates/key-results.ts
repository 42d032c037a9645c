/**
 * The key figures of a template's inputs, computed by the core directly (not by the sheet), so
 * the task pane can show them before anything is built: shares to provide, from treasury, new
 * shares, and the procedure tests. Only the "absorption-merger" family is known here.
 */
import { allot } from "../core/allotment/allot";
import { eligibleShares } from "../core/allotment/eligibleShares";
import { shareSources } from "../core/allotment/shareSources";
import { DomainError } from "../core/errors";
import { fromNumber, type Rational } from "../core/exact/rational";
import { fullUnits } from "../core/odd-lot/fullUnits";
import { japaneseCitation, simplifiedMergerArticle } from "../core/procedure/article";
import { bookValuePerShare, simplifiedTest } from "../core/procedure/simplified";
import { shortFormTest } from "../core/procedure/shortForm";
import { resolveInputs, type Resolved } from "./inputs";
import type { KeyResult, Language, Template, TemplateInputs } from "./types";

const LABELS: Record<KeyResult["id"], Record<Language, string>> = {
  sharesToProvide: { en: "Shares to provide", ja: "交付する株式数" },
  fromTreasury: { en: "From treasury", ja: "自己株式から" },
  newShares: { en: "New shares", ja: "新株発行" },
  shortForm: { en: "Short-form merger (dissolving company)", ja: "略式合併（消滅会社）" },
  simplified: { en: "Simplified merger (surviving company)", ja: "簡易合併（存続会社）" },
  simplifiedArticle: { en: "Article by the effective date", ja: "効力発生日による根拠条文" },
  registerCheck: { en: "Shares to provide per the register", ja: "名簿による交付株式数" },
};

const WORDS = {
  yes: { en: "Yes", ja: "該当" },
  no: { en: "No", ja: "非該当" },
  missing: { en: "Enter: {0}", ja: "未入力: {0}" },
  blocked: { en: "No: a condition excluding it is marked", ja: "非該当：除外事由あり" },
  registerDiffers: {
    en: "The register gives {0} shares to provide, the figures above {1}: check the register against the shares issued less treasury and the surviving company's holding.",
    ja: "名簿からの交付株式数 {0} が上記の {1} と一致しません。発行済株式数から自己株式と存続会社の保有分を除いた数と名簿を照合してください。",
  },
} satisfies Record<string, Record<Language, string>>;

class Missing extends Error {}

export function keyResults(template: Template, inputs: TemplateInputs, language: Language): KeyResult[] {
  if (template.family !== "absorption-merger") return [];
  const { values } = resolveInputs(template, inputs, language);
  const labelOf = (id: string) => template.inputs.find((i) => i.id === id)?.label[language] ?? id;
  const missing = (id: string) => new Missing(WORDS.missing[language].replace("{0}", labelOf(id)));
  const need = (id: string): Resolved => {
    const value = values.get(id);
    if (!value || value.kind === "blank") throw missing(id);
    return value;
  };
  const count = (id: string): number => {
    const value = need(id);
    if (value.kind !== "number") throw missing(id);
    return value.number;
  };
  const exact = (id: string): Rational => {
    const value = need(id);
    if (value.kind === "exact") return value.value;
    if (value.kind === "number") return fromNumber(value.number);
    throw missing(id);
  };
  const flag = (id: string): boolean => {
    const value = values.get(id);
    return value?.kind === "boolean" && value.value;
  };
  const optionalCount = (id: string): number | undefined => {
    const value = values.get(id);
    return value?.kind === "number" ? value.number : undefined;
  };
  // Articles in the pane's language: "CA 796(3)" in English, "会社法796条3項" in Japanese.
  const cite = (article: string) => (language === "ja" ? japaneseCitation(article) : article);
  const yesNo = (yes: boolean, article?: string) =>
    yes ? `${WORDS.yes[language]}${article ? ` (${cite(article)})` : ""}` : WORDS.no[language];

  const results: KeyResult[] = [];
  const figure = (
    id: KeyResult["id"],
    compute: () => { value: number | boolean | string; display: string; warning?: string },
  ) => {
    try {
      results.push({ id, label: LABELS[id][language], ...compute() });
    } catch (error) {
      if (!(error instanceof Missing || error instanceof DomainError)) throw error;
      results.push({ id, label: LABELS[id][language], display: "—", error: error.message });
    }
  };

  const delivered = () => {
    const eligible = eligibleShares(count("dissolvingIssued"), count("dissolvingTreasury") + count("heldBySurviving"));
    return allot([eligible], exact("ratio")).sharesToProvide;
  };
  const number = (n: bigint) => ({ value: Number(n), display: Number(n).toLocaleString("en-US") });
  figure("sharesToProvide", () => number(delivered()));
  figure("fromTreasury", () => number(shareSources(delivered(), BigInt(count("treasuryAvailable"))).treasuryUsed));
  figure("newShares", () => number(shareSources(delivered(), BigInt(count("treasuryAvailable"))).newShares));
  figure("shortForm", () => {
    const unit = count("dissolvingUnit");
    const held = fullUnits(count("heldBySurviving"), unit) + fullUnits(count("heldBySubsidiaries"), unit);
    const total =
      optionalCount("dissolvingVotingRights") ??
      fullUnits(count("dissolvingIssued") - count("dissolvingTreasury"), unit);
    const test = shortFormTest(BigInt(held), BigInt(total), exact("shortFormThreshold"));
    return { value: test.qualifies, display: yesNo(test.qualifies, "CA 784(1)") };
  });
  figure("simplified", () => {
    if (flag("mergerLoss") || flag("restrictedShares") || flag("objections"))
      return { value: false, display: WORDS.blocked[language] };
    const netAssets = exact("survivingNetAssets");
    const perShare = flag("useStatedBookValue")
      ? exact("survivingEquityPerShare")
      : bookValuePerShare(netAssets, BigInt(count("survivingIssued")), BigInt(count("survivingTreasury")));
    const test = simplifiedTest({
      sharesDelivered: delivered(),
      bookValuePerShare: perShare,
      otherConsideration: exact("otherConsideration"),
      netAssets,
      limit: exact("simplifiedLimit"),
      applyNetAssetsFloor: flag("netAssetsFloor"),
    });
    const effective = values.get("effectiveDate");
    const article = effective?.kind === "date" ? simplifiedMergerArticle(effective.day) : undefined;
    return { value: test.qualifies, display: yesNo(test.qualifies, article) };
  });
  // The register's own allotment against the figures': a holder missing or counted twice shows here.
  const register = values.get("register");
  const sharesColumn = template.inputs.find((i) => i.id === "register")?.columns?.findIndex((c) => c.id === "shares");
  if (register?.kind === "rows" && register.rows.length > 0 && sharesColumn !== undefined && sharesColumn >= 0) {
    figure("registerCheck", () => {
      const holdings = register.rows.map((row) => {
        const cell = row[sharesColumn];
        return cell?.kind === "number" ? cell.number : 0;
      });
      const perRegister = allot(holdings, exact("ratio")).sharesToProvide;
      const expected = delivered();
      const shown = number(perRegister);
      if (perRegister === expected) return shown;
      const differs = WORDS.registerDiffers[language]
        .replace("{0}", shown.display)
        .replace("{1}", Number(expected).toLocaleString("en-US"));
      return { ...shown, warning: differs };
    });
  }
  figure("simplifiedArticle", () => {
    const effective = need("effectiveDate");
    if (effective.kind !== "date") throw missing("effectiveDate");
    const article = simplifiedMergerArticle(effective.day);
    return { value: article, display: cite(article) };
  });
  return results;
}
