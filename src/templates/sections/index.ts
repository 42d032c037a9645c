/**
 * The built-in sections, each written once in a JSON file of this folder and used by name from
 * any template, built-in or a user's: `{ "use": "prices" }`, or with its parameters,
 * `{ "use": "rights", "with": { "article": "749", … } }`. A new section is a file here and a line
 * below.
 */
import { fail } from "../errors";
import { sectionDefinitionSchema, type SectionDefinition } from "../schema";
import dissolvingPrices from "./dissolving-prices.json";
import footballField from "./football-field.json";
import priceChart from "./price-chart.json";
import prices from "./prices.json";
import ratioMarket from "./ratio-market.json";
import ratioRanges from "./ratio-ranges.json";
import ratioValues from "./ratio-values.json";
import scheduleChart from "./schedule-chart.json";
import splits from "./splits.json";

const files: unknown[] = [
  dissolvingPrices,
  footballField,
  priceChart,
  prices,
  ratioMarket,
  ratioRanges,
  ratioValues,
  scheduleChart,
  splits,
];

/** The built-in sections by name, alphabetical, as the schema lists them. */
export const builtInSections: ReadonlyMap<string, SectionDefinition> = new Map(
  files.map((file, i) => {
    const parsed = sectionDefinitionSchema.safeParse(file);
    if (!parsed.success) fail(`built-in section ${i + 1}`, parsed.error.issues[0]?.message ?? "is not a section");
    return [parsed.data.section, parsed.data];
  }),
);
