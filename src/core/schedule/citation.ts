/**
 * Where a step of the schedule comes from, cited in English ("CA 785(3)") or in the Japanese form
 * ("会社法785条3項"). Consecutive citations of one law name it once ("CA 785(3), 797(3)"), and of
 * one article, the article once ("CA 782(1), (2)"; "会社法782条1項、2項"). An article inserted
 * after another carries a branch number: "CA 182-4(3)", "会社法182条の4第3項".
 */
export type Law = "CA" | "CC" | "AdminHolidays" | "TSE" | "Practice";
export type Language = "en" | "ja";

export interface Citation {
  readonly law: Law;
  readonly article?: number;
  /** The branch number of an inserted article: 4 in 182-4 (182条の4). */
  readonly branch?: number;
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

/** `article` is a number or, for an inserted article, text such as "182-4". */
export function cite(law: Law, article?: number | `${number}-${number}`, paragraph?: number): Citation {
  if (typeof article !== "string") return { law, article, paragraph };
  const [main, branch] = article.split("-").map(Number);
  return { law, article: main, branch, paragraph };
}

function place(citation: Citation, language: Language, sameArticle = false): string {
  if (citation.article === undefined) return "";
  const { branch, paragraph } = citation;
  if (sameArticle && paragraph !== undefined) {
    return language === "ja" ? `${branch === undefined ? "" : "第"}${paragraph}項` : `(${paragraph})`;
  }
  if (language === "ja") {
    // 182条の4第3項: after a branch number the paragraph takes 第, or it would read as one number.
    const article = `${citation.article}条${branch === undefined ? "" : `の${branch}`}`;
    return `${article}${paragraph === undefined ? "" : `${branch === undefined ? "" : "第"}${paragraph}項`}`;
  }
  return `${citation.article}${branch === undefined ? "" : `-${branch}`}${paragraph === undefined ? "" : `(${paragraph})`}`;
}

export function formatCitations(citations: readonly Citation[], language: Language): string {
  const parts: string[] = [];
  citations.forEach((citation, i) => {
    const previous = i > 0 ? citations[i - 1] : undefined;
    const sameLaw = previous?.law === citation.law;
    const where = place(
      citation,
      language,
      sameLaw && previous?.article === citation.article && previous?.branch === citation.branch,
    );
    const name = LAW_NAMES[citation.law][language];
    if (sameLaw) parts.push(where);
    else parts.push(language === "ja" ? `${name}${where}` : where ? `${name} ${where}` : name);
  });
  return parts.join(language === "ja" ? "、" : ", ");
}
