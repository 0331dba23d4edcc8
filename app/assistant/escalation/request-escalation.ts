import type { Prisma, PrismaClient } from "@prisma/client";
import { z } from "zod";
import type { CipherBox } from "../encryption";
import { requesterEmailDigest } from "../encryption";
import type { HandoffReason } from "./decide-handoff";
import { sealJobPayload, sealRequesterEmail } from "./sealed-rows";
import type { NewSupportTicket } from "./support-desk";
import { NewSupportTicketSchema } from "./support-desk";

/**
 * The write side of the outbox: the conversation's hand-off, the escalation and the job that will
 * create the ticket are stored in one transaction, so either all exist or none. The ticket packet
 * is frozen into the job: every retry sends the very same body under the same Idempotency-Key.
 */

export const CREATE_TICKET_JOB = "zendesk.create_ticket";

export const CreateTicketJobSchema = z.object({
  escalationId: z.string(),
  conversationId: z.string(),
  ticket: NewSupportTicketSchema,
});
export type CreateTicketJob = z.infer<typeof CreateTicketJobSchema>;

export interface RequestEscalationOptions {
  /** Seals the requester email and the job's payload (the transcript) at rest. */
  box: CipherBox;
  shop: string;
  conversationId: string;
  reason: HandoffReason;
  ticket: NewSupportTicket;
  /** The shop's setting, remembered for the shopper's later messages sent as ticket comments. */
  redactAddresses?: boolean;
}

export interface EscalationView {
  id: string;
  status: string;
  ticketId: string | null;
  /** False when the conversation had already been handed over: nothing new was queued. */
  created: boolean;
}

/** Writes inside a transaction the caller owns (the dialogue stores its own state in it too). */
export async function writeEscalation(
  tx: Prisma.TransactionClient,
  options: RequestEscalationOptions,
): Promise<EscalationView> {
  const { box, shop, conversationId } = options;
  const existing = await tx.escalation.findUnique({
    where: { shop_conversationId: { shop, conversationId } },
  });
  if (existing)
    return {
      id: existing.id,
      status: existing.status,
      ticketId: existing.ticketId,
      created: false,
    };

  const id = `esc_${crypto.randomUUID().replaceAll("-", "")}`;
  const job: CreateTicketJob = {
    escalationId: id,
    conversationId,
    ticket: NewSupportTicketSchema.parse(options.ticket),
  };
  const email = options.ticket.requester.email;
  const jobId = `job_${crypto.randomUUID().replaceAll("-", "")}`;
  await tx.escalation.create({
    data: {
      id,
      shop,
      conversationId,
      reason: options.reason,
      priority: options.ticket.priority,
      externalId: options.ticket.externalId,
      requesterEmail: sealRequesterEmail(box, { shop, escalationId: id, email }),
      requesterEmailDigest: requesterEmailDigest(box, { shop, email }),
      redactAddresses: options.redactAddresses ?? false,
    },
  });
  await tx.outboxJob.create({
    data: {
      id: jobId,
      shop,
      kind: CREATE_TICKET_JOB,
      payload: sealJobPayload(box, { shop, jobId, job }),
      idempotencyKey: `concierge-escalation-${id}`,
    },
  });
  await tx.conversation.updateMany({
    where: { id: conversationId, shop },
    data: { status: "handed_off" },
  });
  return { id, status: "pending", ticketId: null, created: true };
}

export function requestEscalation(
  options: RequestEscalationOptions & { prisma: PrismaClient },
): Promise<EscalationView> {
  const { prisma, ...rest } = options;
  return prisma.$transaction((tx) => writeEscalation(tx, rest));
}
