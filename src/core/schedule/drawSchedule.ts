/**
 * The statutory schedule of a merger, share exchange, joint share transfer, share consolidation or
 * demand for sale, drawn back from its effective date E (DOMAIN §8, 9, 11). Each rule below is one step: a small function of the context
 * that gives its milestone, or nothing when the step does not arise. The result is in date order.
 */
import { dayFromParts, isoDate, type DayNumber } from "../calendar/dayNumber";
import { tseCalendar } from "../calendar/sessions";
import { invalid, notAvailable } from "../errors";
import { messages } from "../messages";
import { COMPANIES_ACT_IN_FORCE } from "../procedure/article";
import { article142Reading, type PeriodUse } from "./article142";
import { cite, type Bilingual, type Citation } from "./citation";
import { isArticle142Holiday, isRegistryClosed } from "./closedDays";
import { CA, milestone, sideName, sides, transfer, WHERE, withReading, type Context } from "./context";
import { clearDaysBefore, dayBefore } from "./countBack";
import { latestStartEndingBefore } from "./latestStart";
import type { Milestone } from "./milestone";
import { periodEnd } from "./periodEnd";
import { runOn } from "./runOn";
import {
  acquisitionDate,
  approval,
  consolidationMeeting,
  consolidationMeetingStep,
  delistingDesignation,
  pricePetition,
  sellerNotice,
  squeezeOutNoticeBy,
} from "./squeezeOut";
import { checkOptions, isSqueezeOut, type ScheduleOptions, type Side, type TransactionKind } from "./transaction";

/** Settlement moved to T+2 on this day: since then delisting is 2 sessions before E, not 3. */
const T_PLUS_2: DayNumber = dayFromParts(2019, 7, 16)!;
/** The 2014 amendment in force: the simplified-merger objection moved from CA 796(4) to 796(3). */
const AMENDMENT_2014: DayNumber = dayFromParts(2015, 5, 1)!;

function effectiveDate(context: Context): Milestone {
  const { effective, kind } = context;
  const article =
    kind === "merger"
      ? CA(750, 1)
      : kind === "share exchange"
        ? CA(769, 1)
        : kind === "share consolidation"
          ? CA(182, 1)
          : CA(774, 1);
  return milestone(context, "effective-date", {
    first: effective,
    limit: "on",
    earliest: effective,
    latest: effective,
    registryDay: transfer(context),
    citations: transfer(context) ? [article, CA(49)] : [article],
    note: transfer(context)
      ? {
          en: "The holding company is formed on the day its registration is filed: a day the registry is open.",
          ja: "設立登記の申請日に成立するため、法務局の開庁日であること。",
        }
      : kind === "share consolidation"
        ? {
            en: "Each holder holds the consolidated shares from this day; may fall on a day the registry is closed.",
            ja: "株主は効力発生日に併合後の株式の株主となる。法務局の閉庁日でもよい。",
          }
        : {
            en: "May fall on a day the registry is closed (an absorption-type transaction takes effect on the agreed date).",
            ja: "吸収型のため、法務局の閉庁日でも効力を生ずる。",
          },
  });
}

function shareholderNotice(context: Context): Milestone {
  if (transfer(context)) {
    const meeting = context.meetings.get("acquired")!.day;
    return milestone(context, "shareholder-notice", {
      first: meeting,
      last: context.noticeBy,
      limit: "within",
      earliest: meeting,
      latest: context.noticeBy,
      citations: [CA(806, 3), CA(806, 4)],
      note: withReading(context, "act", {
        en: "Within 2 weeks after the meeting, and early enough that the 20 days of purchase requests end before E.",
        ja: "株主総会の決議の日から2週間以内、かつ買取請求期間（20日）が効力発生日の前に終わる日まで。",
      }),
    });
  }
  if (context.kind === "share consolidation") return consolidationNotice(context);
  return milestone(context, "shareholder-notice", {
    first: context.noticeBy,
    limit: "by",
    latest: context.noticeBy,
    citations: [CA(785, 3), CA(797, 3)],
    note: {
      en: "20 clear days before E (appraisal rights). A listed company gives a public notice naming the purchase account.",
      ja: "効力発生日の20日前まで（反対株主の買取請求）。上場会社は公告（買取口座を記載）。",
    },
  });
}

