import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGuestAttemptLimits } from "./guest-attempt-limits";
import { createCommerceAnswers, describeOrders } from "./index";
import type { CommerceAnswers } from "./types";
import {
  buildCustomer,
  buildFulfillment,
  buildLineItem,
  buildOrder,
  buildProduct,
  daysAgo,
  startCommerceTestShop,
} from "./test-factories";
import type { CommerceTestShop } from "./test-factories";

let shop: CommerceTestShop;

beforeAll(async () => {
  shop = await startCommerceTestShop();
});
afterAll(async () => {
  await shop.close();
});

function answers(options: { perVisitor?: number; perOrder?: number } = {}): CommerceAnswers {
  return createCommerceAnswers({
    gateway: shop.gateway(),
    cache: shop.cache,
    limits: createGuestAttemptLimits({
      perVisitor: { points: options.perVisitor ?? 5, durationSeconds: 900 },
      perOrder: { points: options.perOrder ?? 5, durationSeconds: 3600 },
    }),
  });
}

/** A logged-in customer with one delivered and one in-transit order. */
function seedCustomerWithOrders() {
  const jacket = buildProduct({ title: "Ridge rain jacket" });
  const socks = buildProduct({ title: "Trail socks" });
  shop.data.products.push(jacket, socks);
  const customer = buildCustomer();
  shop.data.customers.push(customer);
  const oldItems = [buildLineItem(socks, { quantity: 2 })];
  const delivered = buildOrder(shop.data, {
    customerId: customer.id,
    email: customer.email,
    processedAt: daysAgo(20),
    lineItems: oldItems,
    fulfillments: [
      buildFulfillment(oldItems, {
        displayStatus: "DELIVERED",
        deliveredAt: daysAgo(15),
        estimatedDeliveryAt: null,
      }),
    ],
  });
  shop.data.orders.push(delivered);
  const newItems = [buildLineItem(jacket)];
  const inTransit = buildOrder(shop.data, {
    customerId: customer.id,
    email: customer.email,
    processedAt: daysAgo(2),
    lineItems: newItems,
    fulfillments: [buildFulfillment(newItems)],
  });
  shop.data.orders.push(inTransit);
  return { customer, delivered, inTransit };
}

function seedGuestOrder(overrides: { name?: string; email?: string } = {}) {
  const lamp = buildProduct({ title: "Camp lantern" });
  shop.data.products.push(lamp);
  const items = [buildLineItem(lamp)];
  const order = buildOrder(shop.data, {
    email: "Guest.Shopper@example.com",
    phone: "+1 (415) 555-0134",
    lineItems: items,
    fulfillments: [buildFulfillment(items, { displayStatus: "OUT_FOR_DELIVERY" })],
    ...overrides,
  });
  shop.data.orders.push(order);
  return order;
}

