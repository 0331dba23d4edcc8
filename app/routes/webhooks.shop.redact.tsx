import type { ActionFunctionArgs } from "@remix-run/node";
import { redactShop, ShopRedactSchema } from "~/assistant/compliance";
import { handleWebhookOnce } from "~/assistant/shops";
import prisma from "~/db.server";
import { verifyShopifyWebhook } from "~/webhooks.server";

export async function action({ request }: ActionFunctionArgs) {
  const { shop, topic, webhookId, payload } = await verifyShopifyWebhook(request);
  const redaction = ShopRedactSchema.parse(payload);
  await handleWebhookOnce({
    prisma,
    shop,
    webhookId,
    topic,
    handle: () => redactShop({ prisma, shop, request: redaction }),
  });
  return new Response(null, { status: 200 });
}
