import { z } from "zod";
import { storefrontSettings } from "~/concierge.server";
import { answerWithProblems, jsonAnswer, remixHandler } from "~/http.server";
import { LocaleSchema, verifyStorefrontRequest } from "~/storefront.server";

const WidgetSettingsQuerySchema = z.object({ locale: LocaleSchema });

/**
 * What the loader needs on a page before anyone chats: the merchant's appearance defaults and
 * nudges. The same for every shopper (nothing about the visitor is sent or read), so browsers may
 * keep it for a few minutes instead of asking on every page.
 */
const CACHE_SECONDS = 300;

export const loader = remixHandler(async (call) => {
  const { shop } = await verifyStorefrontRequest(call);
  return answerWithProblems(async () => {
    const query = WidgetSettingsQuerySchema.parse(Object.fromEntries(call.url.searchParams));
    const answer = jsonAnswer(await storefrontSettings({ shop, locale: query.locale }));
    return {
      ...answer,
      headers: { ...answer.headers, "Cache-Control": `public, max-age=${CACHE_SECONDS}` },
    };
  });
});
