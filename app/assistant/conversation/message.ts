import { randomBytes } from "node:crypto";
import { z } from "zod";
import { conversationContext, openStored, type CipherBox } from "../encryption";
import { CardSchema } from "../reply";

export const MessageRoleSchema = z.enum(["shopper", "assistant", "agent", "system"]);
export type MessageRole = z.infer<typeof MessageRoleSchema>;

/** A message as the widget sees it (docs/storefront-api.md). */
export interface ChatMessage {
  id: string;
  role: MessageRole;
  text: string;
  createdAt: string;
  cards: z.infer<typeof CardSchema>[];
  quickReplies: string[];
  authorName: string | null;
}

export interface StoredMessage {
  seq: number;
  id: string;
  shop: string;
  conversationId: string;
  role: string;
  body: string;
  cards: string;
  quickReplies: string;
  authorName: string | null;
  createdAt: Date;
}

// An unknown stored role shows as a system message; made once, as a schema costs more to build than to run.
const StoredRoleSchema = MessageRoleSchema.catch("system");
const StoredCardsSchema = z.array(CardSchema).catch([]);
const StoredQuickRepliesSchema = z.array(z.string()).catch([]);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A stored message as the widget sees it; the body is sealed at rest and opened here. */
export function toChatMessage(message: StoredMessage, box: CipherBox): ChatMessage {
  return {
    id: message.id,
    role: StoredRoleSchema.parse(message.role),
    text: openStored(box, message.body, { context: conversationContext(message) }),
    createdAt: message.createdAt.toISOString(),
    cards: StoredCardsSchema.parse(parseJson(message.cards)),
    quickReplies: StoredQuickRepliesSchema.parse(parseJson(message.quickReplies)),
    authorName: message.authorName,
  };
}

/**
 * A message this process has just stored, from the text and reply still in hand: opening the body
 * it sealed a moment ago and parsing the JSON it wrote would give back the same values.
 */
export function justStoredChatMessage(
  message: Pick<StoredMessage, "id" | "role" | "createdAt" | "authorName">,
  content: { text: string; cards?: ChatMessage["cards"]; quickReplies?: string[] },
): ChatMessage {
  return {
    id: message.id,
    role: StoredRoleSchema.parse(message.role),
    text: content.text,
    createdAt: message.createdAt.toISOString(),
    cards: content.cards ?? [],
    quickReplies: content.quickReplies ?? [],
    authorName: message.authorName,
  };
}

/**
 * The time (ms, 12 hex digits), then 80 random bits: a new message's id lands at the end of the id
 * index, not on a random page of it, so a chat message writes about one page less to SQLite's log
 * (7.8 → 6.6 pages, docs/decisions/0007) and the log restarts less often.
 */
export function newMessageId(): string {
  return `msg_${Date.now().toString(16).padStart(12, "0")}${randomBytes(10).toString("hex")}`;
}

export function newConversationId(): string {
  return `conv_${crypto.randomUUID().replaceAll("-", "")}`;
}
