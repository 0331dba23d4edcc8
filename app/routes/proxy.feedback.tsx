import { z } from "zod";
import { recordFeedback } from "~/assistant/conversation";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { jsonAnswer, remixHandler } from "~/http.server";
import { readShopperBody, VisitorIdSchema, answerShopper } from "~/storefront.server";

const FeedbackBodySchema = z.union([
  z.object({
    visitorId: VisitorIdSchema,
    conversationId: z.string().min(1),
    messageId: z.string().min(1),
    vote: z.enum(["up", "down"]),
  }),
  z.object({
    visitorId: VisitorIdSchema,
    conversationId: z.string().min(1),
    csat: z.number().int().min(1).max(5),
  }),
]);

export const action = remixHandler((call) =>
  answerShopper(call, async (storefront) => {
    const body = await readShopperBody(call, storefront, FeedbackBodySchema);
    const { shop, customerId } = storefront;
    await recordFeedback({
      prisma,
      box: cipherBox,
      shopper: { shop, visitorId: body.visitorId, customerId },
      conversationId: body.conversationId,
      feedback:
        "csat" in body ? { csat: body.csat } : { messageId: body.messageId, vote: body.vote },
    });
    return jsonAnswer({ ok: true });
  }),
);
