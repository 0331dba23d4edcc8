import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { AdminGateway } from "./admin-gateway";
import { orderCancelMutation, orderForActionQuery, returnRequestMutation } from "./admin-queries";
import type { OrderFacts, OrderForAction } from "./admin-queries";
import { invalidateOrder, numericId } from "./apply-commerce-webhook";
import type { CommerceCache } from "./commerce-cache";
import type { GuestAttemptLimits } from "./guest-attempt-limits";
import { commerceTexts } from "./messages";
import { normaliseOrderName } from "./order-name";
import { contactMatches, loadCustomerOrders, loadOrderByName } from "./track-order";

/** What the merchant lets the assistant do on its own; anything else becomes an escalation. */
export interface OrderActionPolicy {
  cancelUnfulfilled: boolean;
  returns: { enabled: boolean; windowDays: number };
}

export interface OrderActionSources {
  gateway: AdminGateway;
  cache: CommerceCache;
  limits: GuestAttemptLimits;
  ordersTtlMs: number;
  policy: OrderActionPolicy;
  /** Signs confirmation tokens (the app's secret); tokens live `confirmationTtlMs`. */
  secret: string;
  confirmationTtlMs?: number;
  now?: () => number;
}

/** Who asks: a logged-in customer (signed App Proxy id) or a guest proving the order's contact. */
export type OrderActionShopper =
  | { kind: "customer"; customerId: string }
  | { kind: "guest"; visitorId: string; contact: { email?: string; phone?: string } };

export interface OrderActionOptions {
  shopper: OrderActionShopper;
  orderNumber: string;
  language: string;
  /** Absent: check and ask for confirmation. Present: the token from that answer; act. */
  confirmationToken?: string;
}

export type OrderActionResult =
  | { kind: "confirm"; token: string; text: string; quickReplies: string[] }
  | { kind: "done"; text: string }
  | { kind: "escalate"; text: string; reason: "not_allowed" | "not_eligible" | "rejected" }
  | { kind: "not_found"; text: string }
  | { kind: "limited"; text: string }
  | { kind: "expired"; text: string };

type Action = "cancel" | "return";

const TokenClaimsSchema = z.object({
  action: z.enum(["cancel", "return"]),
  shop: z.string(),
  orderId: z.string(),
  subject: z.string(),
  expiresAt: z.number(),
});
type TokenClaims = z.infer<typeof TokenClaimsSchema>;

/** Cancels an unfulfilled order after the shopper confirms, when the merchant allows it. */
export async function cancelOrder(
  sources: OrderActionSources,
  options: OrderActionOptions,
): Promise<OrderActionResult> {
  return runAction("cancel", sources, options);
}

/** Requests a return of the shipped items within the shop's window, after the shopper confirms. */
export async function startReturn(
  sources: OrderActionSources,
  options: OrderActionOptions,
): Promise<OrderActionResult> {
  return runAction("return", sources, options);
}

async function runAction(
  action: Action,
  sources: OrderActionSources,
  options: OrderActionOptions,
): Promise<OrderActionResult> {
  const texts = commerceTexts(options.language);
  const now = sources.now ?? Date.now;
  const allowed =
    action === "cancel" ? sources.policy.cancelUnfulfilled : sources.policy.returns.enabled;
  if (!allowed) return { kind: "escalate", text: texts.action.handedToTeam, reason: "not_allowed" };

  const located = await locateOrder(sources, options);
  if (located.kind !== "found") {
    return located.kind === "limited"
      ? { kind: "limited", text: texts.limited }
      : { kind: "not_found", text: texts.guestNotFound };
  }
  const subject = subjectOf(options.shopper);

  const details = await sources.gateway.request({
    operation: orderForActionQuery,
    variables: { id: located.order.id },
  });
  const order = details.order;
  if (!order) return { kind: "not_found", text: texts.guestNotFound };

  const eligibility =
    action === "cancel"
      ? cancellable(order)
      : returnable(order, sources.policy.returns.windowDays, now());
  if (eligibility.kind !== "ok") {
    const text =
      eligibility.kind === "window_closed"
        ? texts.action.returnWindowClosed(order.name, sources.policy.returns.windowDays)
        : eligibility.kind === "nothing_shipped"
          ? texts.action.nothingToReturn(order.name)
          : texts.action.cannotCancel(order.name);
    return { kind: "escalate", text, reason: "not_eligible" };
  }

  if (!options.confirmationToken) {
    const token = signToken(sources.secret, {
      action,
      shop: sources.gateway.shop,
      orderId: order.id,
      subject,
      expiresAt: now() + (sources.confirmationTtlMs ?? 10 * 60_000),
    });
    const text =
      action === "cancel"
        ? texts.action.confirmCancel(order.name)
        : texts.action.confirmReturn(
            order.name,
            eligibility.items.map((item) => `${item.quantity} × ${item.title}`).join(", "),
          );
    return { kind: "confirm", token, text, quickReplies: [texts.action.yes, texts.action.no] };
  }

  const claims = verifyToken(sources.secret, options.confirmationToken);
  const matches =
    claims !== null &&
    claims.action === action &&
    claims.shop === sources.gateway.shop &&
    claims.orderId === order.id &&
    claims.subject === subject;
  if (!matches || claims.expiresAt < now())
    return { kind: "expired", text: texts.action.confirmationExpired };

  const succeeded =
    action === "cancel"
      ? await requestCancel(sources.gateway, order.id)
      : await requestReturn(sources.gateway, order.id, eligibility.items);
  await invalidateOrder({
    shop: sources.gateway.shop,
    cache: sources.cache,
    orderId: order.id,
    orderName: order.name,
    customerId: order.customer?.id,
  });
  if (!succeeded) return { kind: "escalate", text: texts.action.handedToTeam, reason: "rejected" };
  return {
    kind: "done",
    text:
      action === "cancel"
        ? texts.action.cancelled(order.name)
        : texts.action.returnRequested(order.name),
  };
}

