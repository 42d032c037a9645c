/**
 * Where a step of the schedule comes from, cited in English ("CA 785(3)") or in the Japanese form
 * ("会社法785条3項"). Consecutive citations of one law name it once ("CA 785(3), 797(3)"), and of
 * one article, the article once ("CA 782(1), (2)"; "会社法782条1項、2項").
 */
export type Law = "CA" | "CC" | "AdminHolidays" | "TSE" | "Practice";
export type Language = "en" | "ja";

export interface Citation {
  readonly law: Law;
  readonly article?: number;
  readonly paragraph?: number;
}

/** Text in both languages of the schedule. */
export interface Bilingual {
  readonly en: string;
  readonly ja: string;
}

const LAW_NAMES: Record<Law, Bilingual> = {
  CA: { en: "CA", ja: "会社法" },
  CC: { en: "Civil Code", ja: "民法" },
  AdminHolidays: { en: "Administrative Holidays Act", ja: "行政機関休日法" },
  // The listing timetable is the exchange's practice as releases show it; its rule was not located.
  TSE: { en: "TSE practice (verify)", ja: "東証の実務（要確認）" },
  Practice: { en: "Practice (verify)", ja: "実務（要確認）" },
};

export const cite = (law: Law, article?: number, paragraph?: number): Citation => ({ law, article, paragraph });

function place(citation: Citation, language: Language, sameArticle = false): string {
  if (citation.article === undefined) return "";
  if (sameArticle && citation.paragraph !== undefined) {
    return language === "ja" ? `${citation.paragraph}項` : `(${citation.paragraph})`;
  }
  if (language === "ja")
    return `${citation.article}条${citation.paragraph === undefined ? "" : `${citation.paragraph}項`}`;
  return `${citation.article}${citation.paragraph === undefined ? "" : `(${citation.paragraph})`}`;
}

export function formatCitations(citations: readonly Citation[], language: Language): string {
  const parts: string[] = [];
  citations.forEach((citation, i) => {
    const previous = i > 0 ? citations[i - 1] : undefined;
    const sameLaw = previous?.law === citation.law;
    const where = place(citation, language, sameLaw && previous?.article === citation.article);
    const name = LAW_NAMES[citation.law][language];
    if (sameLaw) parts.push(where);
    else parts.push(language === "ja" ? `${name}${where}` : where ? `${name} ${where}` : name);
  });
  return parts.join(language === "ja" ? "、" : ", ");
}
