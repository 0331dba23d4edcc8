import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { isSqliteDatabase } from "../../platform/database";
import { alignConversationDays, summaryCells } from "./conversation-days";
import type { LocalDate } from "./local-days";
import { localDays } from "./local-days";

export interface DashboardDay {
  date: LocalDate;
  conversations: number;
  answered: number;
  handedOff: number;
  abandoned: number;
}

export interface Dashboard {
  timeZone: string;
  from: LocalDate;
  to: LocalDate;
  days: DashboardDay[];
  totals: { conversations: number; answered: number; handedOff: number; abandoned: number };
  /** Shares of settled conversations (0..1); null when there were none. */
  automationRate: number | null;
  handoffRate: number | null;
  abandonRate: number | null;
  csat: { responses: number; average: number | null; satisfiedRate: number | null };
  firstReply: { medianMs: number | null; averageMs: number | null };
  topIntents: { intent: string; conversations: number }[];
  languages: { language: string; conversations: number }[];
  /** Conversations still going (not yet counted above). */
  inProgress: number;
}

export interface SummariseDashboardOptions {
  prisma: PrismaClient;
  shop: string;
  timeZone: string;
  from: LocalDate;
  to: LocalDate;
  /**
   * Where the counts come from: the daily rollup (what the admin reads), or the summaries of each
   * conversation grouped by local day (the direct computation the rollup is checked against).
   */
  source?: "rollup" | "summaries";
}

const Count = z.union([z.bigint(), z.number()]).transform(Number);
const NullableNumber = z
  .union([z.bigint(), z.number(), z.null()])
  .transform((value) => (value === null ? null : Number(value)));
/** One cell of the day × outcome × intent × language cube, from either source. */
const CellRowSchema = z.object({
  day: z.string(),
  outcome: z.string(),
  intent: z.string(),
  language: z.string(),
  conversations: Count,
  ratings: Count,
  ratingTotal: Count,
  satisfied: Count,
  replies: Count,
  replyTotalMs: Count,
});
type CellRow = z.infer<typeof CellRowSchema>;
const InProgressRowSchema = z.object({ inProgress: Count });
const MedianRowSchema = z.object({ firstReplyMs: NullableNumber });

/** Counts by key, largest first (ties by key, so the order is stable). */
function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The analytics dashboard for a range of the shop's local days. Days are bounded by the shop's
 * local midnights, so a conversation at 23:30 in Paris counts on that Paris day. Counts, rates,
 * ratings and the average first reply come from the daily rollup (a few rows per day, whatever
 * the traffic); the median first reply walks the summaries' (shop, firstReplyMs) index to the
 * middle, as no rollup can give an exact median.
 */
export async function summariseDashboard(options: SummariseDashboardOptions): Promise<Dashboard> {
  const { prisma, shop, timeZone, from, to } = options;
  const days = localDays({ from, to, timeZone });
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) throw new Error("The range has no days");
  const rangeStart = first.start;
  const rangeEnd = last.end;

  let cellRows: unknown[];
  if ((options.source ?? "rollup") === "rollup") {
    // Settling keeps the rollup in the shop's zone; this covers a zone changed since.
    await alignConversationDays({ prisma, shop, timeZone });
    cellRows = await prisma.$queryRaw<unknown[]>`
      SELECT "date" AS "day", "outcome", "intent", "language", "conversations", "ratings",
             "ratingTotal", "satisfied", "replies", "replyTotalMs"
      FROM "ConversationDay" WHERE "shop" = ${shop} AND "date" >= ${from} AND "date" <= ${to}`;
  } else {
    cellRows = await prisma.$queryRaw<unknown[]>(
      summaryCells({ shop, days, sqlite: isSqliteDatabase(prisma) }),
    );
  }
  const cells = z.array(CellRowSchema).parse(cellRows);

  // Conversations still going: none is older than the settling cursor, so only those are read.
  const cursor = await prisma.analyticsCursor.findUnique({
    where: { shop },
    select: { unsettledFrom: true },
  });
  const openFrom = cursor && cursor.unsettledFrom > rangeStart ? cursor.unsettledFrom : rangeStart;
  const inProgress = InProgressRowSchema.parse(
    (
      await prisma.$queryRaw<unknown[]>`
        SELECT CAST(COUNT(*) AS INTEGER) AS "inProgress" FROM "Conversation" c
        WHERE c."shop" = ${shop} AND c."createdAt" >= ${openFrom} AND c."createdAt" < ${rangeEnd}
          AND c."outcome" IS NULL`
    )[0],
  ).inProgress;

  const dashboard = assembleDashboard({
    timeZone,
    from,
    to,
    dates: days.map((day) => day.date),
    cells,
  });
  const replies = cells.reduce((sum, cell) => sum + cell.replies, 0);
  if (replies > 0) {
    dashboard.firstReply.medianMs = await medianFirstReply({
      prisma,
      shop,
      rangeStart,
      rangeEnd,
      replies,
    });
  }
  return { ...dashboard, inProgress };
}

