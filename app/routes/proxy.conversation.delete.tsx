import { z } from "zod";
import { deleteConversation } from "~/assistant/conversation";
import prisma from "~/db.server";
import { jsonAnswer, remixHandler } from "~/http.server";
import { readShopperBody, VisitorIdSchema, answerShopper } from "~/storefront.server";

const DeleteConversationBodySchema = z.object({
  visitorId: VisitorIdSchema,
  conversationId: z.string().min(1),
});

export const action = remixHandler((call) =>
  answerShopper(call, async (storefront) => {
    const body = await readShopperBody(call, storefront, DeleteConversationBodySchema);
    const { shop, customerId } = storefront;
    await deleteConversation({
      prisma,
      shopper: { shop, visitorId: body.visitorId, customerId },
      conversationId: body.conversationId,
    });
    return jsonAnswer({ ok: true });
  }),
);
