import type { CipherBox } from "../encryption";
import { escalationContext, openStored, outboxJobContext } from "../encryption";

/**
 * The escalation tables' personal data at rest: the requester email of a hand-off and the payload
 * of a queued delivery (the ticket packet with the transcript, or a comment) are sealed by the
 * app's cipher box, bound to their row, and re-sealed by `npm run encryption:rotate`.
 */

export function sealJobPayload(
  box: CipherBox,
  options: { shop: string; jobId: string; job: unknown },
): string {
  return box.seal(JSON.stringify(options.job), {
    context: outboxJobContext({ shop: options.shop, jobId: options.jobId }),
  });
}

/** Throws when the payload does not open (its key is gone or it was tampered with). */
export function openJobPayload(
  box: CipherBox,
  job: { shop: string; id: string; payload: string },
): unknown {
  return JSON.parse(
    openStored(box, job.payload, {
      context: outboxJobContext({ shop: job.shop, jobId: job.id }),
    }),
  );
}

export function sealRequesterEmail(
  box: CipherBox,
  options: { shop: string; escalationId: string; email: string },
): string {
  return box.seal(options.email, {
    context: escalationContext({ shop: options.shop, escalationId: options.escalationId }),
  });
}

export function openRequesterEmail(
  box: CipherBox,
  escalation: { shop: string; id: string; requesterEmail: string | null },
): string | null {
  if (!escalation.requesterEmail) return null;
  return openStored(box, escalation.requesterEmail, {
    context: escalationContext({ shop: escalation.shop, escalationId: escalation.id }),
  });
}
