import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { startConversation } from "~/assistant/conversation";
import { openConversationProactively, storefrontSettings } from "~/concierge.server";
import prisma from "~/db.server";
import { cipherBox } from "~/encryption.server";
import { answerWithProblems, callOfRequest, jsonAnswer, responseOf } from "~/http.server";
import {
  LocaleSchema,
  PageSchema,
  readShopperBody,
  VisitorIdSchema,
  authenticateStorefrontRequest,
} from "~/storefront.server";

const StartConversationBodySchema = z.object({
  visitorId: VisitorIdSchema,
  locale: LocaleSchema,
  page: PageSchema,
  consent: z.boolean().optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const call = callOfRequest(request);
  const storefront = await authenticateStorefrontRequest(call);
  const { shop, customerId, accessToken } = storefront;
  return responseOf(
    await answerWithProblems(async () => {
      const body = await readShopperBody(call, storefront, StartConversationBodySchema);
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
}
