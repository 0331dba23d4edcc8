import type { PrismaClient } from "@prisma/client";
import {
  NoRowError,
  preparedSqlOf,
  readSqlDate,
  type SqlRow,
  type SqlStatement,
} from "../../platform/prepared-sql";
import { Problem } from "../errors";
import type { StoredMessage } from "./message";

/**
 * The conversation's reads and writes made on every chat message, as prepared statements beside
 * Prisma: the same rows Prisma writes, readable through Prisma, every
 * statement scoped by shop. Bodies arrive sealed; this module never sees plain text.
 */

/** What the message path needs of a conversation. */
export interface LedgerConversation {
  id: string;
  status: string;
  customerId: string | null;
  /** Sealed DialogueState JSON. */
  dialogueState: string | null;
}

/** One message to append; the sequence number is the database's. */
export interface NewMessage {
  id: string;
  role: string;
  /** Sealed body. */
  body: string;
  cards?: string;
  quickReplies?: string;
  intent?: string | null;
  confidence?: number | null;
  language?: string | null;
  sentiment?: string | null;
  faqEntryId?: string | null;
  /** Assistant replies: whether the reply could help (message.prisma). */
  answered?: boolean | null;
  createdAt: Date;
}

const FIND_CONVERSATION = `SELECT "id", "status", "customerId", "dialogueState" FROM "Conversation"
  WHERE "id" = ? AND "shop" = ? AND "visitorId" = ?`;

const LIST_MESSAGES = `SELECT "seq", "id", "shop", "conversationId", "role", "body", "cards",
  "quickReplies", "authorName", "createdAt" FROM "Message"
  WHERE "shop" = ? AND "conversationId" = ? AND "seq" > ? ORDER BY "seq" ASC LIMIT ?`;

const INSERT_MESSAGE = `INSERT INTO "Message" ("id", "shop", "conversationId", "role", "body",
  "cards", "quickReplies", "intent", "confidence", "language", "sentiment", "faqEntryId", "answered",
  "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "seq"`;

// Prisma's @updatedAt is set by the client, so every update here sets it too.
const TOUCH_CONVERSATION = `UPDATE "Conversation" SET "lastMessageAt" = ?, "updatedAt" = ?
  WHERE "id" = ? AND "shop" = ? RETURNING "id"`;

const ANSWER_CONVERSATION = `UPDATE "Conversation" SET "dialogueState" = ?, "language" = ?,
  "lastMessageAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "shop" = ? RETURNING "id"`;

function text(value: unknown): string {
  return String(value);
}

function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** The visitor's conversation in the shop, or null. */
export async function findLedgerConversation(options: {
  prisma: PrismaClient;
  shop: string;
  visitorId: string;
  conversationId: string;
}): Promise<LedgerConversation | null> {
  const sql = await preparedSqlOf(options.prisma);
  const [row] = await sql.read({
    sql: FIND_CONVERSATION,
    params: [options.conversationId, options.shop, options.visitorId],
  });
  return row
    ? {
        id: text(row.id),
        status: text(row.status),
        customerId: textOrNull(row.customerId),
        dialogueState: textOrNull(row.dialogueState),
      }
    : null;
}

function toStoredMessage(row: SqlRow): StoredMessage {
  return {
    seq: Number(row.seq),
    id: text(row.id),
    shop: text(row.shop),
    conversationId: text(row.conversationId),
    role: text(row.role),
    body: text(row.body),
    cards: text(row.cards),
    quickReplies: text(row.quickReplies),
    authorName: textOrNull(row.authorName),
    createdAt: readSqlDate(row.createdAt),
  };
}

/** Messages after a sequence number, oldest first. */
export async function listLedgerMessages(options: {
  prisma: PrismaClient;
  shop: string;
  conversationId: string;
  after: number;
  limit: number;
}): Promise<StoredMessage[]> {
  const sql = await preparedSqlOf(options.prisma);
  const rows = await sql.read({
    sql: LIST_MESSAGES,
    params: [options.shop, options.conversationId, options.after, options.limit],
  });
  return rows.map(toStoredMessage);
}

function insertMessage(shop: string, conversationId: string, message: NewMessage): SqlStatement {
  return {
    sql: INSERT_MESSAGE,
    params: [
      message.id,
      shop,
      conversationId,
      message.role,
      message.body,
      message.cards ?? "[]",
      message.quickReplies ?? "[]",
      message.intent ?? null,
      message.confidence ?? null,
      message.language ?? null,
      message.sentiment ?? null,
      message.faqEntryId ?? null,
      message.answered ?? null,
      message.createdAt,
    ],
    required: true,
  };
}

/**
 * Appends messages and updates the conversation in one transaction: with the answer, its dialogue
 * state and language; without one, only the time of the last message. Not found when the
 * conversation is gone (nothing is written then).
 */
export async function appendLedgerMessages(options: {
  prisma: PrismaClient;
  shop: string;
  conversationId: string;
  messages: NewMessage[];
  answer?: { dialogueState: string; language: string };
  now?: Date;
}): Promise<StoredMessage[]> {
  const { shop, conversationId, messages, answer } = options;
  const lastMessageAt = messages.at(-1)?.createdAt ?? new Date();
  const updatedAt = options.now ?? new Date();
  const conversationUpdate: SqlStatement = answer
    ? {
        sql: ANSWER_CONVERSATION,
        params: [
          answer.dialogueState,
          answer.language,
          lastMessageAt,
          updatedAt,
          conversationId,
          shop,
        ],
        required: true,
      }
    : {
        sql: TOUCH_CONVERSATION,
        params: [lastMessageAt, updatedAt, conversationId, shop],
        required: true,
      };
  const sql = await preparedSqlOf(options.prisma);
  let results: SqlRow[][];
  try {
    results = await sql.write([
      conversationUpdate,
      ...messages.map((message) => insertMessage(shop, conversationId, message)),
    ]);
  } catch (error) {
    if (error instanceof NoRowError)
      throw new Problem("not_found", "This conversation does not exist.");
    throw error;
  }
  return messages.map((message, index) => ({
    seq: Number(results[index + 1]![0]!.seq),
    id: message.id,
    shop,
    conversationId,
    role: message.role,
    body: message.body,
    cards: message.cards ?? "[]",
    quickReplies: message.quickReplies ?? "[]",
    authorName: null,
    createdAt: message.createdAt,
  }));
}
