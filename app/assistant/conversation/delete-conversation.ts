import type { PrismaClient } from "@prisma/client";
import { findConversation } from "./find-conversation";
import type { Shopper } from "./types";

/** The shopper's "delete this conversation": the conversation and every message go. */
export async function deleteConversation(options: {
  prisma: PrismaClient;
  shopper: Shopper;
  conversationId: string;
}): Promise<void> {
  const { prisma, shopper, conversationId } = options;
  await findConversation({ prisma, shopper, conversationId });
  await prisma.$transaction([
    prisma.message.deleteMany({ where: { shop: shopper.shop, conversationId } }),
    prisma.conversation.deleteMany({ where: { shop: shopper.shop, id: conversationId } }),
  ]);
}