/** The notice of what the meeting resolved (CA 181): 20 clear days before E where 182-2 applies, else 2 weeks. */
function consolidationNotice(context: Context): Milestone {
  const whole = context.options.wholeUnits;
  return milestone(context, "shareholder-notice", {
    first: context.noticeBy,
    limit: "by",
    latest: context.noticeBy,
    citations: whole ? [CA(181, 1), CA(181, 2)] : [CA(181, 1), CA(181, 2), CA("182-4", 3)],
    note: whole
      ? {
          en: "2 clear weeks before E: the ratio leaves whole share units, so CA 182-2 to 182-6 do not apply (182-2(1)), as given. A public notice may replace the notice (a listed company: public notice).",
          ja: "効力発生日の2週間前まで（単元株式数に併合の割合を乗じて端数が生じないため会社法182条の2〜182条の6は適用なし：指定による）。通知は公告に代えることができる（上場会社は公告）。",
        }
      : {
          en: "20 clear days before E, to shareholders and registered pledgees (fractions arise: CA 182-4(3) lengthens 181(1)'s 2 weeks). A public notice may replace the notice (a listed company: public notice).",
          ja: "効力発生日の20日前までに株主・登録株式質権者へ（端数が生ずるため会社法182条の4第3項により181条1項の2週間を20日に読替え）。通知は公告に代えることができる（上場会社は公告）。",
        },
  });
}

/** The 20 days of purchase requests: E − 20 … E − 1, or 20 days from a share transfer's notice. */
function purchasePeriod(context: Context): { first: DayNumber; last: DayNumber } {
  if (!transfer(context)) return { first: dayBefore(context.effective, 20), last: context.effective - 1 };
  return {
    first: context.noticeBy + 1,
    last: runOn(periodEnd(context.noticeBy, { count: 20, unit: "day" }), context.holiday.wait),
  };
}

function purchaseRequests(context: Context): Milestone | undefined {
  if (context.kind === "share consolidation") {
    if (context.options.wholeUnits) return undefined;
    const period = purchasePeriod(context);
    return milestone(context, "purchase-requests", {
      ...period,
      limit: "within",
      earliest: period.first,
      latest: period.last,
      citations: [CA("182-4", 1), CA("182-4", 4)],
      note: {
        en: "From 20 days before E to the day before E: holders of shares that become fractions ask the company to buy them at a fair price.",
        ja: "効力発生日の20日前の日から前日まで。端数となる株式の株主は公正な価格での買取りを請求できる。",
      },
    });
  }
  const period = purchasePeriod(context);
  return milestone(context, "purchase-requests", {
    ...period,
    limit: "within",
    earliest: period.first,
    latest: period.last,
    citations: transfer(context) ? [CA(806, 5)] : [CA(785, 5), CA(797, 5)],
    note: transfer(context)
      ? withReading(context, "wait", {
          en: "20 days from the day after the latest notice (Civil Code 140, 142).",
          ja: "通知・公告の翌日から20日間（民法140条、142条）。",
        })
      : { en: "From 20 days before E to the day before E.", ja: "効力発生日の20日前の日から前日まで。" },
  });
}

function rightsNotice(context: Context): Milestone | undefined {
  if (!context.options.rights) return undefined;
  // A share transfer's rights holders are told within 2 weeks after the meeting, as its shareholders are (CA 808(3)).
  const meeting = transfer(context) ? context.meetings.get("acquired")!.day : undefined;
  return milestone(context, "rights-notice", {
    first: meeting ?? context.noticeBy,
    last: meeting === undefined ? undefined : context.noticeBy,
    limit: meeting === undefined ? "by" : "within",
    earliest: meeting,
    latest: context.noticeBy,
    citations: transfer(context) ? [CA(808, 3)] : [CA(787, 3)],
    note: {
      en: "Holders of stock acquisition rights: the same notice period as shareholders.",
      ja: "新株予約権者への通知・公告。株主と同じ期限。",
    },
  });
}

function rightsPurchaseRequests(context: Context): Milestone | undefined {
  if (!context.options.rights) return undefined;
  const period = purchasePeriod(context);
  return milestone(context, "rights-purchase-requests", {
    ...period,
    limit: "within",
    earliest: period.first,
    latest: period.last,
    citations: transfer(context) ? [CA(808, 5)] : [CA(787, 5)],
    note: { en: "Purchase requests by holders of stock acquisition rights.", ja: "新株予約権買取請求の期間。" },
  });
}

