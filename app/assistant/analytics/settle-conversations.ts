import type { PrismaClient } from "@prisma/client";
import { Prisma } from "@prisma/client";
import { isSqliteDatabase, isUniqueViolation } from "../../platform/database";
import { conversationContext, openStored, type CipherBox } from "../encryption";
import { learningQuestionRows, sealCarriedQuestions } from "../knowledge/learning-loop";
import { readShopSettings } from "../settings";
import { classifyConversation } from "./classify-conversation";
import {
  alignConversationDays,
  localDatesOf,
  recomputeConversationDays,
  refreshConversationDays,
} from "./conversation-days";

export interface SettleConversationsOptions {
  prisma: PrismaClient;
  /** Opens the sealed message bodies and seals the questions it files for the learning queue. */
  box: CipherBox;
  shop: string;
  now: Date;
  /** A conversation quiet this long is finished. */
  idleMs?: number;
  batchSize?: number;
}

export const DEFAULT_IDLE_MS = 30 * 60_000;

/** New conversations may still be committing when settling runs; the cursor stays this far behind. */
const CURSOR_MARGIN_MS = 5 * 60_000;

/**
 * Gives every finished, not yet counted conversation its outcome and summary row, recomputes the
 * rollup days they fall on (in the shop's time zone), and queues the turns it left unanswered,
 * unsure or thumbed down. Runs before the dashboard reads. A per-shop cursor remembers the
 * oldest conversation still unsettled, so a run reads only conversations created since then
 * (index: shop, createdAt) — cheap when nothing new finished, whatever the shop's history.
 * Conversations are created "now" by the chat, so none appears behind the cursor later.
 */
