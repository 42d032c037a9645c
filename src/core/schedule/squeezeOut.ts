/**
 * The steps only the two steps of a cash squeeze-out have (DOMAIN §11): a share consolidation's
 * meeting and price petition (CA 180–182-6) and a demand for sale's approval, notice and price
 * petition (CA 179–179-10). The steps they share with a merger (convocation, record date, prior
 * and post disclosure, listing, registration) are drawn by drawSchedule's own rules.
 */
import { isoDate, type DayNumber } from "../calendar/dayNumber";
import { invalid } from "../errors";
import type { Bilingual } from "./citation";
import { CA, milestone, withReading, type Context } from "./context";
import { clearDaysBefore } from "./countBack";
import type { Milestone } from "./milestone";
import { periodEnd } from "./periodEnd";
import { runOn } from "./runOn";
import type { ScheduleOptions } from "./transaction";

/**
 * The latest notice: 20 clear days before E for a consolidation CA 182-2 covers (181(1) as 182-4(3)
 * reads it) and for a demand for sale (179-4(1)); 2 weeks for a consolidation leaving whole units (181(1)).
 */
export function squeezeOutNoticeBy(effective: DayNumber, options: ScheduleOptions): DayNumber {
  return clearDaysBefore(effective, options.wholeUnits ? 14 : 20);
}

/**
 * The consolidation's meeting: the date given, or the latest. The notice states what the meeting
 * resolved (CA 181(1), 180(2)), so the meeting comes by the latest notice: its safe side.
 */
export function consolidationMeeting(
  effective: DayNumber,
  options: ScheduleOptions,
  noticeBy: DayNumber,
): { day: DayNumber; given: boolean } {
  const given = options.meetingAcquired;
  if (given !== undefined && given > noticeBy) {
    invalid(
      `options: the meeting on ${isoDate(given)} is too late for a share consolidation effective ${isoDate(effective)}: ` +
        `the notice of what it resolved is due by ${isoDate(noticeBy)} (CA 181(1)${options.wholeUnits ? "" : ", 182-4(3)"}); hold it by then.`,
    );
  }
  return { day: given ?? noticeBy, given: given !== undefined };
}

export function consolidationMeetingStep(context: Context): Milestone {
  const held = context.meetings.get("acquired")!;
  return milestone(context, "meeting", {
    first: held.day,
    limit: "by",
    latest: context.noticeBy,
    citations: [CA(180, 2), CA(309, 2)],
    note: {
      en: `${held.given ? "As planned" : "Latest"}: a special resolution fixing the ratio, E and the authorised shares after (at most 4 times the shares issued after for a public company, CA 180(3)), by the latest notice of it.`,
      ja: `${held.given ? "予定日" : "最終日"}。特別決議で併合の割合・効力発生日・効力発生日における発行可能株式総数（公開会社は発行済株式総数の4倍以内、会社法180条3項）を定める。通知の期限までに開催。`,
    },
  });
}

/** The company's approval of the controlling shareholder's demand (by the board where it has one), in time for the notice. */
export function approval(context: Context): Milestone {
  return milestone(context, "approval", {
    first: context.noticeBy,
    limit: "by",
    latest: context.noticeBy,
    citations: [CA("179-3", 1), CA("179-3", 3)],
    note: {
      en: "Latest: the notice of the approval to the selling shareholders is due 20 clear days before the acquisition date; the controlling shareholder is told of the decision too (CA 179-3(4)).",
      ja: "最終日。承認の通知は取得日の20日前までに売渡株主へ。特別支配株主にも承認の可否を通知（会社法179条の3第4項）。",
    },
  });
}

export function sellerNotice(context: Context): Milestone {
  return milestone(context, "seller-notice", {
    first: context.noticeBy,
    limit: "by",
    latest: context.noticeBy,
    citations: [CA("179-4", 1), CA("179-4", 2)],
    note: {
      en: "20 clear days before the acquisition date, to the selling shareholders and registered pledgees; a public notice may replace the notice to shareholders (book-entry shares of a listed company: public notice).",
      ja: "取得日の20日前までに売渡株主・登録株式質権者へ通知（株主への通知は公告に代えることができる。上場株式は公告）。",
    },
  });
}

