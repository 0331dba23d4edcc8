import type { PrismaClient } from "@prisma/client";
import type { CipherBox } from "../encryption";
import { findConversation } from "./find-conversation";
import { toChatMessage, type ChatMessage } from "./message";
import { listLedgerMessages } from "./message-ledger";
import type { Shopper } from "./types";

/** Messages after the widget's cursor: how agent replies reach an open chat. */
export async function listMessages(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shopper: Shopper;
  conversationId: string;
  after: number;
}): Promise<{ messages: ChatMessage[]; cursor: string; status: string }> {
  const { prisma, box, shopper, conversationId, after } = options;
  const conversation = await findConversation({ prisma, shopper, conversationId });
  const messages = await listLedgerMessages({
    prisma,
    shop: shopper.shop,
    conversationId,
    after,
    limit: 100,
  });
  return {
    messages: messages.map((message) => toChatMessage(message, box)),
    cursor: String(messages.at(-1)?.seq ?? after),
    status: conversation.status,
  };
}
