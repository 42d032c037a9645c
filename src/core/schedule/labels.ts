/** What people read for each step of a schedule, in English and Japanese; ids stay in English. */
import type { Bilingual, Language } from "./citation";
import type { Milestone, SideName, StepBase } from "./milestone";

const STEPS: Record<StepBase, Bilingual> = {
  "record-date-notice": { en: "Record date public notice", ja: "基準日公告" },
  "gazette-application": { en: "Gazette notice: apply by", ja: "官報公告の申込み" },
  "creditor-notice": { en: "Creditor notice in the Official Gazette", ja: "債権者異議申述公告（官報）" },
  "creditor-individual-notices": { en: "Individual notices to known creditors", ja: "知れている債権者への各別の催告" },
  "creditor-objection-period": { en: "Creditor objection period", ja: "債権者異議申述期間" },
  convocation: { en: "Convocation notice", ja: "株主総会招集通知" },
  meeting: { en: "Shareholders' meeting", ja: "株主総会" },
  approval: { en: "Company's approval of the demand for sale", ja: "株式売渡請求の承認" },
  "delisting-designation": { en: "Designation as a security to be delisted", ja: "整理銘柄指定" },
  "shareholder-notice": { en: "Shareholder notice or public notice", ja: "株主への通知・公告" },
  "seller-notice": { en: "Notice or public notice to selling shareholders", ja: "売渡株主への通知・公告" },
  "purchase-requests": { en: "Share purchase requests", ja: "株式買取請求期間" },
  "rights-notice": { en: "Notice to stock acquisition right holders", ja: "新株予約権者への通知・公告" },
  "rights-purchase-requests": { en: "Right purchase requests", ja: "新株予約権買取請求期間" },
  "simplified-objection": { en: "Simplified procedure: objection window", ja: "簡易手続に対する反対通知期間" },
  "share-certificate-notice": { en: "Notice to submit share certificates", ja: "株券提出公告・通知" },
  "prior-disclosure": { en: "Prior disclosure", ja: "事前開示書類の備置" },
  "last-trading-day": { en: "Last trading day", ja: "最終売買日" },
  delisting: { en: "Delisting date", ja: "上場廃止日" },
  "effective-date-change-notice": { en: "Public notice of a changed effective date", ja: "効力発生日変更の公告" },
  "effective-date": { en: "Effective date", ja: "効力発生日" },
  "acquisition-date": { en: "Acquisition date", ja: "取得日" },
  registration: { en: "Registration", ja: "登記" },
  "price-petition": { en: "Price petition to the court", ja: "価格決定の申立期間" },
  "post-disclosure": { en: "Post disclosure", ja: "事後開示書類の備置" },
};

const SIDES: Record<SideName, Bilingual> = {
  dissolving: { en: "dissolving company", ja: "消滅会社" },
  surviving: { en: "surviving company", ja: "存続会社" },
  subsidiary: { en: "subsidiary", ja: "完全子会社" },
  parent: { en: "parent", ja: "完全親会社" },
};

export function stepLabel(step: Pick<Milestone, "base" | "side">, language: Language): string {
  const label = STEPS[step.base][language];
  if (!step.side) return label;
  const side = SIDES[step.side][language];
  return language === "ja" ? `${label}（${side}）` : `${label} (${side})`;
}

export const SCHEDULE_HEADER: Record<Language, string[]> = {
  en: ["Step", "Date or first day", "Last day", "Article", "Note"],
  ja: ["手続", "期日・開始日", "終了日", "根拠条文", "備考"],
};

export const CHECK_HEADER: Record<Language, string[]> = {
  en: ["Step", "Planned", "Earliest", "Latest", "Meets", "Days to spare", "Note"],
  ja: ["手続", "予定日", "最早日", "期限", "適合", "余裕日数", "備考"],
};
