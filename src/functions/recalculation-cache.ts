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
 * Calls whose arguments hold more cells are computed every time: their key would cost about as
 * much as the answer (a register of a million holders), and would hold the register in memory.
 */
export const CACHED_CELLS = 100_000;

type Answer = { readonly value: unknown } | { readonly error: unknown };

/** A key for the arguments, or undefined past CACHED_CELLS. */
function argumentsKey(args: readonly unknown[]): string | undefined {
  let cells = 0;
  const parts: string[] = [];
  const add = (value: unknown): boolean => {
    if (Array.isArray(value)) {
      parts.push("[");
      for (const item of value) if (!add(item)) return false;
      parts.push("]");
      return true;
    }
    if (++cells > CACHED_CELLS) return false;
    // typeof first: the string "1", the number 1 and TRUE are three keys (and -0 is not 0).
    parts.push(typeof value, Object.is(value, -0) ? "-0" : (JSON.stringify(value) ?? ""), ",");
    return true;
  };
  for (const arg of args) if (!add(arg)) return undefined;
  return parts.join("");
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
