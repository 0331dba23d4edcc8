import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { handleWebhookOnce } from "~/assistant/shops";
import prisma from "~/db.server";
import { verifyShopifyWebhook } from "~/webhooks.server";

const ScopesUpdateSchema = z.object({ current: z.array(z.string()) });

export async function action({ request }: ActionFunctionArgs) {
  const { shop, topic, webhookId, payload, session } = await verifyShopifyWebhook(request);
  const { current } = ScopesUpdateSchema.parse(payload);
  await handleWebhookOnce({
    prisma,
    shop,
    webhookId,
    topic,
    handle: async () => {
      if (session)
        await prisma.session.update({
          where: { id: session.id },
          data: { scope: current.join(",") },
        });
    },
  });
  return new Response(null, { status: 200 });
}
