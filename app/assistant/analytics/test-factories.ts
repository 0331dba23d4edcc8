import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import type { Outcome } from "./classify-conversation";

/** A conversation to generate, described by what became of it. */
export interface ConversationPlan {
  id: string;
  shop: string;
  startedAt: Date;
  outcome: Outcome | "empty";
  intent: string;
  language: string;
  csat: number | null;
  firstReplyMs: number;
  /** What the shopper asked (the text that enters the learning queue when unanswered). */
  question: string;
  /** The shopper gave the assistant's answer a thumbs-down. */
  thumbsDown: boolean;
}

export function planConversation(overrides: Partial<ConversationPlan> = {}): ConversationPlan {
  return {
    id: `conv_${randomUUID()}`,
    shop: "alpha.myshopify.com",
    startedAt: new Date("2026-03-10T10:00:00Z"),
    outcome: "answered",
    intent: "shipping_info",
    language: "en",
    csat: null,
    firstReplyMs: 800,
    question: "How long does shipping take?",
    thumbsDown: false,
    ...overrides,
  };
}

export interface ConversationRows {
  conversation: Prisma.ConversationCreateManyInput;
  messages: Prisma.MessageCreateManyInput[];
}

/** The rows a real chat with that outcome leaves behind (as postShopperMessage writes them). */
export function conversationRows(plan: ConversationPlan): ConversationRows {
  const replyAt = new Date(plan.startedAt.getTime() + plan.firstReplyMs);
  const conversation: Prisma.ConversationCreateManyInput = {
    id: plan.id,
    shop: plan.shop,
    visitorId: `visitor-${plan.id}`,
    status: plan.outcome === "handed_off" ? "handed_off" : "open",
    language: plan.outcome === "empty" ? null : plan.language,
    csat: plan.csat,
    createdAt: plan.startedAt,
    updatedAt: replyAt,
    lastMessageAt: plan.outcome === "empty" ? plan.startedAt : replyAt,
  };
  if (plan.outcome === "empty") return { conversation, messages: [] };
  const answered = plan.outcome === "answered";
  const intent = plan.outcome === "abandoned" ? "other" : plan.intent;
  const confidence = plan.outcome === "abandoned" ? 0.2 : 0.92;
  const base = {
    shop: plan.shop,
    conversationId: plan.id,
    language: plan.language,
    intent,
    confidence,
  };
  const messages: Prisma.MessageCreateManyInput[] = [
    {
      ...base,
      id: `msg_${randomUUID()}`,
      role: "shopper",
      body: plan.question,
      createdAt: plan.startedAt,
    },
    {
      ...base,
      id: `msg_${randomUUID()}`,
      role: "assistant",
      body: answered
        ? "We ship within 2 days."
        : plan.outcome === "handed_off"
          ? "I am passing you to a colleague."
          : "Sorry, I am not sure.",
      faqEntryId: answered ? "faq_shipping" : null,
      vote: plan.thumbsDown ? "down" : null,
      createdAt: replyAt,
    },
  ];
  return { conversation, messages };
}

/** Writes planned conversations in chunks (fast enough for 100,000 in the benchmark). */
export async function insertConversations(
  prisma: PrismaClient,
  plans: ConversationPlan[],
  chunkSize = 2_000,
): Promise<void> {
  for (let index = 0; index < plans.length; index += chunkSize) {
    const rows = plans.slice(index, index + chunkSize).map(conversationRows);
    await prisma.$transaction([
      prisma.conversation.createMany({ data: rows.map((row) => row.conversation) }),
      prisma.message.createMany({ data: rows.flatMap((row) => row.messages) }),
    ]);
  }
}
