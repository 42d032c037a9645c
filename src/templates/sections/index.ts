/**
 * The built-in sections, each written once in a JSON file of this folder and used by name from
 * any template, built-in or a user's: `{ "use": "prices" }`, or with its parameters,
 * `{ "use": "rights", "with": { "article": "749", … } }`. A new section is a file here and a line
 * below.
 */
import { fail } from "../errors";
import { sectionDefinitionSchema, type SectionDefinition } from "../schema";
import consolidationChecks from "./consolidation-checks.json";
import consolidationParties from "./consolidation-parties.json";
import consolidationRegister from "./consolidation-register.json";
import consolidationScheduleOptions from "./consolidation-schedule-options.json";
import dissolvingPrices from "./dissolving-prices.json";
import exchangeAllotment from "./exchange-allotment.json";
import exchangeProcedure from "./exchange-procedure.json";
import exchangeRegister from "./exchange-register.json";
import exchangeScheduleOptions from "./exchange-schedule-options.json";
import footballField from "./football-field.json";
import market from "./market.json";
import mergerAllotment from "./merger-allotment.json";
import mergerProcedure from "./merger-procedure.json";
import mergerRegister from "./merger-register.json";
import mergerScheduleOptions from "./merger-schedule-options.json";
import parties from "./parties.json";
import perShare from "./per-share.json";
import priceChart from "./price-chart.json";
import prices from "./prices.json";
import ratioMarket from "./ratio-market.json";
import ratioParties from "./ratio-parties.json";
import ratioRanges from "./ratio-ranges.json";
import ratioValues from "./ratio-values.json";
import releaseAfter from "./release-after.json";
import releaseAllotment from "./release-allotment.json";
import releaseBasis from "./release-basis.json";
import releaseCompanyData from "./release-company-data.json";
import releaseOverview from "./release-overview.json";
import releaseSchedule from "./release-schedule.json";
import rights from "./rights.json";
import schedule from "./schedule.json";
import scheduleChart from "./schedule-chart.json";
import splits from "./splits.json";
import transferCompanies from "./transfer-companies.json";
import transferParties from "./transfer-parties.json";
import transferScheduleOptions from "./transfer-schedule-options.json";

const files: unknown[] = [
  consolidationChecks,
  consolidationParties,
  consolidationRegister,
  consolidationScheduleOptions,
  dissolvingPrices,
  exchangeAllotment,
  exchangeProcedure,
  exchangeRegister,
  exchangeScheduleOptions,
  footballField,
  market,
  mergerAllotment,
  mergerProcedure,
  mergerRegister,
  mergerScheduleOptions,
  parties,
  perShare,
  priceChart,
  prices,
  ratioMarket,
  ratioParties,
  ratioRanges,
  ratioValues,
  releaseAfter,
  releaseAllotment,
  releaseBasis,
  releaseCompanyData,
  releaseOverview,
  releaseSchedule,
  rights,
  schedule,
  scheduleChart,
  splits,
  transferCompanies,
  transferParties,
  transferScheduleOptions,
];

/** The built-in sections by name, alphabetical, as the schema lists them. */
export const builtInSections: ReadonlyMap<string, SectionDefinition> = new Map(
  files.map((file, i) => {
    const parsed = sectionDefinitionSchema.safeParse(file);
    if (!parsed.success) fail(`built-in section ${i + 1}`, parsed.error.issues[0]?.message ?? "is not a section");
    return [parsed.data.section, parsed.data];
  }),
);
