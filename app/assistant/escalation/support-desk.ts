import { z } from "zod";

/**
 * What escalation needs from a help desk. The core owns this port; `zendesk-desk.ts` is the one
 * real implementation, and tests point it at the Zendesk emulator.
 */

export const TicketPrioritySchema = z.enum(["urgent", "high", "normal", "low"]);
export type TicketPriority = z.infer<typeof TicketPrioritySchema>;

/** A ticket ready to send: already redacted, plain text only (the desk escapes it for display). */
export const NewSupportTicketSchema = z.object({
  subject: z.string().min(1).max(150),
  body: z.string().min(1),
  requester: z.object({ name: z.string().nullable(), email: z.string().email() }),
  priority: TicketPrioritySchema,
  tags: z.array(z.string()),
  externalId: z.string().min(1),
});
export type NewSupportTicket = z.infer<typeof NewSupportTicketSchema>;

export interface SupportTicketRef {
  id: string;
  externalId: string | null;
  status: string;
}

export interface SupportDesk {
  /** Exact lookup (not search): a ticket must be found the moment it exists. */
  findTicketByExternalId(options: { externalId: string }): Promise<SupportTicketRef | null>;
  /** `replayed` is true when the desk answered from an earlier request with the same key. */
  createTicket(options: {
    ticket: NewSupportTicket;
    idempotencyKey: string;
  }): Promise<{ ticket: SupportTicketRef; replayed: boolean }>;
  addComment(options: { ticketId: string; body: string; public: boolean }): Promise<void>;
  /** Whether a comment on the ticket contains `text` (how a retried comment finds its first attempt). */
  findCommentContaining(options: { ticketId: string; text: string }): Promise<boolean>;
  testConnection(): Promise<
    { ok: true; agentEmail: string } | { ok: false; problem: SupportDeskProblem }
  >;
}

export type SupportDeskProblem =
  | "unauthorized"
  | "rate_limited"
  | "unavailable"
  | "timeout"
  | "not_found"
  | "rejected"
  | "idempotency_conflict";

const RETRYABLE: ReadonlySet<SupportDeskProblem> = new Set([
  "rate_limited",
  "unavailable",
  "timeout",
]);

export class SupportDeskError extends Error {
  override name = "SupportDeskError";
  constructor(
    readonly problem: SupportDeskProblem,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }

  /** Worth trying again later with the same request. */
  get retryable(): boolean {
    return RETRYABLE.has(this.problem);
  }
}
