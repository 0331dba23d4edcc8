import { createSecretKey } from "node:crypto";
import type { Session } from "@shopify/shopify-api";
import { z, type ZodType, type ZodTypeDef } from "zod";
import {
  APP_PROXY_REPLAY_WINDOW_SECONDS,
  createMemoryReplayGuard,
  createRedisReplayGuard,
  createSharedReplayGuard,
  createStorefrontLimits,
  memoryLimiters,
  redisLimiters,
  workerLimiters,
  StorefrontLimitsEnvironmentSchema,
  verifyAppProxySignature,
} from "~/assistant/abuse";
import { Problem } from "~/assistant/errors";
import { parseJsonText, problemResponse, readBodyText } from "~/http.server";
import { env, runsAmongWorkers } from "~/env.server";
import { askPrimaryForSightings } from "~/platform/worker-cluster";
import { redis } from "~/redis.server";
import { offlineSessionId } from "~/shop-cache.server";
import { authenticate, sessionStorage } from "~/shopify.server";

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

// With Redis every instance counts the same budgets and remembers the same requests; without it,
// the workers of one instance (CONCIERGE_WORKERS > 1) share them through their primary process.
const limitSettings = StorefrontLimitsEnvironmentSchema.parse(env);
const limits = createStorefrontLimits(
  redis
    ? redisLimiters(limitSettings, redis)
    : runsAmongWorkers
      ? workerLimiters(limitSettings)
      : memoryLimiters(limitSettings),
);
// The signature is valid for 90 s (Shopify's library); a replay is refused within it.
const windowSeconds = APP_PROXY_REPLAY_WINDOW_SECONDS;
const replays = redis
  ? createRedisReplayGuard({ redis, windowSeconds })
  : runsAmongWorkers
    ? createSharedReplayGuard({
        firstSightingOf: askPrimaryForSightings({ timeoutMs: 5_000 }),
        windowSeconds,
      })
    : createMemoryReplayGuard({ windowSeconds });

export interface StorefrontRequest {
  shop: string;
  customerId: string | null;
  accessToken: string | null;
  signature: string;
  /** The request's path, for the replay guard. */
  path: string;
}

/** Offline tokens this close to expiry are refreshed by Shopify's library (its own margin). */
const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;
const MYSHOPIFY_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;
/** Made once: an HMAC keyed by a key object skips preparing the key on every request. */
const appProxySecret = createSecretKey(Buffer.from(env.SHOPIFY_API_SECRET, "utf8"));

/**
 * The shop's offline session when the request carries Shopify's signature and the session needs
 * nothing done; otherwise Shopify's library decides (it refuses with 400, accepts the signature
 * variants Remix data requests carry, and refreshes an expiring token).
 */
async function authenticateAppProxy(request: Request, params: URLSearchParams) {
  const shop = params.get("shop");
  if (
    shop &&
    MYSHOPIFY_DOMAIN.test(shop) &&
    verifyAppProxySignature({ params, secret: appProxySecret })
  ) {
    const session: Session | undefined = await sessionStorage.loadSession(offlineSessionId(shop));
    if (!session?.refreshToken || !session.isExpired(TOKEN_REFRESH_MARGIN_MS)) return { session };
  }
  return authenticate.public.appProxy(request);
}

/**
 * Verifies Shopify's App Proxy signature (throws 400 when it is wrong, stale or missing), charges
 * the shop's request budget (429 when spent), and returns who is asking. `logged_in_customer_id`
 * is signed by Shopify: the only trusted identity.
 */
export async function verifyStorefrontRequest(request: Request): Promise<StorefrontRequest> {
  const url = new URL(request.url);
  const params = url.searchParams;
  const { session } = await authenticateAppProxy(request, params);
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
    path: url.pathname,
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
  const { signature, path } = storefront;
  if (!(await replays.firstSighting({ signature, path, body: text }))) {
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
