import type { ActionFunctionArgs } from "@remix-run/node";
import { applyCommerceWebhook } from "~/assistant/commerce";
import { handleWebhookOnce } from "~/assistant/shops";
import prisma from "~/db.server";
import { verifyShopifyWebhook } from "~/webhooks.server";

/** Product, order and fulfillment changes: drop what the commerce caches hold about them. */
export async function action({ request }: ActionFunctionArgs) {
  const { shop, webhookId, payload } = await verifyShopifyWebhook(request);
  // The library reports PRODUCTS_UPDATE; Shopify's own name is in the header (products/update).
  const topic = request.headers.get("X-Shopify-Topic") ?? "";
  await handleWebhookOnce({
    prisma,
    shop,
    webhookId,
    topic,
    handle: async () => {
      await applyCommerceWebhook({ shop, topic, webhookId, payload });
    },
  });
  return new Response(null, { status: 200 });
}