function simplifiedObjection(context: Context): Milestone | undefined {
  if (!context.options.simplified) return undefined;
  const first = context.noticeBy + 1;
  const last = runOn(periodEnd(context.noticeBy, { count: 2, unit: "week" }), context.holiday.wait);
  return milestone(context, "simplified-objection", {
    first,
    last,
    limit: "within",
    earliest: first,
    latest: last,
    citations: [context.effective < AMENDMENT_2014 ? CA(796, 4) : CA(796, 3)],
    note: withReading(context, "wait", {
      en: "2 weeks from the latest notice: holders of more than about 1/6 of the voting shares objecting (Ord. 197) force a meeting by E − 1.",
      ja: "通知・公告から2週間。議決権の約6分の1超の株主が反対すると（施行規則197条）、効力発生日の前日までに株主総会が必要。",
    }),
  });
}

function creditorNotice(context: Context): Milestone | undefined {
  const { gazette } = context;
  if (!gazette) return undefined;
  return milestone(context, "creditor-notice", {
    first: gazette.event,
    limit: "by",
    latest: gazette.event,
    registryDay: true,
    citations: transfer(context) ? [CA(810, 2)] : [CA(789, 2), CA(799, 2)],
    note: withReading(context, "wait", {
      en:
        "Latest Official Gazette date leaving a one-month objection period (Civil Code 140, 143, run on under 142) before E; " +
        "no Gazette on weekends, holidays or 29 Dec–3 Jan; booking takes about 1 week to 1 month (verify).",
      ja:
        "1か月の異議申述期間（民法140条、143条、142条による延長）が効力発生日の前に終わる最後の官報掲載日。" +
        "土日祝日・12月29日〜1月3日は発行なし。申込みから掲載まで約1週間〜1か月（要確認）。",
    }),
  });
}

/** The day to apply for the Gazette notice: the lead time given, back to a day the Gazette office is open (verify). */
function gazetteApplication(context: Context): Milestone | undefined {
  const lead = context.options.gazetteLeadDays;
  if (!context.gazette || lead === undefined) return undefined;
  let by = context.gazette.event - lead;
  while (context.registryClosed(by)) by--;
  return milestone(context, "gazette-application", {
    first: by,
    limit: "by",
    latest: by,
    registryDay: true,
    citations: [cite("Practice")],
    note: {
      en: `${lead} days before the latest Gazette date, as given (about 1 week to 1 month is usual: ask the agent).`,
      ja: `最終の官報掲載日の${lead}日前（指定による。通常は約1週間〜1か月：取次店に確認）。`,
    },
  });
}

function creditorIndividualNotices(context: Context): Milestone | undefined {
  if (!context.gazette || context.options.doublePublicNotice) return undefined;
  const latest = latestStartEndingBefore(
    context.effective,
    { count: 1, unit: "month" },
    context.holiday.wait,
    () => true,
  ).event;
  return milestone(context, "creditor-individual-notices", {
    first: latest,
    limit: "by",
    latest,
    citations: transfer(context) ? [CA(810, 2)] : [CA(789, 2), CA(799, 2)],
    note: withReading(context, "wait", {
      en: "Each known creditor, with the same one-month period; not needed with a second public notice (newspaper or electronic).",
      ja: "知れている債権者への各別の催告（1か月）。日刊新聞紙・電子公告との二重公告なら不要。",
    }),
  });
}

function creditorObjectionPeriod(context: Context): Milestone | undefined {
  const { gazette } = context;
  if (!gazette) return undefined;
  return milestone(context, "creditor-objection-period", {
    first: gazette.event + 1,
    last: gazette.lastDay,
    limit: "by",
    latest: context.effective - 1,
    citations: transfer(context) ? [CA(810, 2)] : [CA(789, 2), CA(799, 2)],
    note: withReading(
      context,
      "wait",
      context.options.doublePublicNotice
        ? {
            en: "At least one month from the day after the notice, ending before E; individual notices replaced by the second public notice (CA 789(3), 799(3)).",
            ja: "公告の翌日から1か月以上、効力発生日の前日まで。二重公告により各別の催告は不要（会社法789条3項、799条3項）。",
          }
        : {
            en: "At least one month from the day after the notice, ending before E.",
            ja: "公告の翌日から1か月以上、効力発生日の前日まで。",
          },
    ),
  });
}

function meetingArticle(context: Context, side: Side): Citation {
  if (transfer(context)) return CA(804, 1);
  return side === "acquired" ? CA(783, 1) : CA(795, 1);
}

