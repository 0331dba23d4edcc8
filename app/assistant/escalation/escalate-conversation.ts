import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { CipherBox } from "../encryption";
import { conversationContext, openStored } from "../encryption";
import type { Intent, SentimentLabel } from "../nlu/types";
import type { TranscriptLine, VerifiedCustomer } from "./build-ticket";
import { buildTicket } from "./build-ticket";
import type { HandoffReason } from "./decide-handoff";
import type { EscalationSettings } from "./escalation-settings";
import type { EscalationView } from "./request-escalation";
import { writeEscalation } from "./request-escalation";

/**
 * Hands a conversation to a person: builds the ticket from the stored transcript and queues it
 * with the hand-off, inside the caller's transaction (the one that stores the assistant's reply),
 * so the reply that says "a person will answer" and the ticket job exist together or not at all.
 */

export interface EscalateConversationOptions {
  /** Opens the stored message bodies for the transcript. */
  box: CipherBox;
  shop: string;
  conversationId: string;
  reason: HandoffReason;
  /** The understanding of the turn that handed over. */
  intent: Intent;
  sentiment: SentimentLabel | null;
  language: string;
  /** Who the agent answers: the verified customer's email, or the one the guest gave. */
  requester: { name: string | null; email: string };
  customer: VerifiedCustomer | null;
  settings: EscalationSettings;
  /** One line for the agent; the first thing the shopper asked when absent. */
  summary?: string;
}

const TRANSCRIPT_LINES = 60;
const SUMMARY_LENGTH = 200;
const TranscriptRoleSchema = z.enum(["shopper", "assistant", "agent", "system"]).catch("system");

export async function escalateConversation(
  tx: Prisma.TransactionClient,
  options: EscalateConversationOptions,
): Promise<EscalationView> {
  const { shop, conversationId, settings } = options;
  const context = { context: conversationContext({ shop, conversationId }) };
  const latest = await tx.message.findMany({
    where: { shop, conversationId },
    orderBy: { seq: "desc" },
    take: TRANSCRIPT_LINES,
    select: { role: true, body: true, createdAt: true },
  });
  const transcript: TranscriptLine[] = latest.reverse().map((message) => ({
    role: TranscriptRoleSchema.parse(message.role),
    text: openStored(options.box, message.body, context),
    at: message.createdAt,
  }));
  const firstQuestion = transcript.find((line) => line.role === "shopper")?.text ?? "";
  const summary = (options.summary ?? firstQuestion).slice(0, SUMMARY_LENGTH) || "—";

  const ticket = buildTicket({
    shop,
    conversationId,
    reason: options.reason,
    intent: options.intent,
    sentiment: options.sentiment,
    language: options.language,
    summary,
    transcript,
    requester: options.requester,
    customer: options.customer,
    priorityRules: settings.priority,
    redactAddresses: settings.redactAddresses,
  });
  return writeEscalation(tx, {
    box: options.box,
    shop,
    conversationId,
    reason: options.reason,
    ticket,
    redactAddresses: settings.redactAddresses,
  });
}
