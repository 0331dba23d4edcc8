import type { ActionFunctionArgs } from "@remix-run/node";
import { CustomerRedactSchema, redactCustomer } from "~/assistant/compliance";
import { handleWebhookOnce } from "~/assistant/shops";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { verifyShopifyWebhook } from "~/webhooks.server";

export async function action({ request }: ActionFunctionArgs) {
  const { shop, topic, webhookId, payload } = await verifyShopifyWebhook(request);
  const redaction = CustomerRedactSchema.parse(payload);
  await handleWebhookOnce({
    prisma,
    shop,
    webhookId,
    topic,
    handle: () => redactCustomer({ prisma, box: cipherBox, shop, request: redaction }),
  });
  return new Response(null, { status: 200 });
}