function meeting(context: Context, side: Side): Milestone | undefined {
  const held = context.meetings.get(side);
  if (!held) return undefined;
  // A share transfer's notice comes within 2 weeks after the meeting, never before it (CA 806(3)):
  // the meeting is due by the latest notice E allows, whatever day it is planned for.
  const latest = transfer(context) ? context.noticeForE : context.effective - 1;
  return milestone(
    context,
    "meeting",
    {
      first: held.day,
      limit: "by",
      latest,
      citations: [meetingArticle(context, side)],
      note: transfer(context)
        ? {
            en: `${held.given ? "As planned" : "Latest"}: the notice within 2 weeks after it must leave 20 days of purchase requests before E.`,
            ja: `${held.given ? "予定日" : "最終日"}。決議後2週間以内の通知と20日の買取請求期間が効力発生日の前に必要。`,
          }
        : {
            en: `${held.given ? "As planned" : "Latest"}: approval by the day before E.`,
            ja: `${held.given ? "予定日" : "最終日"}。効力発生日の前日までに承認。`,
          },
    },
    side,
  );
}

function convocation(context: Context, side: Side): Milestone | undefined {
  const held = context.meetings.get(side);
  if (!held) return undefined;
  const by = clearDaysBefore(held.day, 14);
  return milestone(
    context,
    "convocation",
    {
      first: by,
      limit: "by",
      latest: by,
      citations: [CA(299, 1)],
      note: {
        en: "Sent 14 clear days before the meeting (a public company; 1 week for others).",
        ja: "株主総会の日の2週間前まで（公開会社。非公開会社は1週間前）。",
      },
    },
    side,
  );
}

function recordDateNotice(context: Context): Milestone | undefined {
  const { recordDate } = context.options;
  if (context.meetings.size === 0) {
    if (recordDate === undefined) return undefined;
    // Given but of no use: the sheet says so rather than drop it.
    return milestone(context, "record-date-notice", {
      limit: "by",
      citations: [CA(124, 3)],
      note: {
        en: `Ignored: no shareholders' meeting is held (short-form or simplified), so the record date ${isoDate(recordDate)} given needs no public notice.`,
        ja: `株主総会を開催しない（略式・簡易）ため、指定の基準日（${isoDate(recordDate)}）は用いず、基準日公告も不要。`,
      },
    });
  }
  const by = recordDate === undefined ? undefined : clearDaysBefore(recordDate, 14);
  return milestone(context, "record-date-notice", {
    first: by,
    limit: "by",
    latest: by,
    citations: [CA(124, 3)],
    note:
      by === undefined
        ? {
            en: 'Needed unless the articles fix the record date: give "record date" in options.',
            ja: "定款で基準日を定めていない場合に必要。options に「record date」（基準日）を指定。",
          }
        : {
            en: `Public notice 2 clear weeks before the record date ${isoDate(recordDate!)}.`,
            ja: `基準日（${isoDate(recordDate!)}）の2週間前までに公告。`,
          },
  });
}

/** The months documents are kept after E: 6, or 1 year for a demand for sale on a non-public company (CA 179-5(1), 179-10(2)). */
const keptMonths = (context: Context) => (context.kind === "demand for sale" && context.options.nonPublic ? 12 : 6);

/** Where each kind's prior disclosure comes from: the acquired side's (or the only company's) and the acquirer's. */
function priorDisclosureArticles(context: Context, acquiring: boolean): Citation[] {
  switch (context.kind) {
    case "share transfer":
      return [CA(803, 1), CA(803, 2)];
    case "share consolidation":
      return [CA("182-2", 1)];
    case "demand for sale":
      return [CA("179-5", 1)];
    default:
      return acquiring ? [CA(794, 1), CA(794, 2)] : [CA(782, 1), CA(782, 2)];
  }
}

/**
 * The earliest of the days that open prior disclosure, each taken at its latest (CA 782(2), 794(2),
 * 803(2); 182-2(1) for a consolidation, 179-5(1) for a demand for sale).
 */
