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
 * Stores what the shopper wrote before anything else can fail, then the assistant's answer. While
 * a person has the conversation, the assistant stays silent.
 */
export async function postShopperMessage(
  options: PostShopperMessageOptions,
): Promise<{ messages: ChatMessage[]; cursor: string }> {
  const { prisma, box, shopper, conversationId, text, locale, page, respond } = options;
  const conversation = await findConversation({ prisma, shopper, conversationId });
  const context = { context: conversationContext({ shop: shopper.shop, conversationId }) };

  // While a person has the conversation, the message also goes to their ticket, queued with it.
  const shopperMessage = await prisma.$transaction(async (tx) => {
    const message = await tx.message.create({
      data: {
        id: newMessageId(),
        shop: shopper.shop,
        conversationId,
        role: "shopper",
        body: box.seal(text, context),
      },
    });
    if (conversation.status === "handed_off") {
      await queueShopperComment(tx, {
        shop: shopper.shop,
        conversationId,
        messageId: message.id,
        text,
        at: message.createdAt,
      });
    }
    await tx.conversation.update({
      where: { id: conversationId },
      data: { lastMessageAt: message.createdAt },
    });
    return message;
  });

  if (conversation.status !== "open") {
    return { messages: [toChatMessage(shopperMessage, box)], cursor: String(shopperMessage.seq) };
  }

  const storedState: unknown = conversation.dialogueState
    ? JSON.parse(openStored(box, conversation.dialogueState, context))
    : null;
  const { reply, state, understanding, handOff } = await respond({
    shopper,
    conversationId,
    text,
    locale,
    page,
    state: storedState,
  });

  const assistantMessage = await prisma.$transaction(async (tx) => {
    const stored = await tx.message.create({
      data: {
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
      },
    });
    await tx.message.update({
      where: { seq: shopperMessage.seq },
      data: {
        intent: understanding.intent,
        confidence: understanding.confidence,
        language: understanding.language,
        sentiment: understanding.sentiment,
      },
    });
    await tx.conversation.update({
      where: { id: conversationId },
      data: {
        dialogueState: box.seal(JSON.stringify(state), context),
        language: reply.language,
        lastMessageAt: new Date(),
      },
    });
    if (handOff) await handOff(tx);
    return stored;
  });

  return {
    messages: [toChatMessage(shopperMessage, box), toChatMessage(assistantMessage, box)],
    cursor: String(assistantMessage.seq),
  };
}
