/**
 * What the core says when it refuses input, in one table per language (as Dinero.js keeps
 * checks/messages.ts): a builder per refusal, over the values it names, grouped by domain. A throw
 * site names the refusal it makes, and a test names the builder rather than copying its prose.
 * The values come formatted (dates as ISO text, exact figures as `toMessageText` gives them), so
 * the table imports nothing. The core's messages are English today, as Excel shows them; another
 * language is another table of the type `Messages`.
 */
const en = {
  exact: {
    zeroDenominator: () => "A ratio cannot have a denominator of 0.",
    divisionByZero: () => "Cannot divide by zero.",
    notDecimalPlaces: (decimals: number) => `${decimals} is not a number of decimal places (0 or more).`,
    notFinite: (value: number) => `${value} is not a finite number.`,
    notDecimal: (value: number) => `${value} cannot be read as a decimal number.`,
  },

  counts: {
    notANumber: (where: string, value: number, counted: string) => `${where}: ${value} is not a number of ${counted}.`,
    negative: (where: string, value: number, counted: string) =>
      `${where}: ${value} is negative; a number of ${counted} is 0 or more.`,
    notWhole: (where: string, value: number, counted: string) =>
      `${where}: ${value} is not a whole number of ${counted}.`,
    pastExact: (where: string, value: number) =>
      `${where}: ${value} is beyond 9,007,199,254,740,991, the largest count Excel holds exactly.`,
    resultPastExact: (what: string, shown: string) =>
      `${what} comes to ${shown}, beyond 9,007,199,254,740,991, the largest count Excel holds exactly.`,
  },

  allotment: {
    ratioNotPositive: (ratio: string) =>
      `ratio: ${ratio} is not above 0; give the surviving company's shares per dissolving-company share, e.g. 26, 0.2019 or "2/3".`,
    ratioTooLong: (ratio: string) =>
      `ratio: ${ratio} has more digits than exact share arithmetic holds; shorten it (a ratio rarely needs more than 6 decimals).`,
    holdingPastExact: (holder: string, shares: number) =>
      `${holder}: ${shares} shares × the ratio is past 9,007,199,254,740,991 shares, the largest count Excel holds exactly.`,
    excludedPastHoldings: (excluded: number, issued: number) =>
      `excluded: ${excluded} is more than the ${issued} shares in holdings; excluded shares are part of the holdings.`,
    negativeProceeds: (proceeds: string) =>
      `proceeds: ${proceeds} is negative; give the yen received for the shares sold, 0 or more.`,
    proceedsWithoutSale: (proceeds: string) =>
      `proceeds: ${proceeds} yen, but the fractions make up no whole share, so nothing is sold (CA 234); give 0.`,
    negativeDelivery: (delivered: bigint) => `The shares to deliver, ${delivered}, cannot be negative.`,
    negativeTreasury: (treasury: bigint) =>
      `treasury: ${treasury} is negative; give the treasury shares to use, 0 or more.`,
  },

  oddLot: {
    notShareUnit: (unit: number) =>
      `unit: ${unit} is not a share unit; give a whole number from 1 to 1,000 (100 on the TSE since 2018), or leave it out for 100.`,
  },

  calendar: {
    fictitiousLeapDay: (where: string) =>
      `${where}: serial 60 is 1900-02-29, a day that does not exist (an Excel quirk inherited from Lotus 1-2-3).`,
    notSerial: (where: string, serial: number, lastSerial: number) =>
      `${where}: ${serial} is not an Excel date (serial numbers run from 1 = 1900-01-01 to ${lastSerial} = 9999-12-31).`,
    outOfBounds: (where: string, date: string, covered: string) =>
      `${where}: ${date} is out of bounds: the TSE calendar covers ${covered}, the years its holiday data covers.`,
    noSessionOnOrBefore: (where: string, date: string, covered: string) =>
      `${where}: no TSE session on or before ${date} within ${covered} (out of bounds).`,
    notSessionCount: (where: string) => `${where}: a window holds a whole number of sessions, 1 or more.`,
    sessionsBeforeFirst: (where: string, count: number, end: string, missing: number, first: string, covered: string) =>
      `${where}: ${count} sessions ending ${end} reach ${missing} sessions before ` +
      `${first}, the first the TSE calendar covers (${covered}): out of bounds.`,
    notWholeOffset: (where: string) => `${where}: the number of sessions to move must be a whole number.`,
    offsetOutside: (where: string, sessions: number, direction: "after" | "before", date: string, covered: string) =>
      `${where}: ${sessions} sessions ${direction} ${date} fall outside ${covered}, ` +
      `the years the TSE calendar covers (out of bounds).`,
    settlementBeforeFirst: (where: string, record: string, first: string) =>
      `${where}: the trades settling by ${record} fall before ${first}, the first ` +
      `session the TSE calendar covers (out of bounds).`,
  },

  market: {
    factorNotPositive: (where: string, factor: string) =>
      `${where}: the factor ${factor} is not above 0; give ${FACTOR_FORMS}.`,
    exDateNotSession: (where: string, date: string) =>
      `${where}: ${date} is not a TSE session, so it is no ex-date (the first session on the new share ` +
      `count); an effective or record date is not the ex-date: MERGER.EX_DATE gives it from the record date.`,
    exDateTwice: (where: string, date: string, earlier: string) =>
      `${where}: ${date} is also the ex-date in ${earlier}; give one row per ex-date, its factor the product of both.`,
    emptyHistory: () => "dates: the price history is empty; give at least the dates of the window.",
    dateTwice: (date: string, first: string, second: string, valueName: string, values: [string, string]) =>
      `dates: ${date} appears in ${first} and ${second} with different ${valueName}s ` +
      `(${values[0]} and ${values[1]}); keep one row per date.`,
    valueOnHalt: (where: string, date: string, valueName: string, halt: string) =>
      `dates ${where}: ${date} has a ${valueName}, but ${halt} that day; clear the ${valueName}.`,
    valueOffSession: (where: string, date: string, valueName: string) =>
      `dates ${where}: ${date} is not a TSE session (a weekend, holiday or closed date), yet it has a ` +
      `${valueName}: the dates or the ${valueName}s are shifted.`,
    notRounding: (value: string, maxDecimals: number) =>
      `rounding: ${value} is not a rounding; give a mode and decimals ` +
      `such as "half-up 2" or "down 0" (0–${maxDecimals} decimals), or leave it blank for the unrounded average.`,
    notRoundingMode: (mode: string) =>
      `rounding: ${mode} is not a rounding; give "half-up", "down" or "up" (四捨五入, 切り捨て, 切り上げ), ` +
      `or leave it blank for half-up.`,
    modeWithoutDecimals: (mode: string) =>
      `rounding: ${mode} needs decimals: give the number of decimal places, or leave both blank for the exact figure.`,
    notDecimals: (decimals: string, maxDecimals: number) =>
      `decimals: ${decimals} is not a number of decimal places; give 0 to ${maxDecimals}, ` +
      `or leave it blank for the exact figure.`,
    turnoverBelowVolume: (date: string, turnover: string, volume: string) =>
      `turnover on ${date} is ${turnover}, below that day's volume ${volume}: ` +
      "every share trades at ¥1 or more, so turnover is at least the volume. Are the turnover and volumes columns swapped?",
    notWindow: (where: string, value: string) => `${where}: ${value} is not a window; give ${WINDOW_FORMS}.`,
    historyBeginsLate: (run: string, first: string, missing: number, extendTo: string) =>
      `dates: ${run}, but the price history begins ${first}: ${missing} session${missing === 1 ? " is" : "s are"} ` +
      `missing; extend the history back to ${extendTo}.`,
    historyEndsEarly: (run: string, last: string, missing: number, extendTo: string) =>
      `dates: ${run}, but the price history ends ${last}: ${missing} session${missing === 1 ? " is" : "s are"} ` +
      `missing; extend the history to ${extendTo} or move the reference date.`,
    noTrade: (run: string, valueName: string) =>
      `No trade in the window: ${run} and has no ${valueName} on any of them.`,
    noSessionInPeriod: (where: string, period: string, reference: string) =>
      `${where}: no TSE session in the ${period} to ${reference}.`,
    closesBeforeFirst: (where: string, count: number, reference: string, first: string) =>
      `${where}: ${count} closes to ${reference} reach before ${first}, ` +
      `the first session the TSE calendar covers (out of bounds).`,
    tooFewCloses: (first: string, reference: string, found: number, valueName: string, needed: number) =>
      `dates: the price history from ${first} to ${reference} holds ${found} ` +
      `${valueName}s; the window needs ${needed}: ${needed - found} are missing; extend the history back.`,
  },

  procedure: {
    beforeCompaniesAct: (where: string, date: string) =>
      `${where}: ${date} is before the Companies Act came into force (2006-05-01); ` +
      "a merger then fell under the Commercial Code, which this test does not cover.",
    noVotingRights: () => "Total voting rights must be more than 0: count the units of every voting holder.",
    negativeVotingRights: () => "Voting rights held cannot be negative.",
    heldPastTotal: (held: bigint, total: bigint) =>
      `Voting rights held (${held}) exceed the total (${total}): check both counts.`,
    shortFormThreshold: () =>
      "The short-form threshold is 9/10 by statute; the articles may raise it up to 1, never lower it.",
    negativeSharesDelivered: () => "Shares delivered cannot be negative.",
    negativeOtherConsideration: () => "The book value of other consideration cannot be negative.",
    simplifiedLimit: () =>
      "The simplified-merger limit is 1/5 by statute; the articles may lower it, never raise it, and it must be more than 0.",
    treasuryNotFewer: () => "Treasury shares must be fewer than the shares issued.",
  },

  schedule: {
    /** `from` is the argument's own date when `date` was reached from it (a step of its schedule). */
    noHolidayData: (where: string, date: string, covered: string, from?: string) =>
      `${from === undefined ? `${where}: ${date} is out of bounds` : `${where} ${from}: the schedule runs to ${date}, out of bounds`}: the holiday data covers ${covered}, so the schedule cannot tell which days are closed.`,
    meetingWithoutMeeting: (side: string) =>
      `options: a meeting date is given for the ${side} side, which holds no meeting (short-form or simplified): remove one of them.`,
    transferMeetingTooLate: (meeting: string, effective: string, latest: string) =>
      `options: the meeting on ${meeting} is too late for a share transfer effective ${effective}: ` +
      `the notice and 20 days of purchase requests must come before E (CA 806, 925); hold it by ${latest}.`,
    meetingNotBeforeEffective: (meeting: string, effective: string) =>
      `options: the meeting on ${meeting} is not before the effective date ${effective}: approval is due by the day before (CA 783(1), 795(1)).`,
    beforeCompaniesAct: (where: string, date: string) =>
      `${where}: ${date} is before the Companies Act came into force (2006-05-01); the schedule follows the Act.`,
    transferOnClosedDay: (where: string, date: string, open: string) =>
      `${where}: ${date} is a day the registry is closed (weekend, national holiday or 29 Dec–3 Jan): ` +
      `a share transfer takes effect on the day its registration is filed (CA 49, 925). The next open day is ${open}.`,
    noLatestStart: (deadline: string) => `No day within a year before ${deadline} leaves the period before it.`,
    mergerWithoutCreditors: () =>
      "options: a merger always has the creditor objection procedure (CA 789, 799); it cannot be switched off.",
    transferNotAbsorbing: (option: string) =>
      `options: a share transfer has no short-form or simplified procedure (every company's meeting approves it, CA 804(1)); remove "${option}".`,
    transferOneMeeting: () => 'options: a share transfer has one kind of company; give its meeting as "meeting".',
    shortFormOrSimplified: () => "options: the acquiring side is either short-form or simplified, not both: keep one.",
  },

  rights: {
    negativeExercisePrice: () => "exercise_price: a price cannot be negative.",
    noSharesPerRight: () => "shares_per_right: a right is for more than 0 shares.",
  },

  transfer: {
    allAllotmentsZero: () => "allotments: every allotment is 0, so the holding company would issue no shares.",
  },

  valuation: {
    noSharesIssued: () => "issued: a company has at least 1 share issued.",
    noSharesOutstanding: (treasury: bigint, issued: bigint) =>
      `treasury: ${treasury} leaves no shares outstanding of ${issued} issued.`,
    notTaxRate: (rate: string) =>
      `tax_rate: ${rate} is not a tax rate from 0 up to (not including) 1, e.g. 0.3062 for 30.62%.`,
    offerNotPositive: (where: string, offer: string) => `${where}: ${offer} is not an offer above 0.`,
    referenceNotPositive: (where: string, reference: string) =>
      `${where}: ${reference} is not a reference price above 0.`,
    valueNotPositive: (where: string, value: string) => `${where}: ${value} is not a per-share value above 0.`,
    lowAboveHigh: (side: string, low: string, high: string) =>
      `${side}_low: ${low} is above ${side}_high ${high}; give the low value first.`,
    amountNotPositive: (amount: string) => `amount: ${amount} is not a yen amount above 0.`,
    priceNotPositive: (where: string, price: string | undefined) => `${where}: ${price} is not a price above 0.`,
    floorAboveCap: (floor: string | undefined, cap: string | undefined) =>
      `floor_price: ${floor} is above cap_price ${cap}; the floor is the lower price.`,
  },
};

const FACTOR_FORMS = "shares after ÷ shares before: 2 for a 1→2 split, 0.1 for a 10→1 consolidation";
const WINDOW_FORMS = `a number of sessions (30), "30 closes" (30 sessions that have a close), or a period "1W", "1M", "3M", "6M", "1Y"`;

export type Messages = typeof en;

/** The table the core refuses with. */
export const messages: Messages = en;