function priorDisclosure(context: Context, side: Side): Milestone | undefined {
  if (context.kind === "share consolidation" && context.options.wholeUnits) return undefined;
  const held = context.meetings.get(side);
  const starts = [context.noticeBy];
  if (held) starts.push(dayBefore(held.day, 14));
  if (context.gazette) starts.push(context.gazette.event);
  const first = Math.min(...starts);
  const opening: Bilingual[] = [
    ...(held ? [{ en: "2 weeks before the meeting", ja: "株主総会の2週間前の日" }] : []),
    context.kind === "demand for sale"
      ? { en: "the notice to selling shareholders", ja: "売渡株主への通知・公告" }
      : { en: "the shareholder notice", ja: "株主への通知・公告" },
    ...(context.options.rights && side === "acquired"
      ? [{ en: "the rights-holder notice", ja: "新株予約権者への通知・公告" }]
      : []),
    ...(context.gazette ? [{ en: "the creditor notice", ja: "債権者への公告" }] : []),
  ];
  const acquiring = side === "acquiring";
  // Kept to "6 months after E" (効力発生日後六箇月を経過する日, E itself not counted: Civil Code 140),
  // except by a dissolving company, which ceases on E (CA 782(1)).
  const untilEffective = context.kind === "merger" && !acquiring;
  // Documents kept to a period's end are kept to its latest reading (run on broadly unless chosen).
  const last = untilEffective
    ? context.effective
    : runOn(periodEnd(context.effective, { count: keptMonths(context), unit: "month" }), context.holiday.wait);
  const kept: Bilingual =
    keptMonths(context) === 12
      ? { en: "1 year after E (a non-public company)", ja: "効力発生日後1年を経過する日（非公開会社）" }
      : { en: "6 months after E", ja: "効力発生日後6か月を経過する日" };
  const note: Bilingual = {
    en: `Starts by ${opening.length > 1 ? "the earliest of: " : ""}${opening.map((o) => o.en).join(", ")}; kept until ${untilEffective ? "E" : kept.en}.`,
    ja: `${opening.map((o) => o.ja).join("・")}${opening.length > 1 ? "のいずれか早い日" : "の日"}から、${untilEffective ? "効力発生日" : kept.ja}まで備置。`,
  };
  const citations = priorDisclosureArticles(context, acquiring);
  return milestone(
    context,
    "prior-disclosure",
    {
      first,
      last,
      limit: "by",
      latest: first,
      citations,
      note: untilEffective ? note : withReading(context, "wait", note),
    },
    side,
  );
}

/** The acquired company's last trading day and delisting: 3 and 2 sessions before E (4 and 3 before T+2). */
function listing(context: Context): Milestone[] {
  if (!context.options.listed) return [];
  const calendar = tseCalendar();
  const tPlus2 = calendar.offset(context.effective, -3, WHERE) >= T_PLUS_2;
  const given = context.options.delistingSessions;
  const sessions = given ?? (tPlus2 ? 2 : 3);
  const lastTrading = calendar.offset(context.effective, -(sessions + 1), WHERE);
  const delisting = calendar.offset(context.effective, -sessions, WHERE);
  const rule: Bilingual =
    given !== undefined
      ? { en: "as given in options", ja: "options の指定による" }
      : tPlus2
        ? { en: "since T+2 settlement (2019-07-16)", ja: "T+2決済（2019年7月16日）以降" }
        : { en: "before T+2 settlement (2019-07-16)", ja: "T+2決済（2019年7月16日）より前" };
  return [
    milestone(context, "last-trading-day", {
      first: lastTrading,
      limit: "on",
      earliest: lastTrading,
      latest: lastTrading,
      citations: [cite("TSE")],
      note: {
        en: `${sessions + 1} TSE sessions before E, ${rule.en}.`,
        ja: `効力発生日の${sessions + 1}営業日前（${rule.ja}）。`,
      },
    }),
    milestone(context, "delisting", {
      first: delisting,
      limit: "on",
      earliest: delisting,
      latest: delisting,
      citations: [cite("TSE")],
      note: {
        en: `${sessions} TSE sessions before E, ${rule.en}.`,
        ja: `効力発生日の${sessions}営業日前（${rule.ja}）。`,
      },
    }),
  ];
}

/**
 * A company that issues share certificates tells its holders to submit them by E, at least one month
 * before it (CA 219(1)(vi)–(viii)). A count back never moves later for a holiday; the public notice
 * is taken on a day the Gazette is issued, in case the articles name it (the earlier, safe day).
 */
function shareCertificateNotice(context: Context): Milestone | undefined {
  if (!context.options.shareCertificates) return undefined;
  const by = latestStartEndingBefore(
    context.effective,
    { count: 1, unit: "month" },
    () => false,
    (day) => !context.registryClosed(day),
  ).event;
  return milestone(
    context,
    "share-certificate-notice",
    {
      first: by,
      limit: "by",
      latest: by,
      registryDay: true,
      citations: [CA(219, 1)],
      note: {
        en: "Public notice, and a notice to each shareholder and registered pledgee, to submit the share certificates by E: at least one month before it, on a day the Gazette is issued.",
        ja: "効力発生日までに株券を提出すべき旨を、その1か月前までに公告し、株主・登録株式質権者に各別に通知（官報の発行日）。",
      },
    },
    "acquired",
  );
}

