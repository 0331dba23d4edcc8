import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { isUniqueViolation } from "../../platform/database";
import { newMessageId } from "../conversation/message";
import type { CipherBox } from "../encryption";
import { conversationContext } from "../encryption";

/**
 * Brings a (verified) Zendesk webhook back into the shopper's conversation. The app installs one
 * trigger per Zendesk account whose webhook body uses placeholders, so every value is a string:
 *
 *   { "event": "ticket.comment_added" | "ticket.status_changed",
 *     "ticket": { "id": "{{ticket.id}}", "external_id": "{{ticket.external_id}}",
 *                 "status": "{{ticket.status}}", "subject": "{{ticket.title}}" },
 *     "comment": { "id": "…", "body": "{{ticket.latest_public_comment…}}", "author_name": "…",
 *                  "author_role": "…", "created_at": "…" },
 *     "current_user": { "name": "{{current_user.name}}", "role": "…" } }
 *
 * Only public comments by agents become messages (internal notes never reach the shopper), each
 * at most once however often Zendesk retries the webhook.
 */

export const ZendeskWebhookEventSchema = z.object({
  event: z.enum(["ticket.comment_added", "ticket.status_changed"]),
  ticket: z.object({
    id: z.coerce.string().regex(/^\d+$/),
    external_id: z.string().default(""),
    // Zendesk's {{ticket.status}} renders the display name ("Solved"); compare in lower case.
    status: z
      .string()
      .default("")
      .transform((status) => status.toLowerCase()),
  }),
  comment: z
    .object({
      id: z.coerce.string().default(""),
      body: z.string().default(""),
      author_name: z.string().default(""),
      author_role: z.string().default(""),
    })
    .default({}),
});
export type ZendeskWebhookEvent = z.infer<typeof ZendeskWebhookEventSchema>;

export function parseZendeskWebhookEvent(rawBody: string): ZendeskWebhookEvent | null {
  try {
    const result = ZendeskWebhookEventSchema.safeParse(JSON.parse(rawBody));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export type ApplyZendeskEventResult =
  | { applied: true; effect: "agent_message"; conversationId: string; messageId: string }
  | { applied: true; effect: "status"; conversationId: string; status: string }
  | {
      applied: false;
      reason:
        | "not_ours"
        | "unknown_conversation"
        | "ticket_mismatch"
        | "duplicate"
        | "not_an_agent_reply";
    };

const AGENT_ROLES = new Set(["agent", "admin"]);
const CLOSED_STATUSES = new Set(["solved", "closed"]);

function conversationIdFrom(externalId: string, shop: string): string | null {
  const prefix = `concierge:${shop}:`;
  return externalId.startsWith(prefix) && externalId.length > prefix.length
    ? externalId.slice(prefix.length)
    : null;
}

export async function applyZendeskEvent(options: {
  prisma: PrismaClient;
  /** Seals the agent's reply at rest, like every message body. */
  box: CipherBox;
  shop: string;
  event: ZendeskWebhookEvent;
}): Promise<ApplyZendeskEventResult> {
  const { prisma, shop, event } = options;
  // The external id names its shop: a ticket of another shop (or not ours) is ignored here.
  const conversationId = conversationIdFrom(event.ticket.external_id, shop);
  if (!conversationId) return { applied: false, reason: "not_ours" };
  const escalation = await prisma.escalation.findUnique({
    where: { shop_conversationId: { shop, conversationId } },
  });
  if (!escalation) return { applied: false, reason: "unknown_conversation" };
  if (escalation.ticketId && escalation.ticketId !== event.ticket.id)
    return { applied: false, reason: "ticket_mismatch" };

  if (event.event === "ticket.status_changed") {
    const solved = CLOSED_STATUSES.has(event.ticket.status);
    await prisma.$transaction([
      prisma.escalation.updateMany({
        where: { id: escalation.id, shop },
        data: { ticketId: event.ticket.id, ...(solved ? { status: "solved" } : {}) },
      }),
      // A solved ticket gives the conversation back to the assistant.
      ...(solved
        ? [
            prisma.conversation.updateMany({
              where: { id: conversationId, shop, status: "handed_off" },
              data: { status: "open" },
            }),
          ]
        : []),
    ]);
    return { applied: true, effect: "status", conversationId, status: event.ticket.status };
  }

  const body = event.comment.body.trim();
  if (!AGENT_ROLES.has(event.comment.author_role) || !body || !event.comment.id)
    return { applied: false, reason: "not_an_agent_reply" };

  const messageId = newMessageId();
  try {
    await prisma.$transaction([
      prisma.webhookReceipt.create({
        data: {
          shop,
          webhookId: `zendesk-comment:${event.ticket.id}:${event.comment.id}`,
          topic: "zendesk/comment_added",
        },
      }),
      prisma.message.create({
        data: {
          id: messageId,
          shop,
          conversationId,
          role: "agent",
          body: options.box.seal(body, { context: conversationContext({ shop, conversationId }) }),
          authorName: event.comment.author_name || null,
        },
      }),
      prisma.conversation.updateMany({
        where: { id: conversationId, shop },
        data: { lastMessageAt: new Date() },
      }),
      prisma.escalation.updateMany({
        where: { id: escalation.id, shop, ticketId: null },
        data: { ticketId: event.ticket.id },
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) return { applied: false, reason: "duplicate" };
    throw error;
  }
  return { applied: true, effect: "agent_message", conversationId, messageId };
}
