import type { Prisma, PrismaClient } from "@prisma/client";
import { conversationContext, openStored, type CipherBox } from "../encryption";
import { queueShopperComment } from "../escalation/queue-shopper-comment";
import { findConversation } from "./find-conversation";
import {
  justStoredChatMessage,
  newMessageId,
  type ChatMessage,
  type StoredMessage,
} from "./message";
import { appendLedgerMessages, type NewMessage } from "./message-ledger";
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
    return { messages: [justStoredChatMessage(stored, { text })], cursor: String(stored.seq) };
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
  const messages: [NewMessage, NewMessage] = [
    {
      id: newMessageId(),
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
      role: "assistant",
      body: box.seal(reply.text, context),
      cards: JSON.stringify(reply.cards),
      quickReplies: JSON.stringify(reply.quickReplies),
      language: reply.language,
      intent: understanding.intent,
      confidence: understanding.confidence,
      sentiment: understanding.sentiment,
      faqEntryId: understanding.faqEntryId,
      answered: answer.answered,
      createdAt: new Date(),
    },
  ];
  const answered = {
    dialogueState: box.seal(JSON.stringify(state), context),
    language: reply.language,
  };
  const [shopperMessage, assistantMessage] = handOff
    ? await storeHandOffTurn({ ...options, messages, answered, handOff })
    : await appendLedgerMessages({
        prisma,
        shop: shopper.shop,
        conversationId,
        messages,
        answer: answered,
      });
  return {
    messages: [
      justStoredChatMessage(shopperMessage!, { text }),
      justStoredChatMessage(assistantMessage!, reply),
    ],
    cursor: String(assistantMessage!.seq),
  };
}

/**
 * A turn that hands the conversation to a person stays on a Prisma transaction: the ticket is
 * queued through Prisma in the same transaction. Rare next to ordinary turns.
 */
async function storeHandOffTurn(
  options: PostShopperMessageOptions & {
    messages: [NewMessage, NewMessage];
    answered: { dialogueState: string; language: string };
    handOff: (tx: Prisma.TransactionClient) => Promise<void>;
  },
): Promise<StoredMessage[]> {
  const { prisma, shopper, conversationId, messages, answered, handOff } = options;
  const stored = await prisma.$transaction(async (tx) => {
    const rows = await tx.message.createManyAndReturn({
      data: messages.map((message) => ({ ...message, shop: shopper.shop, conversationId })),
    });
    await tx.conversation.update({
      where: { id: conversationId, shop: shopper.shop },
      data: { ...answered, lastMessageAt: messages[1].createdAt },
    });
    await handOff(tx);
    return rows;
  });
  const order = messages.map((message) => message.id);
  return [...stored].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * The shopper's message alone: while a person has the conversation it also goes to their ticket,
 * queued with it; when the answer failed, it is kept for the next turn and the merchant.
 */
async function storeShopperMessageAlone(
  options: PostShopperMessageOptions & { status: string },
): Promise<StoredMessage> {
  const { prisma, box, shopper, conversationId, text } = options;
  const context = { context: conversationContext({ shop: shopper.shop, conversationId }) };
  const message: NewMessage = {
    id: newMessageId(),
    role: "shopper",
    body: box.seal(text, context),
    createdAt: new Date(),
  };
  if (options.status !== "handed_off") {
    const [stored] = await appendLedgerMessages({
      prisma,
      shop: shopper.shop,
      conversationId,
      messages: [message],
    });
    return stored!;
  }
  return prisma.$transaction(async (tx) => {
    const stored = await tx.message.create({
      data: { ...message, shop: shopper.shop, conversationId },
    });
    await queueShopperComment(tx, {
      box,
      shop: shopper.shop,
      conversationId,
      messageId: stored.id,
      text,
      at: stored.createdAt,
    });
    await tx.conversation.update({
      where: { id: conversationId, shop: shopper.shop },
      data: { lastMessageAt: stored.createdAt },
    });
    return stored;
  });
}