/** CA 790 is a merger's, share exchange's or transfer's: a squeeze-out changes E by a new resolution or approval. */
function effectiveDateChangeNotice(context: Context): Milestone | undefined {
  if (transfer(context) || isSqueezeOut(context.kind)) return undefined;
  const by = context.effective - 1;
  return milestone(context, "effective-date-change-notice", {
    first: by,
    limit: "by",
    latest: by,
    citations: [CA(790, 2)],
    note: {
      en: "Only if E is changed: public notice of the new date by the day before the old E.",
      ja: "効力発生日を変更する場合のみ。変更前の効力発生日の前日までに公告。",
    },
  });
}

function registration(context: Context): Milestone {
  const { effective, kind, options } = context;
  if (kind === "share transfer") {
    return milestone(context, "registration", {
      first: effective,
      limit: "on",
      earliest: effective,
      latest: effective,
      registryDay: true,
      citations: [CA(925), CA(49)],
      note: {
        en: "Filed on E, which forms the company; due within 2 weeks after the latest of the dates in CA 925.",
        ja: "申請日に成立（効力発生日）。会社法925条各号の日のいずれか遅い日から2週間以内。",
      },
    });
  }
  // Counting E itself is the earlier deadline, so the safe side unless a count is chosen.
  const counted = options.effectiveDayCounted ?? true;
  const how: Bilingual =
    options.effectiveDayCounted === undefined
      ? { en: "the earlier deadline, the safe side", ja: "早い期限：安全側" }
      : { en: "as chosen", ja: "指定による" };
  // A filing due on a day the registry is closed is due on its next open day (Administrative Holidays Act 2).
  const last = runOn(periodEnd(effective, { count: 2, unit: "week" }, counted), context.registryClosed);
  return milestone(context, "registration", {
    first: effective,
    last,
    limit: "within",
    earliest: effective,
    latest: last,
    registryDay: true,
    citations: [kind === "merger" ? CA(921) : CA(915, 1), cite("CC", 140), cite("AdminHolidays", 2)],
    note: counted
      ? {
          en: `2 weeks counting E itself (it takes effect at midnight: Civil Code 140 proviso; ${how.en}); a closed last day moves to the next open day.${kind === "share exchange" ? " Only if the parent issues shares or changes its capital." : ""}`,
          ja: `効力発生日を算入して2週間（午前零時に効力発生：民法140条ただし書。${how.ja}）。末日が閉庁日なら翌開庁日。${kind === "share exchange" ? "完全親会社の株式発行・資本金変更がある場合。" : ""}`,
        }
      : {
          en: `2 weeks from the day after E (Civil Code 140 main rule, as chosen); a closed last day moves to the next open day.${kind === "share exchange" ? " Only if the parent issues shares or changes its capital." : ""}`,
          ja: `効力発生日の翌日から2週間（民法140条本文による、選択）。末日が閉庁日なら翌開庁日。${kind === "share exchange" ? "完全親会社の株式発行・資本金変更がある場合。" : ""}`,
        },
  });
}

const POST_DISCLOSURE: Record<TransactionKind, Citation[]> = {
  merger: [CA(801)],
  "share exchange": [CA(801)],
  "share transfer": [CA(811)],
  "share consolidation": [CA("182-6", 1), CA("182-6", 2)],
  "demand for sale": [CA("179-10", 1), CA("179-10", 2)],
};

function postDisclosure(context: Context): Milestone | undefined {
  const { effective, options } = context;
  if (context.kind === "share consolidation" && options.wholeUnits) return undefined;
  const months = keptMonths(context);
  // Documents are kept to the later end unless a count is chosen: from the day after E (Civil Code 140 main rule).
  const counted = options.effectiveDayCounted ?? false;
  const last = runOn(periodEnd(effective, { count: months, unit: "month" }, counted), context.holiday.wait);
  const how: Bilingual = counted
    ? { en: "E counted, as chosen", ja: "効力発生日を算入、指定による" }
    : options.effectiveDayCounted === undefined
      ? { en: "from the day after E: the later end, the safe side", ja: "翌日から起算：遅い終期、安全側" }
      : { en: "from the day after E, as chosen", ja: "翌日から起算、指定による" };
  return milestone(context, "post-disclosure", {
    first: effective,
    last,
    limit: "from",
    earliest: effective,
    citations: POST_DISCLOSURE[context.kind],
    note: withReading(context, "wait", {
      en: `Kept ${months === 12 ? "1 year" : "6 months"} from E (${how.en}${months === 12 ? "; a non-public company" : ""}).`,
      ja: `効力発生日から${months === 12 ? "1年" : "6か月"}間備置（${how.ja}${months === 12 ? "。非公開会社" : ""}）。`,
    }),
  });
}

