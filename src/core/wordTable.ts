/**
 * Words a user types (an option's label, a rounding mode, a kind of transaction) looked up in a
 * table of the words accepted. Own properties only: a plain object also answers "constructor",
 * "toString" and the like from its prototype, which would read as a word of the table.
 */
export const wordIn = <T>(table: Readonly<Record<string, T>>, word: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
