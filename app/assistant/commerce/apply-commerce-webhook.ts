import { z } from "zod";
import { cacheTags, sharedCommerceCache } from "./commerce-cache";
import type { CommerceCache } from "./commerce-cache";
import { normaliseOrderName } from "./order-name";
import { sharedWebhookReceipts } from "./webhook-receipts";
import type { WebhookReceipts } from "./webhook-receipts";

export interface InvalidateProductOptions {
  shop: string;
  /** Numeric id or `gid://shopify/Product/…`. */
  productId?: string;
  handle?: string;
  cache?: CommerceCache;
}

/** Drops every cached answer built from one product, and the catalogue lists that include it. */
export async function invalidateProduct(options: InvalidateProductOptions): Promise<number> {
  const tags: string[] = [cacheTags.catalogue];
  if (options.productId) tags.push(cacheTags.product(numericId(options.productId)));
  if (options.handle) tags.push(cacheTags.productHandle(options.handle));
  return (options.cache ?? sharedCommerceCache).invalidate({ shop: options.shop, tags });
}

export interface InvalidateOrderOptions {
  shop: string;
  orderId?: string;
  orderName?: string;
  customerId?: string;
  cache?: CommerceCache;
}

/** Drops the cached order, wherever it was cached: by name, and in its customer's order list. */
export async function invalidateOrder(options: InvalidateOrderOptions): Promise<number> {
  const tags: string[] = [];
  if (options.orderId) tags.push(cacheTags.order(numericId(options.orderId)));
  if (options.orderName) tags.push(cacheTags.orderName(normaliseOrderName(options.orderName)));
  if (options.customerId) tags.push(cacheTags.customer(numericId(options.customerId)));
  if (tags.length === 0) return 0;
  return (options.cache ?? sharedCommerceCache).invalidate({ shop: options.shop, tags });
}

/**
 * REST webhook ids can exceed 2^53 and lose digits in JSON.parse, so the exact
 * `admin_graphql_api_id` is preferred whenever the payload carries it.
 */
const IdSchema = z.union([z.string(), z.number()]).transform(String);

const ProductPayloadSchema = z.object({
  id: IdSchema.optional(),
  admin_graphql_api_id: z.string().optional(),
  handle: z.string().optional(),
});

const OrderPayloadSchema = z.object({
  id: IdSchema.optional(),
  admin_graphql_api_id: z.string().optional(),
  name: z.string().optional(),
  customer: z
    .object({ id: IdSchema.optional(), admin_graphql_api_id: z.string().optional() })
    .nullable()
    .optional(),
});

const FulfillmentPayloadSchema = z.object({ order_id: IdSchema.optional() });

const PRODUCT_TOPICS = new Set(["products/create", "products/update", "products/delete"]);
const ORDER_TOPICS = new Set([
  "orders/create",
  "orders/updated",
  "orders/cancelled",
  "orders/fulfilled",
  "orders/partially_fulfilled",
  "orders/paid",
  "orders/edited",
  "orders/delete",
]);
const FULFILLMENT_TOPICS = new Set(["fulfillments/create", "fulfillments/update"]);

export interface ApplyCommerceWebhookOptions {
  shop: string;
  /** Shopify topic as in `X-Shopify-Topic`, e.g. `products/update`. */
  topic: string;
  webhookId: string;
  payload: unknown;
  cache?: CommerceCache;
  receipts?: WebhookReceipts;
}

export type ApplyCommerceWebhookResult =
  { outcome: "applied"; invalidated: number } | { outcome: "duplicate" } | { outcome: "ignored" };

/**
 * Applies a products/orders/fulfillments webhook to the commerce caches. Idempotent by webhook
 * id: a repeat delivery is recognised and does nothing.
 */
export async function applyCommerceWebhook(
  options: ApplyCommerceWebhookOptions,
): Promise<ApplyCommerceWebhookResult> {
  const topic = options.topic.toLowerCase();
  const known =
    PRODUCT_TOPICS.has(topic) || ORDER_TOPICS.has(topic) || FULFILLMENT_TOPICS.has(topic);
  if (!known) return { outcome: "ignored" };

  const receipts = options.receipts ?? sharedWebhookReceipts;
  const claimed = await receipts.claim({ shop: options.shop, webhookId: options.webhookId });
  if (!claimed) return { outcome: "duplicate" };

  try {
    const invalidated = await invalidateFor({ ...options, topic });
    return { outcome: "applied", invalidated };
  } catch (error) {
    await receipts.release({ shop: options.shop, webhookId: options.webhookId });
    throw error;
  }
}

async function invalidateFor(options: ApplyCommerceWebhookOptions): Promise<number> {
  const { shop, topic, cache } = options;
  if (PRODUCT_TOPICS.has(topic)) {
    const payload = ProductPayloadSchema.parse(options.payload);
    return invalidateProduct({
      shop,
      cache,
      productId: payload.admin_graphql_api_id ?? payload.id,
      handle: payload.handle,
    });
  }
  if (ORDER_TOPICS.has(topic)) {
    const payload = OrderPayloadSchema.parse(options.payload);
    const customer = payload.customer ?? undefined;
    return invalidateOrder({
      shop,
      cache,
      orderId: payload.admin_graphql_api_id ?? payload.id,
      orderName: payload.name,
      customerId: customer?.admin_graphql_api_id ?? customer?.id,
    });
  }
  const payload = FulfillmentPayloadSchema.parse(options.payload);
  return invalidateOrder({ shop, cache, orderId: payload.order_id });
}

/** `gid://shopify/Order/42` and `42` name the same record in cache tags. */
export function numericId(id: string): string {
  const slash = id.lastIndexOf("/");
  return slash >= 0 ? id.slice(slash + 1) : id;
}
