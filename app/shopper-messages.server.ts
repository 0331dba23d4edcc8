import { z } from "zod";
import { listMessages, postShopperMessage } from "~/assistant/conversation";
import { respondToShopper } from "~/concierge.server";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { directRoute, jsonAnswer, type IncomingCall, type JsonAnswer } from "~/http.server";
import {
  LocaleSchema,
  PageSchema,
  readShopperBody,
  readShopperQuery,
  VisitorIdSchema,
  answerShopper,
} from "~/storefront.server";

/**
 * The chat's messages (`/apps/concierge/messages` through the App Proxy): the shopper's new
 * messages (GET) and a message posted (POST). Its Remix route (routes/proxy.messages.tsx) and
 * server.ts's direct path (directMessages, exported by entry.server.tsx) answer with these.
 */
const ConversationIdSchema = z
  .string()
  .regex(/^conv_[a-f0-9]{32}$/, "conversationId is not a conversation id");

const NewMessagesQuerySchema = z.object({
  visitorId: VisitorIdSchema,
  conversationId: ConversationIdSchema,
  after: z.coerce.number().int().min(0).default(0),
});

const ShopperMessageBodySchema = z.object({
  visitorId: VisitorIdSchema,
  conversationId: ConversationIdSchema,
  text: z
    .string()
    .transform((text) => text.trim())
    .pipe(
      z
        .string()
        .min(1, "Write a message first.")
        .max(2000, "This message is too long (2,000 characters at most)."),
    ),
  locale: LocaleSchema,
  page: PageSchema,
});

export function answerNewMessages(call: IncomingCall): Promise<JsonAnswer> {
  return answerShopper(call, async (storefront) => {
    const query = await readShopperQuery(call, storefront, NewMessagesQuerySchema);
    const { shop, customerId } = storefront;
    const result = await listMessages({
      prisma,
      box: cipherBox,
      shopper: { shop, visitorId: query.visitorId, customerId },
      conversationId: query.conversationId,
      after: query.after,
    });
    return jsonAnswer(result);
  });
}

export function answerShopperMessage(call: IncomingCall): Promise<JsonAnswer> {
  return answerShopper(call, async (storefront) => {
    const body = await readShopperBody(call, storefront, ShopperMessageBodySchema);
    const { shop, customerId } = storefront;
    const result = await postShopperMessage({
      prisma,
      box: cipherBox,
      shopper: { shop, visitorId: body.visitorId, customerId },
      conversationId: body.conversationId,
      text: body.text,
      locale: body.locale,
      page: body.page,
      respond: respondToShopper({ accessToken: storefront.accessToken }),
    });
    return jsonAnswer(result);
  });
}

/** Nearly all of the app's traffic: server.ts answers it from here, without Remix (see there). */
export const directMessages = directRoute({ GET: answerNewMessages, POST: answerShopperMessage });