export async function settleConversations(
  options: SettleConversationsOptions,
): Promise<{ settled: number }> {
  const { prisma, shop } = options;
  const cutoff = new Date(options.now.getTime() - (options.idleMs ?? DEFAULT_IDLE_MS));
  const batchSize = options.batchSize ?? 500;
  const settings = await readShopSettings({ prisma, shop });
  const timeZone = settings.timeZone;
  await alignConversationDays({ prisma, shop, timeZone });
  await sealCarriedQuestions({ prisma, box: options.box, shop });
  const cursor = await prisma.analyticsCursor.findUnique({ where: { shop } });
  const startFrom = cursor?.unsettledFrom ?? null;
  let from = startFrom;
  let settled = 0;

  for (;;) {
    const conversations = await prisma.conversation.findMany({
      where: {
        shop,
        outcome: null,
        lastMessageAt: { lt: cutoff },
        ...(from ? { createdAt: { gte: from } } : {}),
      },
      select: { id: true, status: true, language: true, createdAt: true },
      // createdAt alone: the (shop, createdAt) index gives this order without sorting the shop's history.
      orderBy: { createdAt: "asc" },
      take: batchSize,
    });
    if (conversations.length === 0) break;
    const written = await settleBatch({
      prisma,
      box: options.box,
      shop,
      timeZone,
      conversations,
      confidenceThreshold: settings.escalation.handoff.confidenceThreshold,
    });
    if (!written) return { settled };
    settled += conversations.length;
    from = conversations[conversations.length - 1]?.createdAt ?? from;
    if (conversations.length < batchSize) break;
  }

  const oldestOpen = await prisma.conversation.findFirst({
    where: { shop, outcome: null, ...(startFrom ? { createdAt: { gte: startFrom } } : {}) },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const margin = new Date(options.now.getTime() - CURSOR_MARGIN_MS);
  const unsettledFrom = oldestOpen && oldestOpen.createdAt < margin ? oldestOpen.createdAt : margin;
  if (!startFrom || unsettledFrom > startFrom) {
    await prisma.analyticsCursor.upsert({
      where: { shop },
      create: { shop, unsettledFrom },
      update: { unsettledFrom },
    });
  }
  return { settled };
}

type Candidate = { id: string; status: string; language: string | null; createdAt: Date };

/** Classifies one batch and writes it in one transaction; false when another run settled it first. */
async function settleBatch(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  timeZone: string;
  conversations: Candidate[];
  confidenceThreshold: number;
}): Promise<boolean> {
  const { prisma, box, shop, conversations } = options;
  const ids = conversations.map((conversation) => conversation.id);
  const [messages, escalations] = await Promise.all([
    prisma.message.findMany({
      where: { shop, conversationId: { in: ids } },
      select: {
        id: true,
        conversationId: true,
        role: true,
        body: true,
        intent: true,
        confidence: true,
        language: true,
        faqEntryId: true,
        answered: true,
        vote: true,
        createdAt: true,
      },
      orderBy: { seq: "asc" },
    }),
    prisma.escalation.findMany({
      where: { shop, conversationId: { in: ids } },
      select: { conversationId: true },
    }),
  ]);
  const escalated = new Set(escalations.map((escalation) => escalation.conversationId));
  const byConversation = new Map<string, typeof messages>();
  for (const stored of messages) {
    const message = {
      ...stored,
      body: openStored(box, stored.body, {
        context: conversationContext({ shop, conversationId: stored.conversationId }),
      }),
    };
    const list = byConversation.get(message.conversationId) ?? [];
    list.push(message);
    byConversation.set(message.conversationId, list);
  }

  const results = conversations.map((conversation) => ({
    conversation,
    result: classifyConversation({
      status: conversation.status,
      escalated: escalated.has(conversation.id),
      language: conversation.language,
      messages: byConversation.get(conversation.id) ?? [],
      confidenceThreshold: options.confidenceThreshold,
    }),
  }));
  const byOutcome = new Map<string, string[]>();
  for (const { conversation, result } of results)
    byOutcome.set(result.outcome, [...(byOutcome.get(result.outcome) ?? []), conversation.id]);
  const learning = await learningQuestionRows({
    prisma,
    box,
    shop,
    candidates: results.flatMap(({ conversation, result }) =>
      result.learning.map((candidate) => ({ ...candidate, conversationId: conversation.id })),
    ),
  });

  try {
    await prisma.$transaction([
      prisma.conversationSummary.createMany({
        data: results.map(({ conversation, result }) => ({
          conversationId: conversation.id,
          shop,
          startedAt: conversation.createdAt,
          outcome: result.outcome,
          language: result.language,
          intent: result.intent,
          firstReplyMs: result.firstReplyMs,
        })),
      }),
      // The rating as it stands when the summary commits; a later one updates it (rateConversation).
      // Built whole: the PostgreSQL client's tagged template would take Prisma.join for a parameter.
      prisma.$executeRaw(Prisma.sql`UPDATE "ConversationSummary" SET "csat" = (
          SELECT c."csat" FROM "Conversation" c
          WHERE c."id" = "ConversationSummary"."conversationId" AND c."shop" = ${shop})
        WHERE "shop" = ${shop} AND "conversationId" IN (${Prisma.join(ids)})`),
      prisma.learningQuestion.createMany({ data: learning }),
      ...[...byOutcome].map(([outcome, outcomeIds]) =>
        prisma.conversation.updateMany({
          where: { shop, id: { in: outcomeIds }, outcome: null },
          data: { outcome },
        }),
      ),
      ...refreshConversationDays({
        prisma,
        shop,
        timeZone: options.timeZone,
        startedAt: conversations.map((conversation) => conversation.createdAt),
      }),
    ]);
    return true;
  } catch (error) {
    // Another request settled the same conversations first: what it wrote is what this would write.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Removes what analytics kept about conversations (the shopper deleted them, or retention ran
 * out) and recomputes the rollup days they were counted on.
 */
export async function forgetConversations(options: {
  prisma: PrismaClient;
  shop: string;
  conversationIds: string[];
}): Promise<void> {
  const { prisma, shop, conversationIds } = options;
  const [summaries, cursor] = await Promise.all([
    prisma.conversationSummary.findMany({
      where: { shop, conversationId: { in: conversationIds } },
      select: { startedAt: true },
    }),
    prisma.analyticsCursor.findUnique({ where: { shop }, select: { rollupTimeZone: true } }),
  ]);
  await prisma.$transaction([
    prisma.conversationSummary.deleteMany({
      where: { shop, conversationId: { in: conversationIds } },
    }),
    prisma.learningQuestion.deleteMany({
      where: { shop, conversationId: { in: conversationIds } },
    }),
    ...(cursor?.rollupTimeZone
      ? refreshConversationDays({
          prisma,
          shop,
          timeZone: cursor.rollupTimeZone,
          startedAt: summaries.map((summary) => summary.startedAt),
        })
      : []),
  ]);
}

/**
 * The shopper's rating of a conversation. Once the conversation is counted, its summary and the
 * rollup day it falls on take the rating too, in the same transaction.
 */
export async function rateConversation(options: {
  prisma: PrismaClient;
  shop: string;
  conversationId: string;
  csat: number;
}): Promise<void> {
  const { prisma, shop, conversationId, csat } = options;
  await prisma.$transaction(async (tx) => {
    await tx.conversation.updateMany({ where: { shop, id: conversationId }, data: { csat } });
    const summary = await tx.conversationSummary.findFirst({
      where: { shop, conversationId },
      select: { startedAt: true },
    });
    // Not counted yet: settling copies the rating when it writes the summary.
    if (!summary) return;
    await tx.conversationSummary.updateMany({ where: { shop, conversationId }, data: { csat } });
    const cursor = await tx.analyticsCursor.findUnique({
      where: { shop },
      select: { rollupTimeZone: true },
    });
    if (!cursor?.rollupTimeZone) return;
    for (const statement of recomputeConversationDays({
      database: tx,
      sqlite: isSqliteDatabase(prisma),
      shop,
      timeZone: cursor.rollupTimeZone,
      dates: localDatesOf([summary.startedAt], cursor.rollupTimeZone),
    }))
      await statement;
  });
}
