import type { PrismaClient } from "@prisma/client";
import { Problem } from "../errors";
import { findLedgerConversation, type LedgerConversation } from "./message-ledger";
import type { Shopper } from "./types";

/**
 * The shopper's own conversation, or a not_found problem. A conversation that a logged-in customer
 * owns is never shown to another customer or to a guest, whatever visitor id they send.
 */
export async function findConversation(options: {
  prisma: PrismaClient;
  shopper: Shopper;
  conversationId: string;
}): Promise<LedgerConversation> {
  const { prisma, shopper, conversationId } = options;
  const conversation = await findLedgerConversation({
    prisma,
    shop: shopper.shop,
    visitorId: shopper.visitorId,
    conversationId,
  });
  if (!conversation) throw new Problem("not_found", "This conversation does not exist.");
  if (conversation.customerId && conversation.customerId !== shopper.customerId) {
    throw new Problem("not_found", "This conversation does not exist.");
  }
  return conversation;
}
