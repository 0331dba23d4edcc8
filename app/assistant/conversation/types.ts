import type { Prisma, PrismaClient } from "@prisma/client";
import type { AssistantReply } from "../reply";

export interface PageContext {
  url?: string;
  productHandle?: string;
  cartToken?: string;
}

/** Who is writing: the widget's visitor id, and the customer id only when Shopify signed it. */
export interface Shopper {
  shop: string;
  visitorId: string;
  customerId: string | null;
}

/** One shopper message handed to whatever composes the assistant's answer. */
export interface ShopperTurn {
  shopper: Shopper;
  conversationId: string;
  text: string;
  locale: string | null;
  page: PageContext;
  /** The previous turn's dialogue state, as stored (the responder validates it). */
  state: unknown;
}

export interface Understanding {
  language: string;
  intent: string;
  confidence: number;
  sentiment: string | null;
  faqEntryId: string | null;
}

export type Responder = (turn: ShopperTurn) => Promise<{
  reply: AssistantReply;
  state: unknown;
  understanding: Understanding;
  /** False when the reply could not help (did not understand, or had no answer). */
  answered: boolean;
  /**
   * When the reply hands the conversation to a person: queues the ticket inside the transaction
   * that stores the reply, so the promise of a person and the ticket exist together or not at all.
   */
  handOff?: (tx: Prisma.TransactionClient) => Promise<void>;
}>;

export interface ConversationStore {
  prisma: PrismaClient;
}
