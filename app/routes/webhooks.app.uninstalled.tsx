import type { ActionFunctionArgs } from "@remix-run/node";
import { handleWebhookOnce, uninstallShop } from "~/assistant/shops";
import prisma from "~/db.server";
import { verifyShopifyWebhook } from "~/webhooks.server";

export async function action({ request }: ActionFunctionArgs) {
  const { shop, topic, webhookId } = await verifyShopifyWebhook(request);
  await handleWebhookOnce({
    prisma,
    shop,
    webhookId,
    topic,
    handle: () => uninstallShop({ prisma, shop, at: new Date() }),
  });
  return new Response(null, { status: 200 });
}
