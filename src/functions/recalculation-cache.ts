/**
 * Answers repeated calls from memory. Excel re-invokes custom functions on a row insert, a group
 * expanded and every file open, with the same arguments; every function here is pure (no clock,
 * no workbook read, none volatile), so the same arguments give the same answer, or the same
 * error. The key is the arguments exactly: each value with its type ("1" is not 1) and every
 * cell of a range. The cache lives as long as the functions' runtime: reloading the add-in
 * clears it.
 */

/** Answers kept; the least recently used goes first. */
export const CACHED_ANSWERS = 256;
/**
 * Calls whose arguments hold more cells are computed every time. Building a key costs far more
 * per cell than the functions' own pass (a number's text): for a 4,900-session price history
 * (9,800 cells) it measured about 40 bare passes over the columns, where AVG_CLOSE_30 itself is
 * under 2; for a register of a million holders it would also hold the register in memory.
 */
export const CACHED_CELLS = 1_000;

type Answer = { readonly value: unknown } | { readonly error: unknown };

/**
 * Whether the arguments hold more than CACHED_CELLS cells (a range is rows of cells), counted
 * before any key is built and only as far as the bound: a register of a million rows costs 1,000.
 */
function pastTheBound(args: readonly unknown[]): boolean {
  let cells = 0;
  for (const arg of args) {
    if (!Array.isArray(arg)) cells++;
    else {
      for (const row of arg) {
        cells += Array.isArray(row) ? row.length : 1;
        if (cells > CACHED_CELLS) return true;
      }
    }
  }
  return cells > CACHED_CELLS;
}

/**
 * One cell in the key, its type first: the text "1", the number 1 and TRUE are three keys, -0 is
 * not 0, and text carries its length, so no text can pass for the cells after it.
 */
function cellKey(value: unknown): string {
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "n-0;" : `n${value};`;
    case "string":
      return `s${value.length}:${value}`;
    case "boolean":
      return value ? "T;" : "F;";
    default:
      return value === null ? "z;" : value === undefined ? "u;" : `o${JSON.stringify(value)};`;
  }
}

/** A key for the arguments, or undefined past CACHED_CELLS. */
function argumentsKey(args: readonly unknown[]): string | undefined {
  if (pastTheBound(args)) return undefined;
  let key = "";
  for (const arg of args) {
    if (!Array.isArray(arg)) {
      key += cellKey(arg);
      continue;
    }
    key += "[";
    for (const row of arg) {
      if (!Array.isArray(row)) key += cellKey(row);
      else {
        key += "|";
        for (const cell of row) key += cellKey(cell);
      }
    }
    key += "]";
  }
  return key;
}

type Implementation = (...args: never[]) => unknown;

/** A cache of answers: for all functions at once, so that the bound is the add-in's. */
export class RecalculationCache {
  private readonly answers = new Map<string, Answer>();

  /**
   * `implementation` of function `id`, answering from the cache. Only the parameters it declares
   * make the key: Excel's runtime passes an invocation object after them, new at every call.
   */
  cached<F extends Implementation>(id: string, implementation: F): F {
    const declared = implementation.length;
    const cached = (...args: never[]): unknown => {
      const key = argumentsKey(args.slice(0, declared));
      if (key === undefined) return implementation(...args);
      const idKey = `${id}(${key}`;
      let answer = this.answers.get(idKey);
      if (answer) {
        this.answers.delete(idKey); // set again below: now the most recently used
      } else {
        try {
          answer = { value: implementation(...args) };
        } catch (error) {
          answer = { error };
        }
        if (this.answers.size >= CACHED_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
      }
      this.answers.set(idKey, answer);
      if ("error" in answer) throw answer.error;
      return answer.value;
    };
    return cached as F;
  }

  /**
   * Every function `runtime` associates from now on answers from this cache. The functions entry
   * installs it before any function module runs: the metadata plugin appends each module's
   * `CustomFunctions.associate(id, fn)` calls to the module itself.
   */
  install(runtime: typeof CustomFunctions): void {
    const associate = runtime.associate.bind(runtime) as (id: string, fn: Implementation) => void;
    runtime.associate = ((idOrMappings: string | Record<string, Implementation>, fn?: Implementation) => {
      const mappings = typeof idOrMappings === "string" ? { [idOrMappings]: fn! } : idOrMappings;
      for (const [id, f] of Object.entries(mappings)) associate(id, this.cached(id.toUpperCase(), f));
    }) as typeof runtime.associate;
  }
}
