import type { PrismaClient } from "@prisma/client";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { EMPTY_OUTCOME } from "./classify-conversation";
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
}

const Count = z.union([z.bigint(), z.number()]).transform(Number);
const NullableNumber = z
  .union([z.bigint(), z.number(), z.null()])
  .transform((value) => (value === null ? null : Number(value)));
const DayOutcomeRowSchema = z.object({ day: z.string(), outcome: z.string(), n: Count });
const TopicRowSchema = z.object({
  intent: z.string().nullable(),
  language: z.string().nullable(),
  n: Count,
  replies: Count,
  replyTotal: NullableNumber,
});
const ConversationRowSchema = z.object({
  responses: NullableNumber,
  csatTotal: NullableNumber,
  satisfied: NullableNumber,
  inProgress: NullableNumber,
});
const MedianRowSchema = z.object({ firstReplyMs: NullableNumber });

/** Counts by key, largest first (ties by key, so the order is stable). */
function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The analytics dashboard for a range of the shop's local days, aggregated in SQL over one
 * summary row per settled conversation (index: shop, startedAt). Days are bounded by the shop's
 * local midnights, so a conversation at 23:30 in Paris counts on that Paris day.
 */
export async function summariseDashboard(options: SummariseDashboardOptions): Promise<Dashboard> {
  const { prisma, shop, timeZone, from, to } = options;
  const days = localDays({ from, to, timeZone });
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) throw new Error("The range has no days");
  const rangeStart = first.start;
  const rangeEnd = last.end;
  const inRange = Prisma.sql`s.shop = ${shop} AND s.startedAt >= ${rangeStart} AND s.startedAt < ${rangeEnd} AND s.outcome <> ${EMPTY_OUTCOME}`;
  const dayRows = Prisma.join(
    days.map((day) => Prisma.sql`(${day.date}, ${day.start}, ${day.end})`),
  );

  // Three scans: summary rows by day (index range per day), summary rows by topic and language
  // (covering index), and the range's conversations for ratings and those still going.
  const outcomeRows = await prisma.$queryRaw<unknown[]>`
      WITH days(day, dayStart, dayEnd) AS (VALUES ${dayRows})
      SELECT d.day AS day, s.outcome AS outcome, COUNT(*) AS n
      FROM days d JOIN ConversationSummary s
        ON s.shop = ${shop} AND s.startedAt >= d.dayStart AND s.startedAt < d.dayEnd
      WHERE s.outcome <> ${EMPTY_OUTCOME}
      GROUP BY d.day, s.outcome`;
  const topicRows = await prisma.$queryRaw<unknown[]>`
      SELECT s.intent AS intent, s.language AS language, COUNT(*) AS n,
             COUNT(s.firstReplyMs) AS replies, SUM(s.firstReplyMs) AS replyTotal
      FROM ConversationSummary s WHERE ${inRange}
      GROUP BY s.intent, s.language`;
  const conversationRows = await prisma.$queryRaw<unknown[]>`
      SELECT SUM(CASE WHEN c.outcome IS NOT NULL AND c.csat IS NOT NULL THEN 1 ELSE 0 END) AS responses,
             SUM(CASE WHEN c.outcome IS NOT NULL THEN c.csat ELSE 0 END) AS csatTotal,
             SUM(CASE WHEN c.outcome IS NOT NULL AND c.csat >= 4 THEN 1 ELSE 0 END) AS satisfied,
             SUM(CASE WHEN c.outcome IS NULL THEN 1 ELSE 0 END) AS inProgress
      FROM Conversation c
      WHERE c.shop = ${shop} AND c.createdAt >= ${rangeStart} AND c.createdAt < ${rangeEnd}
        AND (c.outcome IS NULL OR c.outcome <> ${EMPTY_OUTCOME})`;

  const byDay = new Map<string, DashboardDay>(
    days.map((day) => [
      day.date,
      { date: day.date, conversations: 0, answered: 0, handedOff: 0, abandoned: 0 },
    ]),
  );
  for (const row of z.array(DayOutcomeRowSchema).parse(outcomeRows)) {
    const day = byDay.get(row.day);
    if (!day) continue;
    day.conversations += row.n;
    if (row.outcome === "answered") day.answered += row.n;
    else if (row.outcome === "handed_off") day.handedOff += row.n;
    else if (row.outcome === "abandoned") day.abandoned += row.n;
  }
  const dayList = [...byDay.values()];
  const totals = dayList.reduce(
    (sum, day) => ({
      conversations: sum.conversations + day.conversations,
      answered: sum.answered + day.answered,
      handedOff: sum.handedOff + day.handedOff,
      abandoned: sum.abandoned + day.abandoned,
    }),
    { conversations: 0, answered: 0, handedOff: 0, abandoned: 0 },
  );

  const intents = new Map<string, number>();
  const languages = new Map<string, number>();
  let replies = 0;
  let replyTotal = 0;
  for (const row of z.array(TopicRowSchema).parse(topicRows)) {
    const intent = row.intent ?? "other";
    const language = row.language ?? "unknown";
    intents.set(intent, (intents.get(intent) ?? 0) + row.n);
    languages.set(language, (languages.get(language) ?? 0) + row.n);
    replies += row.replies;
    replyTotal += row.replyTotal ?? 0;
  }

  let medianMs: number | null = null;
  if (replies > 0) {
    const middle = await prisma.$queryRaw<unknown[]>`
      SELECT s.firstReplyMs AS firstReplyMs FROM ConversationSummary s
      WHERE ${inRange} AND s.firstReplyMs IS NOT NULL
      ORDER BY s.firstReplyMs LIMIT 1 OFFSET ${Math.floor((replies - 1) / 2)}`;
    medianMs = MedianRowSchema.parse(middle[0]).firstReplyMs;
  }
  const conversations = ConversationRowSchema.parse(conversationRows[0]);
  const responses = conversations.responses ?? 0;

  return {
    timeZone,
    from,
    to,
    days: dayList,
    totals,
    automationRate: rate(totals.answered, totals.conversations),
    handoffRate: rate(totals.handedOff, totals.conversations),
    abandonRate: rate(totals.abandoned, totals.conversations),
    csat: {
      responses,
      average: responses === 0 ? null : (conversations.csatTotal ?? 0) / responses,
      satisfiedRate: responses === 0 ? null : (conversations.satisfied ?? 0) / responses,
    },
    firstReply: { medianMs, averageMs: replies === 0 ? null : Math.round(replyTotal / replies) },
    topIntents: ranked(intents)
      .slice(0, 10)
      .map(([intent, count]) => ({ intent, conversations: count })),
    languages: ranked(languages).map(([language, count]) => ({ language, conversations: count })),
    inProgress: conversations.inProgress ?? 0,
  };
}
