import type { CipherBox } from "./cipher-box";

/**
 * What each sealed value is bound to (the cipher's authenticated data). A value only opens in the
 * row it was written for: same shop, same conversation or request.
 */
export function conversationContext(options: { shop: string; conversationId: string }): string {
  return `${options.shop}:${options.conversationId}`;
}

export function complianceRequestContext(options: { shop: string; requestId: string }): string {
  return `${options.shop}:compliance:${options.requestId}`;
}

/** A question in the learning queue (it may outlive, or predate the link to, its conversation). */
export function learningQuestionContext(options: { shop: string; questionId: string }): string {
  return `${options.shop}:learning:${options.questionId}`;
}

/** A hand-off's requester email (Escalation.requesterEmail). */
export function escalationContext(options: { shop: string; escalationId: string }): string {
  return `${options.shop}:escalation:${options.escalationId}`;
}

/** A queued delivery's payload (OutboxJob.payload: a ticket packet or a comment). */
export function outboxJobContext(options: { shop: string; jobId: string }): string {
  return `${options.shop}:outbox:${options.jobId}`;
}

/**
 * The keyed digest of a requester email, equal for every hand-off of one shop with that address,
 * so a customer's hand-offs are found without storing or comparing the address in plain text.
 */
export function requesterEmailDigest(
  box: CipherBox,
  options: { shop: string; email: string },
): string {
  return box.digest(options.email.trim().toLowerCase(), {
    context: `${options.shop}:requester-email`,
  });
}
