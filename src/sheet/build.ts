/**
 * A template built outside Excel the way the task pane's preview builds it: the layout's plan
 * written by the worksheet writer into the preview workbook, computed by its formula engine
 * (HyperFormula, with the MERGER.* functions of the add-in's own modules). A development tool
 * (`npm run sheet`): HyperFormula is GPL and stays out of the production build.
 */
import { PreviewWorkbook } from "../preview/workbook";
import type { SheetGrid } from "../preview/sheet";
import type { Language, Plan } from "../plan/plan";
import { layout, validateInputs, type Template, type TemplateInputs } from "../templates";
import { buildWorksheet } from "../workbook";

export interface BuiltSheet {
  readonly plan: Plan;
  /** The computed sheet from A1: values, formulas and number formats, as the pane shows it. */
  readonly grid: SheetGrid;
}

/** Inputs the template refuses, one message per input (`register[2].shares`); none thrown. */
export class InputProblems extends Error {
  constructor(readonly problems: Record<string, string>) {
    super(
      `The inputs are refused:\n${Object.entries(problems)
        .map(([id, message]) => `  ${id}: ${message}`)
        .join("\n")}`,
    );
    this.name = "InputProblems";
  }
}

export async function buildSheet(template: Template, inputs: TemplateInputs, language: Language): Promise<BuiltSheet> {
  const problems = validateInputs(template, inputs, language);
  if (Object.keys(problems).length > 0) throw new InputProblems(problems);
  const plan = layout(template, inputs, { language });
  const workbook = new PreviewWorkbook({ engine: "hyperformula" });
  const { sheetName } = await buildWorksheet(workbook.run, plan);
  return { plan, grid: await workbook.grid(sheetName) };
}
