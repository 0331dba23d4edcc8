import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGuestAttemptLimits } from "./guest-attempt-limits";
import { createOrderActions } from "./index";
import type { OrderActionPolicy } from "./index";
import { seedCustomerOrder, startCommerceTestShop } from "./test-factories";
import type { CommerceTestShop } from "./test-factories";

let shop: CommerceTestShop;

beforeAll(async () => {
  shop = await startCommerceTestShop();
});
afterAll(async () => {
  await shop.close();
});

const everythingAllowed: OrderActionPolicy = {
  cancelUnfulfilled: true,
  returns: { enabled: true, windowDays: 30 },
};

function actions(policy: OrderActionPolicy = everythingAllowed) {
  return createOrderActions({
    gateway: shop.gateway(),
    cache: shop.cache,
    policy,
    secret: "test-api-secret",
    limits: createGuestAttemptLimits(),
  });
}

const seedOrder = (options: { shipped?: boolean; deliveredDaysAgo?: number } = {}) =>
  seedCustomerOrder(shop.data, options);

describe("order actions with confirmation", () => {
  it("cancels an unfulfilled order only after the shopper confirms", async () => {
    const { customer, order } = seedOrder();
    const shopper = { kind: "customer" as const, customerId: String(customer.id) };
    const asked = await actions().cancelOrder({
      shopper,
      orderNumber: String(order.number),
      language: "en",
    });
    expect(asked).toMatchObject({ kind: "confirm", quickReplies: ["Yes", "No"] });
    expect(order.cancelledAt).toBeNull();
    if (asked.kind !== "confirm") return;

    const done = await actions().cancelOrder({
      shopper,
      orderNumber: String(order.number),
      language: "en",
      confirmationToken: asked.token,
    });
    expect(done).toEqual({
      kind: "done",
      text: `Order **#${order.number}** is cancelled. The refund goes back to your original payment method.`,
    });
    expect(order.cancelledAt).not.toBeNull();
  });

  it("refuses a confirmation token issued to someone else", async () => {
    const { customer, order } = seedOrder();
    const asked = await actions().cancelOrder({
      shopper: { kind: "customer", customerId: String(customer.id) },
      orderNumber: String(order.number),
      language: "en",
    });
    if (asked.kind !== "confirm") throw new Error("expected a confirmation request");
    const guest = {
      kind: "guest" as const,
      visitorId: "visitor-intruder-00000001",
      contact: { email: customer.email ?? "" },
    };
    const stolen = await actions().cancelOrder({
      shopper: guest,
      orderNumber: String(order.number),
      language: "en",
      confirmationToken: asked.token,
    });
    expect(stolen.kind).toBe("expired");
    expect(order.cancelledAt).toBeNull();
  });

  it("turns a cancel of a shipped order, or one the merchant does not allow, into an escalation", async () => {
    const shipped = seedOrder({ shipped: true });
    const answer = await actions().cancelOrder({
      shopper: { kind: "customer", customerId: String(shipped.customer.id) },
      orderNumber: String(shipped.order.number),
      language: "de",
    });
    expect(answer).toMatchObject({ kind: "escalate", reason: "not_eligible" });
    expect(answer.text).toContain("kann hier nicht mehr storniert werden");

    const open = seedOrder();
    const notAllowed = await actions({
      ...everythingAllowed,
      cancelUnfulfilled: false,
    }).cancelOrder({
      shopper: { kind: "customer", customerId: String(open.customer.id) },
      orderNumber: String(open.order.number),
      language: "en",
    });
    expect(notAllowed).toMatchObject({ kind: "escalate", reason: "not_allowed" });
  });

  it("starts a return within the window for a verified guest, after confirmation", async () => {
    const { customer, order } = seedOrder({ shipped: true, deliveredDaysAgo: 5 });
    const guest = {
      kind: "guest" as const,
      visitorId: "visitor-return-0000000001",
      contact: { email: customer.email ?? "" },
    };
    const asked = await actions().startReturn({
      shopper: guest,
      orderNumber: String(order.number),
      language: "en",
    });
    expect(asked).toMatchObject({ kind: "confirm" });
    expect(asked.text).toContain("2 × Folding chair");
    if (asked.kind !== "confirm") return;
    const done = await actions().startReturn({
      shopper: guest,
      orderNumber: String(order.number),
      language: "en",
      confirmationToken: asked.token,
    });
    expect(done.kind).toBe("done");
    expect(order.returns).toHaveLength(1);
    expect(order.returns[0]).toMatchObject({ status: "REQUESTED", lineItems: [{ quantity: 2 }] });
  });

  it("escalates a return past the shop's window", async () => {
    const { customer, order } = seedOrder({ shipped: true, deliveredDaysAgo: 45 });
    const answer = await actions().startReturn({
      shopper: { kind: "customer", customerId: String(customer.id) },
      orderNumber: String(order.number),
      language: "en",
    });
    expect(answer).toMatchObject({ kind: "escalate", reason: "not_eligible" });
    expect(answer.text).toContain("30-day return window");
    expect(order.returns).toHaveLength(0);
  });
});
