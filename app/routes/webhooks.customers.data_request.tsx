import type { ActionFunctionArgs } from "@remix-run/node";
import { CustomerDataRequestSchema, exportCustomerData } from "~/assistant/compliance";
import { handleWebhookOnce } from "~/assistant/shops";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { verifyShopifyWebhook } from "~/webhooks.server";

export async function action({ request }: ActionFunctionArgs) {
  const { shop, topic, webhookId, payload } = await verifyShopifyWebhook(request);
  const dataRequest = CustomerDataRequestSchema.parse(payload);
  await handleWebhookOnce({
    prisma,
    shop,
    webhookId,
    topic,
    handle: async () => {
      await exportCustomerData({ prisma, box: cipherBox, shop, request: dataRequest });
    },
  });
  return new Response(null, { status: 200 });
}