const TotalRowSchema = z.object({ replies: NullableNumber });

/**
 * The exact median first reply of a range with `replies` replies. A conversation nobody wrote in
 * has no first reply, so replies are never of empty conversations. Two plans, the same answer:
 * a range holding a good share of the shop's history walks the (shop, firstReplyMs, startedAt)
 * index in reply order and stops halfway (about half the shop's entries read, nothing sorted);
 * a short range reads its own entries by start and sorts those few ("+ 0" keeps the planner off
 * the reply-order index there).
 */
async function medianFirstReply(options: {
  prisma: PrismaClient;
  shop: string;
  rangeStart: Date;
  rangeEnd: Date;
  replies: number;
}): Promise<number | null> {
  const { prisma, shop, rangeStart, rangeEnd, replies } = options;
  const offset = Math.floor((replies - 1) / 2);
  const total =
    TotalRowSchema.parse(
      (
        await prisma.$queryRaw<unknown[]>`
          SELECT SUM("replies") AS replies FROM "ConversationDay" WHERE "shop" = ${shop}`
      )[0],
    ).replies ?? 0;
  const rows =
    replies * 4 >= total
      ? // The range test sits in a CASE so the planner cannot take the by-start index.
        await prisma.$queryRaw<unknown[]>`
          SELECT s."firstReplyMs" AS "firstReplyMs" FROM "ConversationSummary" s
          WHERE s."shop" = ${shop} AND s."firstReplyMs" IS NOT NULL
            AND (CASE WHEN s."startedAt" >= ${rangeStart} AND s."startedAt" < ${rangeEnd} THEN 1 ELSE 0 END) = 1
          ORDER BY s."firstReplyMs" LIMIT 1 OFFSET ${offset}`
      : await prisma.$queryRaw<unknown[]>`
          SELECT s."firstReplyMs" AS "firstReplyMs" FROM "ConversationSummary" s
          WHERE s."shop" = ${shop} AND s."startedAt" >= ${rangeStart} AND s."startedAt" < ${rangeEnd}
            AND s."firstReplyMs" IS NOT NULL
          ORDER BY s."firstReplyMs" + 0 LIMIT 1 OFFSET ${offset}`;
  return MedianRowSchema.parse(rows[0]).firstReplyMs;
}

/** The dashboard's figures from the cube's cells (the same arithmetic for either source). */
function assembleDashboard(options: {
  timeZone: string;
  from: LocalDate;
  to: LocalDate;
  dates: LocalDate[];
  cells: CellRow[];
}): Dashboard {
  const byDay = new Map<string, DashboardDay>(
    options.dates.map((date) => [
      date,
      { date, conversations: 0, answered: 0, handedOff: 0, abandoned: 0 },
    ]),
  );
  const intents = new Map<string, number>();
  const languages = new Map<string, number>();
  let ratings = 0;
  let ratingTotal = 0;
  let satisfied = 0;
  let replies = 0;
  let replyTotalMs = 0;
  for (const cell of options.cells) {
    const day = byDay.get(cell.day);
    if (!day) continue;
    day.conversations += cell.conversations;
    if (cell.outcome === "answered") day.answered += cell.conversations;
    else if (cell.outcome === "handed_off") day.handedOff += cell.conversations;
    else if (cell.outcome === "abandoned") day.abandoned += cell.conversations;
    intents.set(cell.intent, (intents.get(cell.intent) ?? 0) + cell.conversations);
    languages.set(cell.language, (languages.get(cell.language) ?? 0) + cell.conversations);
    ratings += cell.ratings;
    ratingTotal += cell.ratingTotal;
    satisfied += cell.satisfied;
    replies += cell.replies;
    replyTotalMs += cell.replyTotalMs;
  }
  const days = [...byDay.values()];
  const totals = days.reduce(
    (sum, day) => ({
      conversations: sum.conversations + day.conversations,
      answered: sum.answered + day.answered,
      handedOff: sum.handedOff + day.handedOff,
      abandoned: sum.abandoned + day.abandoned,
    }),
    { conversations: 0, answered: 0, handedOff: 0, abandoned: 0 },
  );
  return {
    timeZone: options.timeZone,
    from: options.from,
    to: options.to,
    days,
    totals,
    automationRate: rate(totals.answered, totals.conversations),
    handoffRate: rate(totals.handedOff, totals.conversations),
    abandonRate: rate(totals.abandoned, totals.conversations),
    csat: {
      responses: ratings,
      average: ratings === 0 ? null : ratingTotal / ratings,
      satisfiedRate: ratings === 0 ? null : satisfied / ratings,
    },
    firstReply: {
      medianMs: null,
      averageMs: replies === 0 ? null : Math.round(replyTotalMs / replies),
    },
    topIntents: ranked(intents)
      .slice(0, 10)
      .map(([intent, count]) => ({ intent, conversations: count })),
    languages: ranked(languages).map(([language, count]) => ({ language, conversations: count })),
    inProgress: 0,
  };
}