function meetings(effective: DayNumber, kind: TransactionKind, options: ScheduleOptions, noticeBy: DayNumber) {
  const held = new Map<Side, { day: DayNumber; given: boolean }>();
  const latest = kind === "share transfer" ? noticeBy : effective - 1;
  const wanted: [Side, boolean, DayNumber | undefined][] = [
    ["acquired", !options.shortForm, options.meetingAcquired],
    [
      "acquiring",
      kind !== "share transfer" && !options.shortFormAcquiring && !options.simplified,
      options.meetingAcquiring,
    ],
  ];
  for (const [side, needed, given] of wanted) {
    if (!needed) {
      if (given !== undefined) {
        invalid(messages.schedule.meetingWithoutMeeting(sideName(kind, side) ?? "company"));
      }
      continue;
    }
    if (given !== undefined && given > latest) {
      invalid(
        kind === "share transfer"
          ? messages.schedule.transferMeetingTooLate(isoDate(given), isoDate(effective), isoDate(latest))
          : messages.schedule.meetingNotBeforeEffective(isoDate(given), isoDate(effective)),
      );
    }
    held.set(side, { day: given ?? latest, given: given !== undefined });
  }
  return held;
}

/** A share transfer's notice: within 2 weeks after the meeting (CA 806(3)), and in time for E. */
function transferNoticeBy(meetingDay: DayNumber, latestForE: DayNumber, holiday: (day: DayNumber) => boolean) {
  return Math.min(latestForE, runOn(periodEnd(meetingDay, { count: 2, unit: "week" }), holiday));
}

/**
 * A record date fixes who votes at a meeting before E (CA 124(1)), held within 3 months after it
 * (124(2)). One on or after E, not before the last meeting, or too early for every meeting fixed, cannot be.
 */
function checkRecordDate(
  effective: DayNumber,
  recordDate: DayNumber | undefined,
  held: Context["meetings"],
  holiday: Context["holiday"],
) {
  if (recordDate === undefined) return;
  if (recordDate >= effective) {
    invalid(
      `options: the record date ${isoDate(recordDate)} is not before the effective date ${isoDate(effective)}: ` +
        "a record date fixes who votes at a meeting held before E (CA 124(1)); give one before the meeting, or none.",
    );
  }
  if (held.size === 0) return;
  const days = [...held.values()].map((meeting) => meeting.day);
  const lastMeeting = Math.max(...days);
  if (recordDate >= lastMeeting) {
    invalid(
      `options: the record date ${isoDate(recordDate)} is not before the meeting on ${isoDate(lastMeeting)}: ` +
        "a record date fixes who may vote there (CA 124(1)); give one before the meeting.",
    );
  }
  // A deadline to act by: read narrowly on its safe side (article142.ts).
  const within = runOn(periodEnd(recordDate, { count: 3, unit: "month" }), holiday.act);
  if ([...held.values()].every((meeting) => meeting.given && meeting.day > within)) {
    invalid(
      `options: the record date ${isoDate(recordDate)} is more than 3 months before the meeting on ${isoDate(Math.min(...days))}: ` +
        `its holders vote only at a meeting held by ${isoDate(within)} (CA 124(2)); give a later record date.`,
    );
  }
}

