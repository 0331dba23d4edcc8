import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { deleteConversation } from "~/assistant/conversation";
import prisma from "~/db.server";
import { answerWithProblems, callOfRequest, jsonAnswer, responseOf } from "~/http.server";
import {
  readShopperBody,
  VisitorIdSchema,
  authenticateStorefrontRequest,
} from "~/storefront.server";

const DeleteConversationBodySchema = z.object({
  visitorId: VisitorIdSchema,
  conversationId: z.string().min(1),
});

export async function action({ request }: ActionFunctionArgs) {
  const call = callOfRequest(request);
  const storefront = await authenticateStorefrontRequest(call);
  const { shop, customerId } = storefront;
  return responseOf(
    await answerWithProblems(async () => {
      const body = await readShopperBody(call, storefront, DeleteConversationBodySchema);
      await deleteConversation({
        prisma,
        shopper: { shop, visitorId: body.visitorId, customerId },
        conversationId: body.conversationId,
      });
      return jsonAnswer({ ok: true });
    }),
  );
}