async function locateOrder(
  sources: OrderActionSources,
  options: OrderActionOptions,
): Promise<{ kind: "found"; order: OrderFacts } | { kind: "not_found" } | { kind: "limited" }> {
  const orderName = normaliseOrderName(options.orderNumber);
  const base = { gateway: sources.gateway, cache: sources.cache, ttlMs: sources.ordersTtlMs };
  if (options.shopper.kind === "customer") {
    const orders = await loadCustomerOrders({ ...base, customerId: options.shopper.customerId });
    const order = orders.find((candidate) => normaliseOrderName(candidate.name) === orderName);
    return order ? { kind: "found", order } : { kind: "not_found" };
  }
  const attempt = { shop: sources.gateway.shop, visitorId: options.shopper.visitorId, orderName };
  if (await sources.limits.isBlocked(attempt)) return { kind: "limited" };
  const order = await loadOrderByName({ ...base, orderName });
  if (order && contactMatches(order, options.shopper.contact)) return { kind: "found", order };
  await sources.limits.recordFailure(attempt);
  return { kind: "not_found" };
}

type Order = NonNullable<OrderForAction["order"]>;
type ReturnItem = { fulfillmentLineItemId: string; quantity: number; title: string };
type Eligibility =
  | { kind: "ok"; items: ReturnItem[] }
  | { kind: "already_shipped" }
  | { kind: "window_closed" }
  | { kind: "nothing_shipped" };

function cancellable(order: Order): Eligibility {
  const untouched =
    order.displayFulfillmentStatus === "UNFULFILLED" || order.displayFulfillmentStatus === "OPEN";
  const shipped = order.fulfillments.some((fulfillment) => fulfillment.status !== "CANCELLED");
  if (order.cancelledAt || !untouched || shipped) return { kind: "already_shipped" };
  return { kind: "ok", items: [] };
}

function returnable(order: Order, windowDays: number, now: number): Eligibility {
  if (order.cancelledAt) return { kind: "already_shipped" };
  const shipped = order.fulfillments.filter((fulfillment) => fulfillment.status === "SUCCESS");
  if (shipped.length === 0) return { kind: "nothing_shipped" };
  const arrivedAt = Math.max(
    ...shipped.map((fulfillment) => Date.parse(fulfillment.deliveredAt ?? fulfillment.createdAt)),
  );
  if (now - arrivedAt > windowDays * 24 * 60 * 60_000) return { kind: "window_closed" };
  const items = shipped.flatMap((fulfillment) =>
    fulfillment.fulfillmentLineItems.nodes.map((item) => ({
      fulfillmentLineItemId: item.id,
      quantity: item.quantity,
      title: item.lineItem.title,
    })),
  );
  return items.length > 0 ? { kind: "ok", items } : { kind: "nothing_shipped" };
}

async function requestCancel(gateway: AdminGateway, orderId: string): Promise<boolean> {
  const data = await gateway.request({
    operation: orderCancelMutation,
    variables: { orderId, staffNote: "Cancelled by the shopper through Concierge chat." },
  });
  return data.orderCancel !== null && data.orderCancel.orderCancelUserErrors.length === 0;
}

async function requestReturn(
  gateway: AdminGateway,
  orderId: string,
  items: ReturnItem[],
): Promise<boolean> {
  const data = await gateway.request({
    operation: returnRequestMutation,
    variables: {
      input: {
        orderId,
        returnLineItems: items.map((item) => ({
          fulfillmentLineItemId: item.fulfillmentLineItemId,
          quantity: item.quantity,
          returnReason: "OTHER",
          customerNote: "Requested through Concierge chat.",
        })),
      },
    },
  });
  return data.returnRequest?.return != null && data.returnRequest.userErrors.length === 0;
}

function subjectOf(shopper: OrderActionShopper): string {
  return shopper.kind === "customer"
    ? `customer:${numericId(shopper.customerId)}`
    : `visitor:${shopper.visitorId}`;
}

function signToken(secret: string, claims: TokenClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`;
}

function verifyToken(secret: string, token: string): TokenClaims | null {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(createHmac("sha256", secret).update(body).digest("base64url"));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = TokenClaimsSchema.safeParse(
      JSON.parse(Buffer.from(body, "base64url").toString("utf8")),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
