import type { PrismaClient } from "@prisma/client";
import type { CipherBox } from "../encryption";
import type { ApplyZendeskEventResult } from "./apply-zendesk-event";
import { applyZendeskEvent, parseZendeskWebhookEvent } from "./apply-zendesk-event";
import { verifyZendeskWebhook } from "./verify-zendesk-webhook";
import type { WebhookVerification } from "./verify-zendesk-webhook";

/**
 * One Zendesk webhook delivery for a shop, in the only safe order: verify the signature with the
 * shop's signing secret, then parse, then apply. Nothing is parsed before it is verified.
 */

export interface ReceiveZendeskWebhookOptions {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  /** The shop's webhook signing secret; null when the shop has no Zendesk connection. */
  signingSecret: string | null;
  rawBody: string;
  signature: string | null;
  timestamp: string | null;
  now?: Date;
}

export type ReceivedZendeskWebhook =
  | {
      outcome: "rejected";
      problem: Exclude<WebhookVerification, { ok: true }>["problem"] | "not_connected";
    }
  | { outcome: "unreadable" }
  | { outcome: "accepted"; result: ApplyZendeskEventResult };

export async function receiveZendeskWebhook(
  options: ReceiveZendeskWebhookOptions,
): Promise<ReceivedZendeskWebhook> {
  if (!options.signingSecret) return { outcome: "rejected", problem: "not_connected" };
  const verification = verifyZendeskWebhook({
    body: options.rawBody,
    signature: options.signature,
    timestamp: options.timestamp,
    signingSecret: options.signingSecret,
    now: options.now,
  });
  if (!verification.ok) return { outcome: "rejected", problem: verification.problem };
  const event = parseZendeskWebhookEvent(options.rawBody);
  if (!event) return { outcome: "unreadable" };
  const result = await applyZendeskEvent({
    prisma: options.prisma,
    box: options.box,
    shop: options.shop,
    event,
  });
  return { outcome: "accepted", result };
}
