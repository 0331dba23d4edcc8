import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { receiveZendeskWebhook } from "~/assistant/escalation";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { zendeskConnectionOf } from "~/zendesk.server";

/**
 * Zendesk → app: agent replies and ticket status changes, sent by the trigger `connectZendesk`
 * installed, to `/zendesk/webhooks?shop={shop}`. Verified with the shop's signing secret before
 * anything is read. 401 for a forged or stale request; 200 once handled (repeats change nothing).
 */

const ShopSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/);
/** Zendesk caps webhook payloads at 256 KB. */
const MAX_BODY_BYTES = 256 * 1024;

const empty = (status: number) =>
  new Response(null, { status, headers: { "Cache-Control": "no-store" } });

export async function loader() {
  return empty(405);
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return empty(405);
  const shop = ShopSchema.safeParse(new URL(request.url).searchParams.get("shop"));
  if (!shop.success) return empty(401);
  const rawBody = await request.text();
  if (Buffer.byteLength(rawBody) > MAX_BODY_BYTES) return empty(413);

  const connection = await zendeskConnectionOf(shop.data);
  const received = await receiveZendeskWebhook({
    prisma,
    box: cipherBox,
    shop: shop.data,
    signingSecret: connection?.webhookSigningSecret ?? null,
    rawBody,
    signature: request.headers.get("x-zendesk-webhook-signature"),
    timestamp: request.headers.get("x-zendesk-webhook-signature-timestamp"),
  });
  if (received.outcome === "rejected") return empty(401);
  if (received.outcome === "unreadable") return empty(400);
  return new Response(JSON.stringify({ applied: received.result.applied }), {
    status: 200,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}
