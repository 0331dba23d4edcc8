import { describe, expect, it } from "vitest";
import type { OrderFacts } from "./admin-queries";
import { SUPPORTED_LANGUAGES } from "../languages";
import { buildOrderCard, orderStatus } from "./order-card";
import { describeOrders } from "./order-reply";

function orderFacts(overrides: Partial<OrderFacts> = {}): OrderFacts {
  return {
    id: "gid://shopify/Order/1",
    name: "#1001",
    email: "shopper@example.com",
    phone: null,
    processedAt: "2025-07-01T10:00:00Z",
    cancelledAt: null,
    displayFinancialStatus: "PAID",
    displayFulfillmentStatus: "UNFULFILLED",
    customer: null,
    lineItems: {
      nodes: [{ title: "Trail socks", quantity: 2, product: { id: "gid://shopify/Product/7" } }],
    },
    fulfillments: [],
    ...overrides,
  };
}

function fulfillment(
  displayStatus: string,
  overrides: Partial<OrderFacts["fulfillments"][number]> = {},
) {
  return {
    status: "SUCCESS",
    displayStatus,
    createdAt: "2025-07-02T10:00:00Z",
    deliveredAt: null,
    estimatedDeliveryAt: "2025-07-05T10:00:00Z",
    trackingInfo: [
      { company: "UPS", number: "1Z1", url: "https://www.ups.com/track?tracknum=1Z1" },
    ],
    ...overrides,
  };
}

describe("order status in plain words", () => {
  it.each([
    ["paid, nothing started", orderFacts(), "paid"],
    ["awaiting payment", orderFacts({ displayFinancialStatus: "PENDING" }), "pending_payment"],
    ["being packed", orderFacts({ displayFulfillmentStatus: "IN_PROGRESS" }), "preparing"],
    ["label only", orderFacts({ fulfillments: [fulfillment("LABEL_PRINTED")] }), "preparing"],
    [
      "in transit",
      orderFacts({
        displayFulfillmentStatus: "FULFILLED",
        fulfillments: [fulfillment("IN_TRANSIT")],
      }),
      "shipped",
    ],
    [
      "out for delivery",
      orderFacts({
        displayFulfillmentStatus: "FULFILLED",
        fulfillments: [fulfillment("OUT_FOR_DELIVERY")],
      }),
      "out_for_delivery",
    ],
    [
      "delivered",
      orderFacts({
        displayFulfillmentStatus: "FULFILLED",
        fulfillments: [fulfillment("DELIVERED")],
      }),
      "delivered",
    ],
    [
      "half delivered",
      orderFacts({
        displayFulfillmentStatus: "PARTIALLY_FULFILLED",
        fulfillments: [fulfillment("DELIVERED")],
      }),
      "shipped",
    ],
    [
      "cancelled",
      orderFacts({ cancelledAt: "2025-07-02T00:00:00Z", displayFinancialStatus: "REFUNDED" }),
      "cancelled",
    ],
    [
      "refunded",
      orderFacts({ displayFinancialStatus: "REFUNDED", fulfillments: [fulfillment("DELIVERED")] }),
      "refunded",
    ],
  ] as const)("%s → %s", (_, order, expected) => {
    expect(orderStatus(order)).toBe(expected);
  });

  it("builds a card with carrier, tracking link, estimated delivery and a next step", () => {
    const card = buildOrderCard({
      order: orderFacts({
        displayFulfillmentStatus: "FULFILLED",
        fulfillments: [fulfillment("IN_TRANSIT")],
      }),
      language: "en",
    });
    expect(card).toMatchObject({
      orderName: "#1001",
      status: "shipped",
      statusLabel: "Shipped",
      items: [{ title: "Trail socks", quantity: 2 }],
      shipments: [
        {
          carrier: "UPS",
          trackingNumber: "1Z1",
          trackingUrl: "https://www.ups.com/track?tracknum=1Z1",
          statusLabel: "In transit",
          estimatedDeliveryAt: "2025-07-05T10:00:00Z",
        },
      ],
    });
    expect(card.nextStep).toMatch(/tracking link/);
  });

  it("drops tracking links that are not http(s)", () => {
    const card = buildOrderCard({
      order: orderFacts({
        fulfillments: [
          fulfillment("IN_TRANSIT", {
            trackingInfo: [{ company: "X", number: "1", url: "javascript:alert(1)" }],
          }),
        ],
      }),
      language: "en",
    });
    expect(card.shipments[0]?.trackingUrl).toBeNull();
  });

  it("speaks every language with a distinct label", () => {
    const labels = SUPPORTED_LANGUAGES.map(
      (language) => buildOrderCard({ order: orderFacts(), language }).statusLabel,
    );
    expect(labels).toHaveLength(9);
    expect(new Set(labels.filter((label) => label !== "已付款")).size).toBeGreaterThanOrEqual(7);
    expect(buildOrderCard({ order: orderFacts(), language: "zh-Hant-HK" }).nextStep).toContain(
      "出貨",
    );
  });

  it("escapes only the carrier characters the chat would read as markup", () => {
    const shipped = (company: string) =>
      buildOrderCard({
        order: orderFacts({
          displayFulfillmentStatus: "FULFILLED",
          fulfillments: [
            fulfillment("IN_TRANSIT", {
              trackingInfo: [{ company, number: "1Z1", url: "https://carrier.example/t" }],
            }),
          ],
        }),
        language: "en",
      });
    expect(describeOrders({ orders: [shipped("Yamato (JA)")], language: "en" }).text).toContain(
      "- Yamato (JA) 1Z1: [Track parcel](https://carrier.example/t)",
    );
    expect(describeOrders({ orders: [shipped("*Fast* [EU]")], language: "en" }).text).toContain(
      "- \\*Fast\\* \\[EU\\] 1Z1:",
    );
  });

  it("asks which one when several orders are open", () => {
    const open = [orderFacts({ name: "#1002" }), orderFacts({ name: "#1001" })].map((order) =>
      buildOrderCard({ order, language: "en" }),
    );
    const reply = describeOrders({ orders: open, language: "en" });
    expect(reply.text).toBe("You have 2 open orders. Which one do you mean?");
    expect(reply.quickReplies).toEqual(["#1002", "#1001"]);
    expect(reply.cards).toEqual([]);
  });
});