describe("logged-in order tracking", () => {
  it("GIVEN a logged-in customer WHEN they ask in English THEN they see their recent orders, newest first, with tracking", async () => {
    const { customer, inTransit, delivered } = seedCustomerWithOrders();
    const orders = await answers().ordersOfCustomer({
      customerId: String(customer.id),
      language: "en",
    });

    expect(orders.map((order) => order.orderName)).toEqual([
      `#${inTransit.number}`,
      `#${delivered.number}`,
    ]);
    expect(orders[0]).toMatchObject({
      status: "shipped",
      statusLabel: "Shipped",
      items: [{ title: "Ridge rain jacket", quantity: 1 }],
      shipments: [
        { carrier: "UPS", trackingNumber: "1Z999AA10123456784", statusLabel: "In transit" },
      ],
    });
    expect(orders[0]?.shipments[0]?.trackingUrl).toMatch(/^https:\/\/www\.ups\.com\//);
    expect(orders[1]).toMatchObject({ status: "delivered", statusLabel: "Delivered" });

    const reply = describeOrders({ orders, language: "en" });
    expect(reply.text).toContain(`Order **#${inTransit.number}**: Shipped.`);
    expect(reply.text).toContain("[Track parcel](https://www.ups.com/");
  });

  it("GIVEN the same customer WHEN they ask in Chinese THEN the answer is in Chinese", async () => {
    const { customer, inTransit } = seedCustomerWithOrders();
    const orders = await answers().ordersOfCustomer({
      customerId: String(customer.id),
      language: "zh-CN",
    });
    expect(orders[0]).toMatchObject({
      statusLabel: "已发货",
      shipments: [{ statusLabel: "运输中" }],
    });
    const reply = describeOrders({ orders, language: "zh-CN" });
    expect(reply.text).toContain(`订单 **#${inTransit.number}**：已发货。`);
    expect(reply.text).toContain("预计送达");
  });

  it("does not show another customer's orders for an unknown id", async () => {
    expect(await answers().ordersOfCustomer({ customerId: "123456789", language: "en" })).toEqual(
      [],
    );
  });
});

describe("guest order tracking", () => {
  it("answers a guest whose order number and email match, in English and Chinese", async () => {
    const order = seedGuestOrder();
    const english = await answers().orderForGuest({
      orderNumber: String(order.number),
      contact: { email: " guest.shopper@EXAMPLE.com " },
      visitorId: "visitor-en-0000000000001",
      language: "en",
    });
    expect(english).toMatchObject({
      kind: "found",
      order: {
        orderName: `#${order.number}`,
        status: "out_for_delivery",
        statusLabel: "Out for delivery",
      },
    });

    const chinese = await answers().orderForGuest({
      orderNumber: `#${order.number}`,
      contact: { phone: "415 555 0134" },
      visitorId: "visitor-zh-0000000000001",
      language: "zh-CN",
    });
    expect(chinese).toMatchObject({ kind: "found", order: { statusLabel: "派送中" } });
  });

  it("finds an order the shop names with a prefix when the guest types its digits alone", async () => {
    seedGuestOrder({ name: "#A5042", email: "prefix.guest@example.com" });
    const ask = (orderNumber: string, email: string, visitorId: string) =>
      answers().orderForGuest({ orderNumber, contact: { email }, visitorId, language: "en" });

    await expect(
      ask("5042", "Prefix.Guest@example.com", "visitor-prefix-00000001"),
    ).resolves.toMatchObject({
      kind: "found",
      order: { orderName: "#A5042" },
    });
    await expect(
      ask("#A5042", "prefix.guest@example.com", "visitor-prefix-00000002"),
    ).resolves.toMatchObject({
      kind: "found",
      order: { orderName: "#A5042" },
    });
    await expect(
      ask("a5042", "prefix.guest@example.com", "visitor-prefix-00000005"),
    ).resolves.toMatchObject({ kind: "found", order: { orderName: "#A5042" } });
    await expect(
      ask("5042", "someone.else@example.com", "visitor-prefix-00000003"),
    ).resolves.toEqual({
      kind: "not_found",
    });
    await expect(
      ask("504", "prefix.guest@example.com", "visitor-prefix-00000004"),
    ).resolves.toEqual({
      kind: "not_found",
    });
  });

  it("gives the same neutral reply for a wrong email and for an order that does not exist", async () => {
    const order = seedGuestOrder();
    const limits = answers();
    const wrongEmail = await limits.orderForGuest({
      orderNumber: String(order.number),
      contact: { email: "someone.else@example.com" },
      visitorId: "visitor-neutral-000000001",
      language: "en",
    });
    const missing = await limits.orderForGuest({
      orderNumber: "99999",
      contact: { email: "guest.shopper@example.com" },
      visitorId: "visitor-neutral-000000002",
      language: "en",
    });
    expect(wrongEmail).toEqual({ kind: "not_found" });
    expect(missing).toEqual(wrongEmail);
  });

  it("stops answering a visitor after the attempt limit, even with the right email", async () => {
    const order = seedGuestOrder();
    const limited = answers({ perVisitor: 3, perOrder: 100 });
    const visitorId = "visitor-guessing-00000001";
    for (const guess of ["a@example.com", "b@example.com", "c@example.com"]) {
      const answer = await limited.orderForGuest({
        orderNumber: String(order.number),
        contact: { email: guess },
        visitorId,
        language: "en",
      });
      expect(answer).toEqual({ kind: "not_found" });
    }
    const right = await limited.orderForGuest({
      orderNumber: String(order.number),
      contact: { email: "guest.shopper@example.com" },
      visitorId,
      language: "en",
    });
    expect(right).toEqual({ kind: "limited" });

    const otherVisitor = await limited.orderForGuest({
      orderNumber: String(order.number),
      contact: { email: "guest.shopper@example.com" },
      visitorId: "visitor-honest-0000000001",
      language: "en",
    });
    expect(otherVisitor.kind).toBe("found");
  });

  it("protects one order number from guesses spread over many visitors", async () => {
    const order = seedGuestOrder();
    const limited = answers({ perVisitor: 100, perOrder: 2 });
    for (const visitorId of ["visitor-spread-0000000001", "visitor-spread-0000000002"]) {
      await limited.orderForGuest({
        orderNumber: String(order.number),
        contact: { email: "x@example.com" },
        visitorId,
        language: "en",
      });
    }
    const third = await limited.orderForGuest({
      orderNumber: String(order.number),
      contact: { email: "guest.shopper@example.com" },
      visitorId: "visitor-spread-0000000003",
      language: "en",
    });
    expect(third).toEqual({ kind: "limited" });
  });
});
