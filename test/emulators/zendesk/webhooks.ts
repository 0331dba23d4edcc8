import { createHmac, randomUUID } from "node:crypto";
import type { AccountData, EmulatedComment, EmulatedTicket, EmulatedUser } from "./account-data";
import { isoNow } from "./account-data";

/**
 * Webhooks as a Zendesk trigger sends them. Zendesk lets the admin write the JSON body of a
 * trigger-connected webhook with placeholders ({{ticket.id}}, {{ticket.external_id}},
 * {{ticket.status}}, {{ticket.latest_public_comment...}}, {{current_user.name}}); placeholders
 * render as strings, so every value in the body is a string. The app installs one trigger whose
 * body is `ZendeskWebhookBody` below; this emulator renders what that trigger would send.
 *
 * Signature (developer.zendesk.com/documentation/webhooks/verifying/):
 * `X-Zendesk-Webhook-Signature` = base64(HMAC-SHA256(secret, timestamp + body)),
 * `X-Zendesk-Webhook-Signature-Timestamp` = the timestamp (ISO 8601, seconds).
 */

export type WebhookEvent = "ticket.comment_added" | "ticket.status_changed";

export interface ZendeskWebhookBody {
  event: WebhookEvent;
  ticket: { id: string; external_id: string; status: string; subject: string };
  /** The latest public comment at the time of the event ("" fields when there is none). */
  comment: {
    id: string;
    body: string;
    author_name: string;
    author_role: string;
    created_at: string;
  };
  current_user: { name: string; role: string };
}

export interface WebhookDelivery {
  endpointUrl: string;
  body: string;
  headers: Record<string, string>;
  status: number | null;
  error: string | null;
}

export function signWebhook(options: { secret: string; timestamp: string; body: string }): string {
  return createHmac("sha256", options.secret)
    .update(options.timestamp + options.body)
    .digest("base64");
}

export function renderWebhookBody(options: {
  event: WebhookEvent;
  ticket: EmulatedTicket;
  latestPublicComment: EmulatedComment | undefined;
  commentAuthor: EmulatedUser | undefined;
  currentUser: EmulatedUser;
}): ZendeskWebhookBody {
  const { ticket, latestPublicComment, commentAuthor, currentUser } = options;
  return {
    event: options.event,
    ticket: {
      id: String(ticket.id),
      external_id: ticket.external_id ?? "",
      status: ticket.status,
      subject: ticket.subject,
    },
    comment: {
      id: latestPublicComment ? String(latestPublicComment.id) : "",
      body: latestPublicComment?.body ?? "",
      author_name: commentAuthor?.name ?? "",
      author_role: commentAuthor?.role ?? "",
      created_at: latestPublicComment?.created_at ?? "",
    },
    current_user: { name: currentUser.name, role: currentUser.role },
  };
}

function assertLoopback(endpointUrl: string): void {
  const host = new URL(endpointUrl).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") {
    throw new Error(
      `The Zendesk emulator only delivers webhooks to loopback addresses, not ${host}`,
    );
  }
}

export async function deliverWebhook(options: {
  account: AccountData;
  body: ZendeskWebhookBody;
  timeoutMs: number;
}): Promise<WebhookDelivery | null> {
  const { account } = options;
  if (!account.webhookEndpointUrl) return null;
  return postWebhook({
    endpointUrl: account.webhookEndpointUrl,
    signingSecret: account.webhookSigningSecret,
    webhookId: `01H${account.subdomain.toUpperCase()}WEBHOOK`,
    accountId: account.apiUserId,
    body: JSON.stringify(options.body),
    timeoutMs: options.timeoutMs,
  });
}

/** One signed POST as Zendesk sends it (headers from "Anatomy of a webhook request"). */
export async function postWebhook(options: {
  endpointUrl: string;
  signingSecret: string;
  webhookId: string;
  accountId: number;
  body: string;
  timeoutMs: number;
}): Promise<WebhookDelivery> {
  assertLoopback(options.endpointUrl);
  const { body } = options;
  const timestamp = isoNow();
  const headers = {
    "content-type": "application/json; charset=utf-8",
    "user-agent": "Zendesk Webhook",
    "x-zendesk-account-id": String(options.accountId),
    "x-zendesk-webhook-id": options.webhookId,
    "x-zendesk-webhook-invocation-id": randomUUID(),
    "x-zendesk-webhook-signature-timestamp": timestamp,
    "x-zendesk-webhook-signature": signWebhook({ secret: options.signingSecret, timestamp, body }),
  };
  const delivery: WebhookDelivery = {
    endpointUrl: options.endpointUrl,
    body,
    headers,
    status: null,
    error: null,
  };
  try {
    const response = await fetch(options.endpointUrl, {
      method: "POST",
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    await response.arrayBuffer();
    delivery.status = response.status;
  } catch (error) {
    delivery.error = error instanceof Error ? error.message : String(error);
  }
  return delivery;
}
