import { authenticate } from "~/shopify.server";

/**
 * Shopify's webhook authentication, with one difference: a delivery with no HMAC header at all is
 * unauthorised (401) rather than malformed (400), as Shopify's compliance review expects of every
 * signature failure.
 */
export async function verifyShopifyWebhook(request: Request) {
  if (request.method === "POST" && !request.headers.get("X-Shopify-Hmac-Sha256")) {
    throw new Response(undefined, { status: 401, statusText: "Unauthorized" });
  }
  return authenticate.webhook(request);
}
