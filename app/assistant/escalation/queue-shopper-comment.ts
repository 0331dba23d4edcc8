import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { CipherBox } from "../encryption";
import { redactText } from "../privacy/redact";
import { openRequesterEmail, sealJobPayload } from "./sealed-rows";

/**
 * The write side of "the shopper wrote again while a person has the conversation": the message
 * becomes an internal note on the open ticket. It is queued in the transaction that stores the
 * message, and the escalation worker delivers it after the ticket exists, in the order written.
 *
 * Internal (not public): a public comment by the API user would be emailed to the requester, who
 * is the shopper, as if the agent had said it.
 */

export const ADD_COMMENT_JOB = "zendesk.add_comment";

export const AddCommentJobSchema = z.object({
  escalationId: z.string(),
  conversationId: z.string(),
  messageId: z.string(),
  body: z.string().min(1),
});
export type AddCommentJob = z.infer<typeof AddCommentJobSchema>;

/** Written at the end of each comment, so a retry can see that an earlier attempt got through. */
export function commentReference(messageId: string): string {
  return `Concierge message ${messageId}`;
}

/** A conversation's comments share this key: they are delivered in the order written. */
export function commentOrderKey(conversationId: string): string {
  return `comments:${conversationId}`;
}

export interface QueueShopperCommentOptions {
  /** Opens the requester email (kept in the comment) and seals the job's payload. */
  box: CipherBox;
  shop: string;
  conversationId: string;
  messageId: string;
  text: string;
  at: Date;
}

/**
 * A comment written before its ticket exists is parked until then: the ticket's delivery wakes it
 * (deliver-escalations.ts). The park is bounded, so a comment can never sleep past a missed wake-up.
 */
export const COMMENT_PARK_MS = 60_000;

/** Escalations whose ticket can still take comments. */
const OPEN_STATUSES = ["pending", "delivered"];

/**
 * Queues the shopper's message for the conversation's ticket; does nothing when the conversation
 * has no open escalation. Runs inside the caller's transaction (the one storing the message).
 */
export async function queueShopperComment(
  tx: Prisma.TransactionClient,
  options: QueueShopperCommentOptions,
): Promise<{ queued: boolean }> {
  const { box, shop, conversationId, messageId } = options;
  const escalation = await tx.escalation.findUnique({
    where: { shop_conversationId: { shop, conversationId } },
  });
  if (!escalation || !OPEN_STATUSES.includes(escalation.status)) return { queued: false };

  const requesterEmail = openRequesterEmail(box, escalation);
  const { text } = redactText(options.text, {
    keepEmails: requesterEmail ? [requesterEmail] : [],
    redactAddresses: escalation.redactAddresses,
  });
  const stamp = options.at.toISOString().slice(0, 16).replace("T", " ");
  const job: AddCommentJob = {
    escalationId: escalation.id,
    conversationId,
    messageId,
    body: `Shopper in the chat (${stamp} UTC):\n${text}\n\n${commentReference(messageId)}`,
  };
  const jobId = `job_${crypto.randomUUID().replaceAll("-", "")}`;
  await tx.outboxJob.create({
    data: {
      id: jobId,
      shop,
      kind: ADD_COMMENT_JOB,
      payload: sealJobPayload(box, { shop, jobId, job }),
      idempotencyKey: `concierge-comment-${messageId}`,
      orderKey: commentOrderKey(conversationId),
      ...(escalation.ticketId ? {} : { runAfter: new Date(Date.now() + COMMENT_PARK_MS) }),
    },
  });
  return { queued: true };
}
