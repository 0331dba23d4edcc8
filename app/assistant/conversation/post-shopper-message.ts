import type { PrismaClient } from "@prisma/client";
import { conversationContext, openStored, type CipherBox } from "../encryption";
import { queueShopperComment } from "../escalation/queue-shopper-comment";
import { findConversation } from "./find-conversation";
import { newMessageId, toChatMessage, type ChatMessage } from "./message";
import type { PageContext, Responder, Shopper } from "./types";

export interface PostShopperMessageOptions {
  prisma: PrismaClient;
  /** Seals message bodies and the dialogue state (which holds guests' emails) at rest. */
  box: CipherBox;
  shopper: Shopper;
  conversationId: string;
  text: string;
  locale: string | null;
  page: PageContext;
  respond: Responder;
}

/**
 * Answers the shopper and stores their message with the answer. While a person has the
 * conversation, the assistant stays silent and the message goes to the person.
 */
export async function postShopperMessage(
  options: PostShopperMessageOptions,
): Promise<{ messages: ChatMessage[]; cursor: string }> {
  const { prisma, box, shopper, conversationId, text, locale, page, respond } = options;
  const receivedAt = new Date();
  const conversation = await findConversation({ prisma, shopper, conversationId });
  const context = { context: conversationContext({ shop: shopper.shop, conversationId }) };

  if (conversation.status !== "open") {
    const stored = await storeShopperMessageAlone({ ...options, status: conversation.status });
    return { messages: [toChatMessage(stored, box)], cursor: String(stored.seq) };
  }

  const storedState: unknown = conversation.dialogueState
    ? JSON.parse(openStored(box, conversation.dialogueState, context))
    : null;
  let answer: Awaited<ReturnType<Responder>>;
  try {
    answer = await respond({ shopper, conversationId, text, locale, page, state: storedState });
  } catch (error) {
    // What the shopper wrote is kept even when the answer fails.
    await storeShopperMessageAlone({ ...options, status: conversation.status });
    throw error;
  }
  const { reply, state, understanding, handOff } = answer;

  // The shopper's message, the answer and the dialogue state in one transaction: each message
  // costs one write to the database, not two.
  const shopperId = newMessageId();
  const answeredAt = new Date();
  const stored = await prisma.$transaction(async (tx) => {
    const rows = await tx.message.createManyAndReturn({
      data: [
        {
          id: shopperId,
          shop: shopper.shop,
          conversationId,
          role: "shopper",
          body: box.seal(text, context),
          intent: understanding.intent,
          confidence: understanding.confidence,
          language: understanding.language,
          sentiment: understanding.sentiment,
          createdAt: receivedAt,
        },
        {
          id: newMessageId(),
          shop: shopper.shop,
          conversationId,
          role: "assistant",
          body: box.seal(reply.text, context),
          cards: JSON.stringify(reply.cards),
          quickReplies: JSON.stringify(reply.quickReplies),
          language: reply.language,
          intent: understanding.intent,
          confidence: understanding.confidence,
          sentiment: understanding.sentiment,
          faqEntryId: understanding.faqEntryId,
          createdAt: answeredAt,
        },
      ],
    });
    await tx.conversation.update({
      where: { id: conversationId, shop: shopper.shop },
      data: {
        dialogueState: box.seal(JSON.stringify(state), context),
        language: reply.language,
        lastMessageAt: answeredAt,
      },
    });
    if (handOff) await handOff(tx);
    return rows;
  });

  const [shopperMessage, assistantMessage] = [...stored].sort((a, b) =>
    a.id === shopperId ? -1 : b.id === shopperId ? 1 : a.seq - b.seq,
  );
  return {
    messages: [toChatMessage(shopperMessage!, box), toChatMessage(assistantMessage!, box)],
    cursor: String(assistantMessage!.seq),
  };
}

/**
 * The shopper's message alone: while a person has the conversation it also goes to their ticket,
 * queued with it; when the answer failed, it is kept for the next turn and the merchant.
 */
async function storeShopperMessageAlone(options: PostShopperMessageOptions & { status: string }) {
  const { prisma, box, shopper, conversationId, text } = options;
  const context = { context: conversationContext({ shop: shopper.shop, conversationId }) };
  return prisma.$transaction(async (tx) => {
    const message = await tx.message.create({
      data: {
        id: newMessageId(),
        shop: shopper.shop,
        conversationId,
        role: "shopper",
        body: box.seal(text, context),
      },
    });
    if (options.status === "handed_off") {
      await queueShopperComment(tx, {
        box,
        shop: shopper.shop,
        conversationId,
        messageId: message.id,
        text,
        at: message.createdAt,
      });
    }
    await tx.conversation.update({
      where: { id: conversationId, shop: shopper.shop },
      data: { lastMessageAt: message.createdAt },
    });
    return message;
  });
}