export function drawSchedule(effective: DayNumber, kind: TransactionKind, options: ScheduleOptions): Milestone[] {
  checkOptions(kind, options);
  if (effective < COMPANIES_ACT_IN_FORCE) {
    notAvailable(messages.schedule.beforeCompaniesAct(WHERE, isoDate(effective)));
  }
  const registryClosed = (day: DayNumber) => isRegistryClosed(day, WHERE, effective);
  const readAs = (use: PeriodUse) => (day: DayNumber) =>
    isArticle142Holiday(day, article142Reading(use, options).broad, WHERE, effective);
  const holiday: Context["holiday"] = { wait: readAs("wait"), act: readAs("act") };
  if (kind === "share transfer" && registryClosed(effective)) {
    let open = effective + 1;
    while (registryClosed(open)) open++;
    invalid(messages.schedule.transferOnClosedDay(WHERE, isoDate(effective), isoDate(open)));
  }
  const context = isSqueezeOut(kind)
    ? squeezeOutContext(effective, kind, options, holiday, registryClosed)
    : reorganisationContext(effective, kind, options, holiday, registryClosed);
  checkRecordDate(effective, options.recordDate, context.meetings, holiday);
  const steps = (isSqueezeOut(kind) ? squeezeOutSteps(context) : reorganisationSteps(context)).filter(
    (step): step is Milestone => step !== undefined,
  );
  // In date order (a step whose date is unknown first); ties keep the order above.
  const key = (step: Milestone) => step.first ?? -Infinity;
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => key(a.step) - key(b.step) || a.index - b.index)
    .map(({ step }) => step);
}

function reorganisationContext(
  effective: DayNumber,
  kind: TransactionKind,
  options: ScheduleOptions,
  holiday: Context["holiday"],
  registryClosed: (day: DayNumber) => boolean,
): Context {
  // A share transfer's notice must leave its 20 days of purchase requests (run on under art. 142) before E.
  const noticeForE =
    kind === "share transfer"
      ? latestStartEndingBefore(effective, { count: 20, unit: "day" }, holiday.wait, () => true).event
      : clearDaysBefore(effective, 20);
  const gazette = options.creditorProtection
    ? latestStartEndingBefore(effective, { count: 1, unit: "month" }, holiday.wait, (day) => !registryClosed(day))
    : undefined;
  const held = meetings(effective, kind, options, noticeForE);
  return {
    effective,
    kind,
    options,
    holiday,
    registryClosed,
    noticeBy:
      kind === "share transfer" ? transferNoticeBy(held.get("acquired")!.day, noticeForE, holiday.act) : noticeForE,
    noticeForE,
    meetings: held,
    gazette,
  };
}

/** One company, no creditor procedure: a consolidation's meeting, or none for a demand for sale (its board approves). */
function squeezeOutContext(
  effective: DayNumber,
  kind: TransactionKind,
  options: ScheduleOptions,
  holiday: Context["holiday"],
  registryClosed: (day: DayNumber) => boolean,
): Context {
  const noticeBy = squeezeOutNoticeBy(effective, options);
  const held = new Map<Side, { day: DayNumber; given: boolean }>();
  if (kind === "share consolidation") held.set("acquired", consolidationMeeting(effective, options, noticeBy));
  return { effective, kind, options, holiday, registryClosed, noticeBy, noticeForE: noticeBy, meetings: held };
}

function squeezeOutSteps(context: Context): (Milestone | undefined)[] {
  const listed = listing(context);
  const designation = listed.length > 0 ? delistingDesignation(context, listed[0]!.first!) : undefined;
  const common = [shareCertificateNotice(context), designation, ...listed];
  if (context.kind === "demand for sale") {
    return [
      approval(context),
      sellerNotice(context),
      priorDisclosure(context, "acquired"),
      pricePetition(context),
      ...common,
      acquisitionDate(context),
      postDisclosure(context),
    ];
  }
  return [
    recordDateNotice(context),
    convocation(context, "acquired"),
    consolidationMeetingStep(context),
    priorDisclosure(context, "acquired"),
    shareholderNotice(context),
    purchaseRequests(context),
    ...common,
    effectiveDate(context),
    registration(context),
    pricePetition(context),
    postDisclosure(context),
  ];
}

function reorganisationSteps(context: Context): (Milestone | undefined)[] {
  return [
    recordDateNotice(context),
    gazetteApplication(context),
    creditorNotice(context),
    creditorIndividualNotices(context),
    creditorObjectionPeriod(context),
    ...sides(context).flatMap((side) => [convocation(context, side), meeting(context, side)]),
    ...sides(context).map((side) => priorDisclosure(context, side)),
    shareholderNotice(context),
    rightsNotice(context),
    simplifiedObjection(context),
    purchaseRequests(context),
    rightsPurchaseRequests(context),
    shareCertificateNotice(context),
    ...listing(context),
    effectiveDateChangeNotice(context),
    effectiveDate(context),
    registration(context),
    postDisclosure(context),
  ];
}
