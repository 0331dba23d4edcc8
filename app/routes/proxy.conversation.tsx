import { z } from "zod";
import { startConversation } from "~/assistant/conversation";
import { openConversationProactively, storefrontSettings } from "~/concierge.server";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { jsonAnswer, remixHandler } from "~/http.server";
import {
  LocaleSchema,
  PageSchema,
  readShopperBody,
  VisitorIdSchema,
  answerShopper,
} from "~/storefront.server";

const StartConversationBodySchema = z.object({
  visitorId: VisitorIdSchema,
  locale: LocaleSchema,
  page: PageSchema,
  consent: z.boolean().optional(),
});

export const action = remixHandler((call) =>
  answerShopper(call, async (storefront) => {
    const body = await readShopperBody(call, storefront, StartConversationBodySchema);
    const { shop, customerId, accessToken } = storefront;
    const started = await startConversation({
      prisma,
      box: cipherBox,
      shopper: { shop, visitorId: body.visitorId, customerId },
      locale: body.locale,
    });
    const { conversation, suggestions } = await openConversationProactively({
      shop,
      conversation: started,
      customerId,
      accessToken,
      locale: body.locale,
      productHandle: body.page.productHandle ?? null,
      consented: body.consent === true,
    });
    return jsonAnswer({
      conversation,
      settings: await storefrontSettings({ shop, locale: body.locale }),
      suggestions,
    });
  }),
);
