/** The release tables of `npm run sheet`'s TSV: under each release section's title row, each row label's cells. */
export type Rows = Record<string, Record<string, string[]>>;

export function releaseSections(tsv: string): Rows {
  const sections: Rows = {};
  let current: Record<string, string[]> | undefined;
  for (const line of tsv.trimEnd().split("\n")) {
    const [, , label = "", ...cells] = line.split("\t");
    if (/^(Release: |開示資料：)/.test(label)) sections[label] = current = {};
    else if (current && cells.length > 0) {
      if (label in current) throw new Error(`two rows labelled "${label}" in one section`);
      current[label] = cells;
    }
  }
  return sections;
}
