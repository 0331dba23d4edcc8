import { z } from "zod";
import type { OrderCard } from "../reply";
import type { AdminGateway } from "./admin-gateway";
import { customerOrdersQuery, ordersMatchingQuery, OrderFactsSchema } from "./admin-queries";
import type { OrderFacts } from "./admin-queries";
import { numericId } from "./apply-commerce-webhook";
import { cacheTags } from "./commerce-cache";
import type { CommerceCache } from "./commerce-cache";
import type { GuestAttemptLimits } from "./guest-attempt-limits";
import { buildOrderCard } from "./order-card";
import { isPlausibleOrderName, normaliseOrderName, orderNameMatches } from "./order-name";
import { readThrough } from "./read-through";
import type { CacheCounts } from "./read-through";

export interface OrderSources {
  gateway: AdminGateway;
  cache: CommerceCache;
  ttlMs: number;
  counts?: CacheCounts;
}

const OrderListSchema = z.array(OrderFactsSchema);
const RECENT_ORDERS = 5;

/** A verified customer's recent orders, newest first (raw facts, cached per shop and customer). */
export async function loadCustomerOrders(
  options: OrderSources & { customerId: string },
): Promise<OrderFacts[]> {
  const { gateway, cache } = options;
  const customerId = numericId(options.customerId);
  if (!/^\d+$/.test(customerId)) return [];
  return readThrough({
    cache,
    shop: gateway.shop,
    key: `customer-orders:${customerId}`,
    schema: OrderListSchema,
    ttlMs: options.ttlMs,
    counts: options.counts,
    tagsOf: (orders) => [cacheTags.customer(customerId), ...orders.flatMap(orderTags)],
    load: async () => {
      const data = await gateway.request({
        operation: customerOrdersQuery,
        variables: { id: `gid://shopify/Customer/${customerId}`, first: RECENT_ORDERS },
      });
      return data.customer?.orders.nodes ?? [];
    },
  });
}

export async function ordersOfCustomer(
  options: OrderSources & { customerId: string; language: string },
): Promise<OrderCard[]> {
  const orders = await loadCustomerOrders(options);
  return orders.map((order) => buildOrderCard({ order, language: options.language }));
}

/** The order with exactly this name, or null; cached per shop and name. */
export async function loadOrderByName(
  options: OrderSources & { orderName: string },
): Promise<OrderFacts | null> {
  const { gateway, cache, orderName } = options;
  const ByNameSchema = OrderFactsSchema.nullable();
  return readThrough({
    cache,
    shop: gateway.shop,
    key: `order-by-name:${orderName}`,
    schema: ByNameSchema,
    ttlMs: options.ttlMs,
    counts: options.counts,
    tagsOf: (order) => (order ? orderTags(order) : [cacheTags.orderName(orderName)]),
    load: async () => {
      const data = await gateway.request({
        operation: ordersMatchingQuery,
        variables: { query: `name:${JSON.stringify(orderName)}` },
      });
      // Search may be fuzzy; only an exact name match counts.
      return (
        data.orders.nodes.find((order) => normaliseOrderName(order.name) === orderName) ?? null
      );
    },
  });
}

export type GuestOrderAnswer =
  { kind: "found"; order: OrderCard } | { kind: "not_found" } | { kind: "limited" };

/**
 * A guest's order, shown only when number and email (or phone) match. A missing order and a
 * wrong contact give the same `not_found`, and both count against the attempt limits.
 */
export async function orderForGuest(
  options: OrderSources & {
    limits: GuestAttemptLimits;
    orderNumber: string;
    contact: { email?: string; phone?: string };
    visitorId: string;
    language: string;
  },
): Promise<GuestOrderAnswer> {
  const orderName = normaliseOrderName(options.orderNumber);
  const attempt = { shop: options.gateway.shop, visitorId: options.visitorId, orderName };
  if (await options.limits.isBlocked(attempt)) return { kind: "limited" };

  const byName = isPlausibleOrderName(orderName)
    ? await loadOrderByName({ ...options, orderName })
    : null;
  const order =
    byName && contactMatches(byName, options.contact)
      ? byName
      : await guestOrderWithoutPrefix({ ...options, orderName });
  if (order) {
    return { kind: "found", order: buildOrderCard({ order, language: options.language }) };
  }
  await options.limits.recordFailure(attempt);
  return { kind: "not_found" };
}

/**
 * Shops that name orders with a prefix or suffix ("#A1042", "1042-EU") get shoppers who type the
 * digits alone, which no order's name is, or the name without its "#", which the Admin API's
 * `name:` search may not find. With an email, the guest's own recent orders are searched for the
 * one that name or those digits stand for. Not cached: the attempt limits bound it.
 */
async function guestOrderWithoutPrefix(
  options: OrderSources & { orderName: string; contact: { email?: string } },
): Promise<OrderFacts | null> {
  const email = options.contact.email?.trim();
  if (!email || !isPlausibleOrderName(options.orderName)) return null;
  const data = await options.gateway.request({
    operation: ordersMatchingQuery,
    variables: { query: `email:${JSON.stringify(email)}` },
  });
  return (
    data.orders.nodes.find(
      (order) =>
        orderNameMatches(order.name, options.orderName) && contactMatches(order, options.contact),
    ) ?? null
  );
}

export function contactMatches(
  order: Pick<OrderFacts, "email" | "phone">,
  contact: { email?: string; phone?: string },
): boolean {
  const email = contact.email?.trim().toLowerCase();
  if (email && order.email && email === order.email.trim().toLowerCase()) return true;
  const phone = digits(contact.phone);
  const orderPhone = digits(order.phone ?? undefined);
  // Country codes come and go ("+1 415…" vs "415…"); at least 8 matching trailing digits count.
  if (phone.length >= 8 && orderPhone.length >= 8) {
    return phone.endsWith(orderPhone) || orderPhone.endsWith(phone);
  }
  return false;
}

function digits(value: string | undefined): string {
  return (value ?? "").replace(/\D/g, "");
}

export function orderTags(order: OrderFacts): string[] {
  const tags = [
    cacheTags.order(numericId(order.id)),
    cacheTags.orderName(normaliseOrderName(order.name)),
  ];
  if (order.customer) tags.push(cacheTags.customer(numericId(order.customer.id)));
  return tags;
}
