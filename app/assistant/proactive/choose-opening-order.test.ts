import { describe, expect, it } from "vitest";
import { chooseOpeningOrder, isLate } from "./choose-opening-order";
import { buildOrderCard, buildShipment } from "./test-factories";

const NOW = new Date("2026-11-23T09:00:00Z");

describe("the order a logged-in shopper sees first", () => {
  it("is none when nothing is on its way or late", () => {
    const orders = [
      buildOrderCard({ orderName: "#1003", status: "delivered" }),
      buildOrderCard({ orderName: "#1002", status: "preparing", shipments: [] }),
      buildOrderCard({ orderName: "#1001", status: "cancelled" }),
    ];
    expect(chooseOpeningOrder({ orders, now: NOW })).toBeNull();
  });

  it("is the newest order in transit", () => {
    const orders = [
      buildOrderCard({ orderName: "#1003", status: "delivered" }),
      buildOrderCard({ orderName: "#1002", status: "out_for_delivery" }),
      buildOrderCard({ orderName: "#1001", status: "shipped" }),
    ];
    expect(chooseOpeningOrder({ orders, now: NOW })?.orderName).toBe("#1002");
  });

  it("prefers a late order, even one not yet marked shipped", () => {
    const late = buildOrderCard({
      orderName: "#1001",
      status: "preparing",
      shipments: [buildShipment({ estimatedDeliveryAt: "2026-11-20T00:00:00Z" })],
    });
    const orders = [buildOrderCard({ orderName: "#1002", status: "shipped" }), late];
    expect(isLate(late, NOW)).toBe(true);
    expect(chooseOpeningOrder({ orders, now: NOW })?.orderName).toBe("#1001");
  });

  it("does not call a delivered order late", () => {
    const delivered = buildOrderCard({
      status: "delivered",
      shipments: [buildShipment({ estimatedDeliveryAt: "2026-11-20T00:00:00Z" })],
    });
    expect(isLate(delivered, NOW)).toBe(false);
  });
});