/**
 * The window to petition the court for the price. A demand for sale: from 20 days before the
 * acquisition date to the day before (CA 179-8(1)). A consolidation: when no price is agreed within
 * 30 days after E, in the 30 days after that (182-5(2)); holders act in both periods, so each runs
 * on broadly and E is not counted unless chosen (the later end, the safe side).
 */
export function pricePetition(context: Context): Milestone | undefined {
  const { effective, kind, options } = context;
  if (kind === "demand for sale") {
    const first = effective - 20;
    const last = effective - 1;
    return milestone(context, "price-petition", {
      first,
      last,
      limit: "within",
      earliest: first,
      latest: last,
      citations: [CA("179-8", 1)],
      note: {
        en: "Selling shareholders may petition the court for the price from 20 days before the acquisition date to the day before it.",
        ja: "売渡株主は、取得日の20日前の日から取得日の前日までに、裁判所に売買価格の決定を申し立てることができる。",
      },
    });
  }
  if (options.wholeUnits) return undefined;
  const counted = options.effectiveDayCounted ?? false;
  const agreed = runOn(periodEnd(effective, { count: 30, unit: "day" }, counted), context.holiday.wait);
  const last = runOn(periodEnd(agreed, { count: 30, unit: "day" }), context.holiday.wait);
  const how: Bilingual = counted
    ? { en: "E counted, as chosen", ja: "効力発生日を算入、指定による" }
    : options.effectiveDayCounted === undefined
      ? { en: "from the day after E: the later end, the safe side", ja: "翌日から起算：遅い終期、安全側" }
      : { en: "from the day after E, as chosen", ja: "翌日から起算、指定による" };
  return milestone(context, "price-petition", {
    first: agreed + 1,
    last,
    limit: "within",
    earliest: agreed + 1,
    latest: last,
    citations: [CA("182-5", 2)],
    note: withReading(context, "wait", {
      en: `Where a holder who asked for the purchase and the company agree no price within 30 days after E (to ${isoDate(agreed)}, ${how.en}), either may petition the court in the 30 days after.`,
      ja: `買取請求をした株主と会社の協議が効力発生日から30日以内（${isoDate(agreed)}まで、${how.ja}）に調わないときは、その後30日以内に裁判所に価格決定を申し立てることができる。`,
    }),
  });
}

/**
 * A listed target becomes a security to be delisted (整理銘柄) when the meeting resolves the
 * consolidation or the board approves the demand, until its last trading day (verify: practice
 * seen in releases).
 */
export function delistingDesignation(context: Context, lastTrading: DayNumber): Milestone | undefined {
  const from = context.kind === "demand for sale" ? context.noticeBy : context.meetings.get("acquired")?.day;
  if (from === undefined || !context.options.listed) return undefined;
  return milestone(context, "delisting-designation", {
    first: from,
    last: lastTrading,
    limit: "on",
    earliest: from,
    latest: from,
    citations: [{ law: "TSE" }],
    note: {
      en: `From the day the ${context.kind === "demand for sale" ? "company approves the demand" : "meeting resolves the consolidation"} to the last trading day (practice seen in releases).`,
      ja: `${context.kind === "demand for sale" ? "売渡請求の承認" : "株主総会の決議"}の日から最終売買日まで（開示例による実務）。`,
    },
  });
}

/** The acquisition date of a demand for sale: the controlling shareholder acquires every share that day (CA 179-9(1)). */
export function acquisitionDate(context: Context): Milestone {
  return milestone(context, "acquisition-date", {
    first: context.effective,
    limit: "on",
    earliest: context.effective,
    latest: context.effective,
    citations: [CA("179-9", 1)],
    note: {
      en: "The special controlling shareholder acquires all the shares for sale on this day; may fall on a day the registry is closed (no registration follows).",
      ja: "特別支配株主が売渡株式の全部を取得する日。法務局の閉庁日でもよい（登記は生じない）。",
    },
  });
}
