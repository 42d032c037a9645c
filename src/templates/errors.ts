/** The one error a template refusal throws: its message starts with the path of the problem. */
export class TemplateError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(path ? `${path}: ${problem}` : problem);
    this.name = "TemplateError";
  }
}

export function fail(path: string, problem: string): never {
  throw new TemplateError(path, problem);
}

/** ["sections", 2, "rows", 0] → "sections[2].rows[0]"; the root is "(template)". */
export function pathText(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text ? `.${String(key)}` : String(key);
  return text || "(template)";
}
