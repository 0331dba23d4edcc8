import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import { createPlainBox } from "../encryption";
import { openWithOrderStatus } from "./open-with-order-status";
import { buildOrderCard } from "./test-factories";

const SHOP = "alpha.myshopify.com";
const NOW = new Date("2026-11-23T09:00:00Z");

describe("opening the chat with the order on its way", () => {
  let database: TestDatabase;
  const box = createPlainBox();

  beforeEach(async () => {
    database = await createTestDatabase();
    await database.prisma.conversation.create({
      data: { id: "conv_1", shop: SHOP, visitorId: "visitor-aaaaaaaaaaaaaaaa", customerId: "7" },
    });
  });
  afterEach(() => database.close());

  const open = (orders: ReturnType<typeof buildOrderCard>[]) =>
    openWithOrderStatus({
      prisma: database.prisma,
      box,
      shop: SHOP,
      conversationId: "conv_1",
      loadOrders: async () => orders,
      language: "en",
      now: NOW,
    });

  it("stores one order card as the first message, once", async () => {
    const message = await open([
      buildOrderCard({ orderName: "#1002", status: "delivered" }),
      buildOrderCard({ orderName: "#1001", status: "shipped", statusLabel: "Shipped" }),
    ]);
    expect(message?.role).toBe("assistant");
    expect(message?.cards).toHaveLength(1);
    expect(message?.cards[0]).toMatchObject({ type: "order", orderName: "#1001" });
    expect(message?.text).toContain("#1001");

    expect(await open([buildOrderCard({ orderName: "#1001" })])).toBeNull();
    expect(await database.prisma.message.count({ where: { shop: SHOP } })).toBe(1);
  });

  it("says nothing when no order is in transit or late, or the orders cannot be read", async () => {
    expect(await open([buildOrderCard({ status: "delivered" })])).toBeNull();
    expect(
      await openWithOrderStatus({
        prisma: database.prisma,
        box,
        shop: SHOP,
        conversationId: "conv_1",
        loadOrders: () => Promise.reject(new Error("timeout")),
        language: "en",
        now: NOW,
      }),
    ).toBeNull();
    expect(await database.prisma.message.count({ where: { shop: SHOP } })).toBe(0);
  });
});
