import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Checks that a webhook came from the shop's Zendesk: base64(HMAC-SHA256(secret, timestamp + body))
 * compared in constant time, and a timestamp close to now so a captured request cannot be replayed
 * later (developer.zendesk.com/documentation/webhooks/verifying/).
 */

export interface VerifyZendeskWebhookOptions {
  /** The raw request body, exactly as received. */
  body: string;
  signature: string | null;
  timestamp: string | null;
  signingSecret: string;
  now?: Date;
  toleranceSeconds?: number;
}

export type WebhookVerification =
  { ok: true } | { ok: false; problem: "missing_signature" | "bad_signature" | "stale_timestamp" };

export function verifyZendeskWebhook(options: VerifyZendeskWebhookOptions): WebhookVerification {
  const { signature, timestamp } = options;
  if (!signature || !timestamp || !options.signingSecret)
    return { ok: false, problem: "missing_signature" };

  const expected = createHmac("sha256", options.signingSecret)
    .update(timestamp + options.body)
    .digest();
  const given = Buffer.from(signature, "base64");
  // Compare digests of equal length only; timingSafeEqual throws otherwise.
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, problem: "bad_signature" };

  const sentAt = Date.parse(timestamp);
  const tolerance = (options.toleranceSeconds ?? 300) * 1000;
  const now = (options.now ?? new Date()).getTime();
  if (Number.isNaN(sentAt) || Math.abs(now - sentAt) > tolerance)
    return { ok: false, problem: "stale_timestamp" };
  return { ok: true };
}
