import { z, type ZodType, type ZodTypeDef } from "zod";
import {
  createMemoryReplayGuard,
  createRedisReplayGuard,
  createStorefrontLimits,
  memoryLimiters,
  redisLimiters,
  StorefrontLimitsEnvironmentSchema,
} from "~/assistant/abuse";
import { Problem } from "~/assistant/errors";
import { parseJsonText, problemResponse, readBodyText } from "~/http.server";
import { env } from "~/env.server";
import { redis } from "~/redis.server";
import { authenticate } from "~/shopify.server";

/** The widget's random id for this browser; cookies do not pass the App Proxy. */
export const VisitorIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "visitorId must be 16–64 URL-safe characters");

export const LocaleSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "locale must be a language tag such as en or zh-CN")
  .nullable()
  .default(null);

export const PageSchema = z
  .object({
    url: z.string().max(2048).optional(),
    productHandle: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,254}$/, "productHandle must be a product handle")
      .optional(),
    cartToken: z.string().max(256).optional(),
  })
  .strict()
  .default({});

/** The App Proxy signature is valid for 90 s (Shopify's library); a replay is refused within it. */
const SIGNATURE_WINDOW_SECONDS = 90;

// With Redis every instance counts the same budgets and remembers the same requests.
const limitSettings = StorefrontLimitsEnvironmentSchema.parse(env);
const limits = createStorefrontLimits(
  redis ? redisLimiters(limitSettings, redis) : memoryLimiters(limitSettings),
);
const replayWindowSeconds = SIGNATURE_WINDOW_SECONDS + 10;
const replays = redis
  ? createRedisReplayGuard({ redis, windowSeconds: replayWindowSeconds })
  : createMemoryReplayGuard({ windowSeconds: replayWindowSeconds });

export interface StorefrontRequest {
  shop: string;
  customerId: string | null;
  accessToken: string | null;
  signature: string;
}

/**
 * Verifies Shopify's App Proxy signature (throws 400 when it is wrong, stale or missing), charges
 * the shop's request budget (429 when spent), and returns who is asking. `logged_in_customer_id`
 * is signed by Shopify: the only trusted identity.
 */
export async function verifyStorefrontRequest(request: Request): Promise<StorefrontRequest> {
  const { session } = await authenticate.public.appProxy(request);
  const params = new URL(request.url).searchParams;
  const shop = params.get("shop");
  if (!shop) throw new Response("Missing shop", { status: 400 });
  try {
    await limits.chargeShop({ shop });
  } catch (error) {
    if (error instanceof Problem) throw problemResponse(error);
    throw error;
  }
  const customerId = params.get("logged_in_customer_id");
  return {
    shop,
    customerId: customerId && /^\d+$/.test(customerId) ? customerId : null,
    accessToken: session?.accessToken ?? null,
    signature: params.get("signature") ?? "",
  };
}

type ShopperInput = { visitorId: string };

/**
 * A storefront POST body: at most 16 KiB of UTF-8 JSON, parsed by the schema, never the exact
 * replay of a request already answered, and within the visitor's write budget.
 */
export async function readShopperBody<T extends ShopperInput>(
  request: Request,
  storefront: StorefrontRequest,
  schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<T> {
  const text = await readBodyText(request);
  const path = new URL(request.url).pathname;
  if (!(await replays.firstSighting({ signature: storefront.signature, path, body: text }))) {
    throw new Problem("invalid_request", "This request was already received.");
  }
  const body = parseJsonText(text, schema);
  await limits.chargeVisitor({ shop: storefront.shop, visitorId: body.visitorId, kind: "write" });
  return body;
}

/** A storefront GET query parsed by the schema, within the visitor's read budget. */
export async function readShopperQuery<T extends ShopperInput>(
  request: Request,
  storefront: StorefrontRequest,
  schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<T> {
  const query = schema.parse(Object.fromEntries(new URL(request.url).searchParams));
  await limits.chargeVisitor({ shop: storefront.shop, visitorId: query.visitorId, kind: "read" });
  return query;
}
