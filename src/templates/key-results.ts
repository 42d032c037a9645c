/**
 * The key results a template declares: named cells whose values the task pane shows once the
 * sheet is built, read from the sheet itself (Excel, or the preview), so any template, built-in
 * or a user's, gets them, and the pane knows nothing of what they mean.
 */
import { parseArea, cellAddress } from "../plan/a1";
import type { Plan, Template } from "./types";

export interface KeyResultCell {
  /** The template's name for the cell ("SharesToProvide"). */
  name: string;
  /** In the plan's language. */
  label: string;
  /** Where the plan put it on the new sheet, A1 style ("B12"). */
  address: string;
  /** For a check: what the cell shows when all is well; anything else is shown as a warning. */
  warnUnless?: string;
}

/** The template's key results and where the plan put each (its first cell, for a range). */
export function keyResultCells(template: Template, plan: Plan): KeyResultCell[] {
  const addresses = new Map(plan.names.map((n) => [n.name.toUpperCase(), n.address]));
  return (template.keyResults ?? []).flatMap(({ name, label, warnUnless }) => {
    const area = parseArea(addresses.get(name.toUpperCase()) ?? "");
    // A name the plan left out (a table section skipped for want of rows) has nothing to show.
    if (!area) return [];
    const ok = warnUnless === undefined ? undefined : template.messages?.[warnUnless]?.[plan.language];
    return [
      {
        name,
        label: label[plan.language],
        address: cellAddress(area.top, area.left),
        ...(ok === undefined ? {} : { warnUnless: ok }),
      },
    ];
  });
}
