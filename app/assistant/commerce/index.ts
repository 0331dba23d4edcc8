import type { AdminGateway } from "./admin-gateway";
import { sharedCommerceCache } from "./commerce-cache";
import type { CommerceCache } from "./commerce-cache";
import { createGuestAttemptLimits } from "./guest-attempt-limits";
import type { GuestAttemptLimits } from "./guest-attempt-limits";
import { cancelOrder, startReturn } from "./order-actions";
import type { OrderActionOptions, OrderActionPolicy, OrderActionResult } from "./order-actions";
import { catalogueNames, productFacts } from "./product-facts";
import type { CacheCounts } from "./read-through";
import { recommendProducts } from "./recommend-products";
import { orderForGuest, ordersOfCustomer } from "./track-order";
import type { CommerceAnswers } from "./types";

export { ADMIN_API_VERSION } from "./api-version";
export { createAdminGateway } from "./admin-gateway";
export type { AdminGateway, AdminOperation, CreateAdminGatewayOptions } from "./admin-gateway";
export { CommerceError, isCommerceError } from "./commerce-error";
export type { CommerceErrorCode } from "./commerce-error";
export { createCostLedger, sharedCostLedger } from "./cost-ledger";
export type { CostLedger, ThrottleStatus } from "./cost-ledger";
export { cacheTags, createMemoryCommerceCache, sharedCommerceCache } from "./commerce-cache";
export type { CommerceCache } from "./commerce-cache";
export { createMemoryWebhookReceipts, sharedWebhookReceipts } from "./webhook-receipts";
export type { WebhookReceipts } from "./webhook-receipts";
export { applyCommerceWebhook, invalidateOrder, invalidateProduct } from "./apply-commerce-webhook";
export type {
  ApplyCommerceWebhookOptions,
  ApplyCommerceWebhookResult,
} from "./apply-commerce-webhook";
export { createGuestAttemptLimits } from "./guest-attempt-limits";
export type { GuestAttemptLimits, CreateGuestAttemptLimitsOptions } from "./guest-attempt-limits";
export { commerceTexts, resolveLanguage } from "./messages";
export { describeCommerceFailure, describeOrder, describeOrders } from "./order-reply";
export type { CommerceReply } from "./order-reply";
export type {
  OrderActionOptions,
  OrderActionPolicy,
  OrderActionResult,
  OrderActionShopper,
} from "./order-actions";
export type { CacheCounts } from "./read-through";
export type { CommerceAnswers, CatalogueName, ProductFacts } from "./types";

/** How long answers stay cached. Webhooks invalidate sooner; these bound staleness if one is lost. */
export interface CommerceTtl {
  orders: number;
  products: number;
  catalogue: number;
  boughtTogether: number;
}

export const DEFAULT_COMMERCE_TTL: CommerceTtl = {
  orders: 60_000,
  products: 5 * 60_000,
  catalogue: 10 * 60_000,
  boughtTogether: 60 * 60_000,
};

export interface CreateCommerceAnswersOptions {
  gateway: AdminGateway;
  cache?: CommerceCache;
  limits?: GuestAttemptLimits;
  ttl?: Partial<CommerceTtl>;
  /** Recent orders mined for bought-together counts. */
  maxMinedOrders?: number;
  /** Filled with cache hits and misses, for the benchmark and diagnostics. */
  counts?: CacheCounts;
}

/** The shop's commerce answers for the dialogue, against the Admin API behind `gateway`. */
export function createCommerceAnswers(options: CreateCommerceAnswersOptions): CommerceAnswers {
  const { gateway, counts } = options;
  const cache = options.cache ?? sharedCommerceCache;
  const limits = options.limits ?? defaultLimits();
  const ttl = { ...DEFAULT_COMMERCE_TTL, ...options.ttl };

  return {
    ordersOfCustomer: ({ customerId, language }) =>
      ordersOfCustomer({ gateway, cache, counts, ttlMs: ttl.orders, customerId, language }),
    orderForGuest: (request) =>
      orderForGuest({ gateway, cache, counts, limits, ttlMs: ttl.orders, ...request }),
    productFacts: ({ handle }) =>
      productFacts({ gateway, cache, counts, ttlMs: ttl.products, handle }),
    catalogueNames: () => catalogueNames({ gateway, cache, counts, ttlMs: ttl.catalogue }),
    recommendProducts: (request) =>
      recommendProducts(
        {
          gateway,
          cache,
          counts,
          ttl: { orders: ttl.orders, products: ttl.products, boughtTogether: ttl.boughtTogether },
          maxMinedOrders: options.maxMinedOrders ?? 100,
        },
        request,
      ),
  };
}

export interface CreateOrderActionsOptions {
  gateway: AdminGateway;
  policy: OrderActionPolicy;
  secret: string;
  cache?: CommerceCache;
  limits?: GuestAttemptLimits;
  ordersTtlMs?: number;
  now?: () => number;
}

/** Cancel and return, each a two-step exchange: ask (get a token), then confirm with it. */
export function createOrderActions(options: CreateOrderActionsOptions): {
  cancelOrder(request: OrderActionOptions): Promise<OrderActionResult>;
  startReturn(request: OrderActionOptions): Promise<OrderActionResult>;
} {
  const sources = {
    gateway: options.gateway,
    cache: options.cache ?? sharedCommerceCache,
    limits: options.limits ?? defaultLimits(),
    ordersTtlMs: options.ordersTtlMs ?? DEFAULT_COMMERCE_TTL.orders,
    policy: options.policy,
    secret: options.secret,
    now: options.now,
  };
  return {
    cancelOrder: (request) => cancelOrder(sources, request),
    startReturn: (request) => startReturn(sources, request),
  };
}

let sharedLimits: GuestAttemptLimits | undefined;

/** One process-wide set of limits, so a gateway built per request still counts every attempt. */
function defaultLimits(): GuestAttemptLimits {
  sharedLimits ??= createGuestAttemptLimits();
  return sharedLimits;
}
