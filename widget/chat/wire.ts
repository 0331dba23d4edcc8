/**
 * Parsers for the App Proxy's answers (docs/storefront-api.md). The app is trusted more than the
 * shopper but the network is not: anything that does not match becomes a "malformed" error
 * instead of a broken widget. Hand-written because zod would cost ~7 KB gzip here.
 */
import type { OrderCard, ProductCard } from "../../app/assistant/reply";

export type Role = "shopper" | "assistant" | "agent" | "system";
export type ConversationStatus = "open" | "handed_off" | "closed";
export type Card = OrderCard | ProductCard;

export interface ChatMessage {
  id: string;
  role: Role;
  text: string;
  createdAt: string;
  cards: Card[];
  quickReplies: string[];
  authorName: string | null;
}

export interface ConversationStart {
  conversation: {
    id: string;
    status: ConversationStatus;
    language: string;
    messages: ChatMessage[];
    cursor: string;
  };
  settings: { consentRequired: boolean; voice: boolean; greeting: string | null };
  /** Questions to offer as quick replies: the FAQ entries most asked about the product in view. */
  suggestions: string[];
}

export interface MessagePage {
  messages: ChatMessage[];
  cursor: string;
  status: ConversationStatus | null;
}

export class MalformedAnswerError extends Error {
  constructor(what: string) {
    super(`malformed answer: ${what}`);
  }
}

type Shape = Record<string, unknown>;

function record(value: unknown, what: string): Shape {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new MalformedAnswerError(what);
  return value as Shape;
}
function string(value: unknown, what: string): string {
  if (typeof value !== "string") throw new MalformedAnswerError(what);
  return value;
}
function nullableString(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : string(value, what);
}
function list<T>(value: unknown, what: string, item: (entry: unknown) => T): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new MalformedAnswerError(what);
  return value.map(item);
}
function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value))
    throw new MalformedAnswerError(what);
  return value as T;
}

const ORDER_STATUSES = [
  "paid",
  "pending_payment",
  "preparing",
  "shipped",
  "out_for_delivery",
  "delivered",
  "cancelled",
  "refunded",
] as const;
const ROLES = ["shopper", "assistant", "agent", "system"] as const;
const STATUSES = ["open", "handed_off", "closed"] as const;

function parseOrderCard(source: Shape): OrderCard {
  return {
    type: "order",
    orderName: string(source.orderName, "order.orderName"),
    statusLabel: string(source.statusLabel, "order.statusLabel"),
    status: oneOf(source.status, ORDER_STATUSES, "order.status"),
    processedAt: string(source.processedAt, "order.processedAt"),
    items: list(source.items, "order.items", (entry) => {
      const item = record(entry, "order.item");
      const quantity = item.quantity;
      if (typeof quantity !== "number") throw new MalformedAnswerError("order.item.quantity");
      return { title: string(item.title, "order.item.title"), quantity };
    }),
    shipments: list(source.shipments, "order.shipments", (entry) => {
      const shipment = record(entry, "order.shipment");
      return {
        carrier: nullableString(shipment.carrier, "shipment.carrier"),
        trackingNumber: nullableString(shipment.trackingNumber, "shipment.trackingNumber"),
        trackingUrl: nullableString(shipment.trackingUrl, "shipment.trackingUrl"),
        statusLabel: string(shipment.statusLabel, "shipment.statusLabel"),
        estimatedDeliveryAt: nullableString(
          shipment.estimatedDeliveryAt,
          "shipment.estimatedDeliveryAt",
        ),
      };
    }),
    nextStep: nullableString(source.nextStep, "order.nextStep"),
  };
}

function parseProductCard(source: Shape): ProductCard {
  const price = record(source.price, "product.price");
  return {
    type: "product",
    productId: string(source.productId, "product.productId"),
    handle: string(source.handle, "product.handle"),
    title: string(source.title, "product.title"),
    url: string(source.url, "product.url"),
    imageUrl: nullableString(source.imageUrl, "product.imageUrl"),
    price: {
      amount: string(price.amount, "price.amount"),
      currencyCode: string(price.currencyCode, "price.currencyCode"),
    },
    variantId: nullableString(source.variantId, "product.variantId"),
    variantTitle: nullableString(source.variantTitle, "product.variantTitle"),
    available: source.available === true,
    reason: nullableString(source.reason, "product.reason"),
  };
}

/** Unknown card types are skipped so a newer app can add cards without breaking older widgets. */
function parseCards(value: unknown): Card[] {
  const cards: Card[] = [];
  for (const entry of list(value, "cards", (item) => record(item, "card"))) {
    if (entry.type === "order") cards.push(parseOrderCard(entry));
    else if (entry.type === "product") cards.push(parseProductCard(entry));
  }
  return cards;
}

export function parseMessage(value: unknown): ChatMessage {
  const source = record(value, "message");
  return {
    id: string(source.id, "message.id"),
    role: oneOf(source.role, ROLES, "message.role"),
    text: typeof source.text === "string" ? source.text : "",
    createdAt: string(source.createdAt, "message.createdAt"),
    cards: parseCards(source.cards),
    quickReplies: list(source.quickReplies, "quickReplies", (entry) => string(entry, "quickReply")),
    authorName: nullableString(source.authorName, "message.authorName"),
  };
}

export function parseConversationStart(value: unknown): ConversationStart {
  const source = record(value, "answer");
  const conversation = record(source.conversation, "conversation");
  const settings = source.settings === undefined ? {} : record(source.settings, "settings");
  return {
    conversation: {
      id: string(conversation.id, "conversation.id"),
      status: oneOf(conversation.status, STATUSES, "conversation.status"),
      language: typeof conversation.language === "string" ? conversation.language : "en",
      messages: list(conversation.messages, "messages", parseMessage),
      cursor: string(conversation.cursor, "conversation.cursor"),
    },
    settings: {
      consentRequired: settings.consentRequired === true,
      voice: settings.voice !== false,
      greeting:
        typeof settings.greeting === "string" && settings.greeting !== ""
          ? settings.greeting
          : null,
    },
    suggestions: list(source.suggestions, "suggestions", (entry) =>
      string(record(entry, "suggestion").question, "suggestion.question"),
    ),
  };
}

export function parseMessagePage(value: unknown): MessagePage {
  const source = record(value, "answer");
  return {
    messages: list(source.messages, "messages", parseMessage),
    cursor: string(source.cursor, "cursor"),
    status: source.status === undefined ? null : oneOf(source.status, STATUSES, "status"),
  };
}
