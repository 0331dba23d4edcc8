import type { PrismaClient } from "@prisma/client";
import { describeOrder } from "../commerce";
import { newMessageId, toChatMessage, type ChatMessage } from "../conversation";
import { conversationContext, type CipherBox } from "../encryption";
import type { OrderCard } from "../reply";
import { chooseOpeningOrder } from "./choose-opening-order";

export interface OpenWithOrderStatusOptions {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  conversationId: string;
  /** The verified customer's recent orders, newest first, as cards in the shopper's language. */
  loadOrders: () => Promise<OrderCard[]>;
  /** Shopify locale of the widget (`en`, `zh-CN`): the language of the words around the card. */
  language: string;
  now: Date;
}

/**
 * Starts an empty conversation with the status of the shopper's order that is on its way or late:
 * one order card and its words, stored as the assistant's first message so it stays in the
 * transcript. Leaves a conversation that already has messages alone; when the orders cannot be
 * read, the chat simply opens as usual.
 */
export async function openWithOrderStatus(
  options: OpenWithOrderStatusOptions,
): Promise<ChatMessage | null> {
  const { prisma, box, shop, conversationId, language } = options;
  const isEmpty = async (): Promise<boolean> =>
    (await prisma.message.count({ where: { shop, conversationId } })) === 0;
  if (!(await isEmpty())) return null;
  const orders = await options.loadOrders().catch(() => []);
  const order = chooseOpeningOrder({ orders, now: options.now });
  if (!order) return null;
  const context = { context: conversationContext({ shop, conversationId }) };
  const stored = await prisma.$transaction(async (tx) => {
    // The widget asks once per opening, but two tabs may open together: one status is enough.
    if ((await tx.message.count({ where: { shop, conversationId } })) > 0) return null;
    const message = await tx.message.create({
      data: {
        id: newMessageId(),
        shop,
        conversationId,
        role: "assistant",
        body: box.seal(describeOrder({ order, language }), context),
        cards: JSON.stringify([order]),
        quickReplies: "[]",
        language,
      },
    });
    await tx.conversation.update({
      where: { id: conversationId, shop },
      data: { lastMessageAt: message.createdAt },
    });
    return message;
  });
  return stored ? toChatMessage(stored, box) : null;
}
