import { createSecretKey } from "node:crypto";
import type { Session } from "@shopify/shopify-api";
import { z, type ZodType, type ZodTypeDef } from "zod";
import {
  APP_PROXY_REPLAY_WINDOW_SECONDS,
  createMemoryStorefrontGate,
  createStorefrontGate,
  redisLimiters,
  redisSightings,
  replayFingerprint,
  StorefrontLimitsEnvironmentSchema,
  verifyAppProxySignature,
  type Admission,
} from "~/assistant/abuse";
import { Problem } from "~/assistant/errors";
import {
  answerWithProblems,
  parseJsonText,
  problemResponse,
  type IncomingCall,
  type JsonAnswer,
} from "~/http.server";
import { env, runsAmongWorkers } from "~/env.server";
import { askPrimaryToAdmit } from "~/platform/worker-cluster";
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
// The signature is valid for 90 s (Shopify's library); a replay is refused within it.
const windowSeconds = APP_PROXY_REPLAY_WINDOW_SECONDS;
const limitSettings = StorefrontLimitsEnvironmentSchema.parse(env);
const gate = redis
  ? createStorefrontGate({
      limiters: redisLimiters(limitSettings, redis),
      firstSighting: redisSightings({ redis, windowSeconds }),
    })
  : runsAmongWorkers
    ? askPrimaryToAdmit({ timeoutMs: 5_000, fallback: createMemoryStorefrontGate(limitSettings) })
    : createMemoryStorefrontGate(limitSettings);

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
async function authenticateAppProxy(call: IncomingCall) {
  const params = call.url.searchParams;
  const shop = params.get("shop");
  if (
    shop &&
    MYSHOPIFY_DOMAIN.test(shop) &&
    verifyAppProxySignature({ params, secret: appProxySecret })
  ) {
    const session: Session | undefined = await sessionStorage.loadSession(offlineSessionId(shop));
    if (!session?.refreshToken || !session.isExpired(TOKEN_REFRESH_MARGIN_MS)) return { session };
  }
  return authenticate.public.appProxy(call.request());
}

const SHOP_BUSY = "This shop's assistant is very busy. Please try again shortly.";
const VISITOR_TOO_FAST = "You are sending messages very fast. Please wait a moment.";

/** The Problem for a refused admission (rate limits carry Retry-After). */
function problemOf(admission: Exclude<Admission, { refusal: null }>): Problem {
  switch (admission.refusal) {
    case "replay":
      return new Problem("invalid_request", "This request was already received.");
    case "shop":
      return new Problem("rate_limited", SHOP_BUSY, admission.retryAfterSeconds);
    case "visitor":
      return new Problem("rate_limited", VISITOR_TOO_FAST, admission.retryAfterSeconds);
  }
}

/**
 * Verifies Shopify's App Proxy signature (throws 400 when it is wrong, stale or missing) and
 * returns who is asking, charging nothing: readShopperBody and readShopperQuery charge the
 * request's budgets with the input they read. `logged_in_customer_id` is signed by Shopify: the
 * only trusted identity.
 */
export async function authenticateStorefrontRequest(
  call: IncomingCall,
): Promise<StorefrontRequest> {
  const { session } = await authenticateAppProxy(call);
  const params = call.url.searchParams;
  const shop = params.get("shop");
  if (!shop) throw new Response("Missing shop", { status: 400 });
  const customerId = params.get("logged_in_customer_id");
  return {
    shop,
    customerId: customerId && /^\d+$/.test(customerId) ? customerId : null,
    accessToken: session?.accessToken ?? null,
    signature: params.get("signature") ?? "",
    path: call.url.pathname,
  };
}

/**
 * A storefront answer: Shopify's signature checked first (a wrong one is answered by Shopify's
 * library), then the route's work, whose problems become the storefront API's error answers.
 */
export async function answerShopper(
  call: IncomingCall,
  work: (storefront: StorefrontRequest) => Promise<JsonAnswer>,
): Promise<JsonAnswer> {
  const storefront = await authenticateStorefrontRequest(call);
  return answerWithProblems(() => work(storefront));
}

/**
 * authenticateStorefrontRequest, then charges the shop's request budget (429 when spent), for
 * routes that read no shopper input.
 */
export async function verifyStorefrontRequest(call: IncomingCall): Promise<StorefrontRequest> {
  const storefront = await authenticateStorefrontRequest(call);
  const admission = await gate.admit({ shop: storefront.shop, fingerprint: null, visitor: null });
  if (admission.refusal !== null) throw problemResponse(problemOf(admission));
  return storefront;
}

type ShopperInput = { visitorId: string };

/** What a step produced, or what it threw, to be thrown in the order the checks are answered. */
type Outcome<T> = { value: T } | { error: unknown };

async function outcomeOf<T>(step: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await step() };
  } catch (error) {
    return { error };
  }
}

/**
 * A storefront POST body: at most 16 KiB of UTF-8 JSON, parsed by the schema, never the exact
 * replay of a request already answered, within the shop's and the visitor's write budgets. The
 * body is read and parsed first, then every check is asked at once (storefront-gate.ts), and the
 * first failure is thrown in the order the checks always ran: the shop's budget (429), the body's
 * size and encoding (413, 400), the replay (400), the JSON and schema (400), the visitor's budget
 * (429). A request refused at one check is charged nothing by the later ones.
 */
export async function readShopperBody<T extends ShopperInput>(
  call: IncomingCall,
  storefront: StorefrontRequest,
  schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<T> {
  const text = await outcomeOf(() => call.text());
  const body =
    "value" in text
      ? await outcomeOf(() => parseJsonText(text.value, schema))
      : { error: text.error };
  const { shop, signature, path } = storefront;
  const admission = await gate.admit({
    shop,
    fingerprint: "value" in text ? replayFingerprint({ signature, path, body: text.value }) : null,
    visitor: "value" in body ? { id: body.value.visitorId, kind: "write" } : null,
  });
  if (admission.refusal === "shop") throw problemOf(admission);
  if ("error" in text) throw text.error;
  if (admission.refusal === "replay") throw problemOf(admission);
  if ("error" in body) throw body.error;
  if (admission.refusal === "visitor") throw problemOf(admission);
  return body.value;
}

/**
 * A storefront GET query parsed by the schema, within the shop's and the visitor's read budgets
 * (asked at once; the shop's refusal first, then the query's errors, then the visitor's refusal).
 */
export async function readShopperQuery<T extends ShopperInput>(
  call: IncomingCall,
  storefront: StorefrontRequest,
  schema: ZodType<T, ZodTypeDef, unknown>,
): Promise<T> {
  const query = await outcomeOf(() => schema.parse(Object.fromEntries(call.url.searchParams)));
  const admission = await gate.admit({
    shop: storefront.shop,
    fingerprint: null,
    visitor: "value" in query ? { id: query.value.visitorId, kind: "read" } : null,
  });
  if (admission.refusal === "shop") throw problemOf(admission);
  if ("error" in query) throw query.error;
  if (admission.refusal !== null) throw problemOf(admission);
  return query.value;
}
