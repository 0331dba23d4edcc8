import type { PrismaClient } from "@prisma/client";
import type { CipherBox } from "../encryption";
import { newConversationId, toChatMessage, type ChatMessage } from "./message";
import type { Shopper } from "./types";

export interface StartConversationOptions {
  prisma: PrismaClient;
  box: CipherBox;
  shopper: Shopper;
  locale: string | null;
}

export interface ConversationView {
  id: string;
  status: string;
  language: string | null;
  messages: ChatMessage[];
  cursor: string;
}

/** Resumes the visitor's open conversation (across reloads and tabs) or starts a new one. */
export async function startConversation(
  options: StartConversationOptions,
): Promise<ConversationView> {
  const { prisma, box, shopper, locale } = options;
  const existing = await prisma.conversation.findFirst({
    where: {
      shop: shopper.shop,
      visitorId: shopper.visitorId,
      status: { in: ["open", "handed_off"] },
      OR: [{ customerId: null }, { customerId: shopper.customerId ?? "" }],
    },
    orderBy: { lastMessageAt: "desc" },
  });

  const conversation =
    existing && existing.customerId === null && shopper.customerId
      ? await prisma.conversation.update({
          where: { id: existing.id, shop: shopper.shop },
          data: { customerId: shopper.customerId },
        })
      : (existing ??
        (await prisma.conversation.create({
          data: {
            id: newConversationId(),
            shop: shopper.shop,
            visitorId: shopper.visitorId,
            customerId: shopper.customerId,
            language: locale,
          },
        })));

  const messages = await prisma.message.findMany({
    where: { shop: shopper.shop, conversationId: conversation.id },
    orderBy: { seq: "asc" },
    take: 200,
  });
  const last = messages.at(-1);
  return {
    id: conversation.id,
    status: conversation.status,
    language: conversation.language,
    messages: messages.map((message) => toChatMessage(message, box)),
    cursor: String(last?.seq ?? 0),
  };
}
