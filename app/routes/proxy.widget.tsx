import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { storefrontSettings } from "~/concierge.server";
import { answerWithProblems, jsonResponse } from "~/http.server";
import { LocaleSchema, verifyStorefrontRequest } from "~/storefront.server";

const WidgetSettingsQuerySchema = z.object({ locale: LocaleSchema });

/**
 * What the loader needs on a page before anyone chats: the merchant's appearance defaults and
 * nudges. The same for every shopper (nothing about the visitor is sent or read), so browsers may
 * keep it for a few minutes instead of asking on every page.
 */
const CACHE_SECONDS = 300;

export async function loader({ request }: LoaderFunctionArgs) {
  const { shop } = await verifyStorefrontRequest(request);
  return answerWithProblems(async () => {
    const query = WidgetSettingsQuerySchema.parse(
      Object.fromEntries(new URL(request.url).searchParams),
    );
    const response = jsonResponse(await storefrontSettings({ shop, locale: query.locale }));
    response.headers.set("Cache-Control", `public, max-age=${CACHE_SECONDS}`);
    return response;
  });
}
