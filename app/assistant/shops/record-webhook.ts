import type { PrismaClient } from "@prisma/client";

/**
 * Runs a webhook's effect once per webhook id. Shopify retries a delivery up to 8 times over four
 * hours; a repeat is answered 200 and changes nothing. The receipt is written after the effect, so
 * a delivery that failed half-way is done again on retry.
 */
export async function handleWebhookOnce(options: {
  prisma: PrismaClient;
  shop: string;
  webhookId: string;
  topic: string;
  handle: () => Promise<void>;
}): Promise<"handled" | "repeat"> {
  const { prisma, shop, webhookId, topic, handle } = options;
  const key = { shop_webhookId: { shop, webhookId } };
  if (await prisma.webhookReceipt.findUnique({ where: key })) return "repeat";
  await handle();
  await prisma.webhookReceipt.upsert({
    where: key,
    create: { shop, webhookId, topic },
    update: {},
  });
  return "handled";
}
