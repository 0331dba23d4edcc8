import type { Prisma, PrismaClient } from "@prisma/client";
import { z } from "zod";
import { recordAudit } from "../audit";
import { conversationContext, openStored, type CipherBox } from "../encryption";
import { OUTCOMES } from "./classify-conversation";
import { LocalDateSchema, addDays, startOfLocalDate } from "./local-days";

export const ConversationFilterSchema = z.object({
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  outcome: z.enum([...OUTCOMES, "in_progress"]).optional(),
  intent: z.string().max(40).optional(),
  language: z.string().max(10).optional(),
  /** 1..5 stars, or "unrated". */
  rating: z.union([z.coerce.number().int().min(1).max(5), z.literal("unrated")]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ConversationFilter = z.infer<typeof ConversationFilterSchema>;

export interface ConversationRow {
  id: string;
  startedAt: string;
  lastMessageAt: string;
  language: string | null;
  outcome: string | null;
  intent: string | null;
  csat: number | null;
  messages: number;
}

const PAGE_SIZE = 25;

/** The shop's conversations matching the merchant's filter, newest first. No message text: reading one is audited. */
export async function findConversations(options: {
  prisma: PrismaClient;
  shop: string;
  timeZone: string;
  filter: ConversationFilter;
}): Promise<{ conversations: ConversationRow[]; hasMore: boolean; page: number }> {
  const { prisma, shop, filter, timeZone } = options;
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = startOfLocalDate(filter.from, timeZone);
  if (filter.to) createdAt.lt = startOfLocalDate(addDays(filter.to, 1), timeZone);
  const where: Prisma.ConversationWhereInput = {
    shop,
    ...(filter.from || filter.to ? { createdAt } : {}),
    ...(filter.outcome
      ? { outcome: filter.outcome === "in_progress" ? null : filter.outcome }
      : { NOT: { outcome: "empty" } }),
    ...(filter.language ? { language: filter.language } : {}),
    ...(filter.rating === "unrated"
      ? { csat: null }
      : filter.rating
        ? { csat: filter.rating }
        : {}),
    ...(filter.intent
      ? { messages: { some: { shop, role: "shopper", intent: filter.intent } } }
      : {}),
  };
  const rows = await prisma.conversation.findMany({
    where,
    select: {
      id: true,
      createdAt: true,
      lastMessageAt: true,
      language: true,
      outcome: true,
      csat: true,
      _count: { select: { messages: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (filter.page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
  });
  const page = rows.slice(0, PAGE_SIZE);
  const summaries = await prisma.conversationSummary.findMany({
    where: { shop, conversationId: { in: page.map((row) => row.id) } },
    select: { conversationId: true, intent: true },
  });
  const firstIntents = await prisma.message.findMany({
    where: {
      shop,
      conversationId: {
        in: page
          .filter((row) => !summaries.some((summary) => summary.conversationId === row.id))
          .map((row) => row.id),
      },
      role: "shopper",
      intent: { not: null },
    },
    select: { conversationId: true, intent: true },
    orderBy: { seq: "asc" },
  });
  const intentOf = (id: string) =>
    summaries.find((summary) => summary.conversationId === id)?.intent ??
    firstIntents.find((message) => message.conversationId === id)?.intent ??
    null;
  return {
    conversations: page.map((row) => ({
      id: row.id,
      startedAt: row.createdAt.toISOString(),
      lastMessageAt: row.lastMessageAt.toISOString(),
      language: row.language,
      outcome: row.outcome,
      intent: intentOf(row.id),
      csat: row.csat,
      messages: row._count.messages,
    })),
    hasMore: rows.length > PAGE_SIZE,
    page: filter.page,
  };
}

export interface TranscriptMessage {
  id: string;
  role: string;
  body: string;
  authorName: string | null;
  intent: string | null;
  confidence: number | null;
  language: string | null;
  faqEntryId: string | null;
  vote: string | null;
  createdAt: string;
}

export interface Transcript {
  id: string;
  startedAt: string;
  status: string;
  outcome: string | null;
  language: string | null;
  csat: number | null;
  messages: TranscriptMessage[];
  ticket: { id: string | null; status: string; url: string | null } | null;
}

/** One conversation with its messages, intents and confidences; the view is written to the audit log. */
export async function readTranscript(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  actor: string;
  conversationId: string;
  /** The shop's Zendesk subdomain, for the ticket link. */
  zendeskSubdomain: string | null;
}): Promise<Transcript | null> {
  const { prisma, shop, conversationId } = options;
  const conversation = await prisma.conversation.findFirst({
    where: { id: conversationId, shop },
    include: { messages: { orderBy: { seq: "asc" } } },
  });
  if (!conversation) return null;
  const escalation = await prisma.escalation.findFirst({ where: { shop, conversationId } });
  await recordAudit({
    prisma,
    shop,
    actor: options.actor,
    action: "transcript.viewed",
    subject: conversationId,
  });
  return {
    id: conversation.id,
    startedAt: conversation.createdAt.toISOString(),
    status: conversation.status,
    outcome: conversation.outcome,
    language: conversation.language,
    csat: conversation.csat,
    messages: conversation.messages.map((message) => ({
      id: message.id,
      role: message.role,
      body: openStored(options.box, message.body, {
        context: conversationContext({ shop, conversationId }),
      }),
      authorName: message.authorName,
      intent: message.intent,
      confidence: message.confidence,
      language: message.language,
      faqEntryId: message.faqEntryId,
      vote: message.vote,
      createdAt: message.createdAt.toISOString(),
    })),
    ticket: escalation
      ? {
          id: escalation.ticketId,
          status: escalation.status,
          url:
            escalation.ticketId && options.zendeskSubdomain
              ? `https://${options.zendeskSubdomain}.zendesk.com/agent/tickets/${encodeURIComponent(escalation.ticketId)}`
              : null,
        }
      : null,
  };
}

/** Every conversation of the shop with its messages, for the merchant's own records; audited. */
export async function exportConversations(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  actor: string;
}): Promise<{ exportedAt: string; shop: string; conversations: unknown[] }> {
  const { prisma, shop } = options;
  const conversations = await prisma.conversation.findMany({
    where: { shop },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      customerId: true,
      status: true,
      language: true,
      outcome: true,
      csat: true,
      createdAt: true,
      messages: {
        orderBy: { seq: "asc" },
        select: {
          role: true,
          body: true,
          authorName: true,
          intent: true,
          confidence: true,
          language: true,
          vote: true,
          createdAt: true,
        },
      },
    },
  });
  await recordAudit({
    prisma,
    shop,
    actor: options.actor,
    action: "data.exported",
    subject: "conversations",
    detail: { conversations: conversations.length },
  });
  const readable = conversations.map((conversation) => ({
    ...conversation,
    messages: conversation.messages.map((message) => ({
      ...message,
      body: openStored(options.box, message.body, {
        context: conversationContext({ shop, conversationId: conversation.id }),
      }),
    })),
  }));
  return { exportedAt: new Date().toISOString(), shop, conversations: readable };
}
