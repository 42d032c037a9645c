import { parseTemplate, TemplateError } from "../../src/templates";

/** The message parseTemplate refuses a template file with; fails the test if it accepts it. */
export function refusal(json: unknown): string {
  try {
    parseTemplate(json);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return (error as Error).message;
  }
  throw new Error("parseTemplate accepted the template");
}
