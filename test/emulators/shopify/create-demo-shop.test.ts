import { describe, expect, it } from "vitest";
import { displayFulfillmentStatus } from "./admin-graphql/views";
import { createDemoShop } from "./index";

const NOW = new Date("2026-06-01T12:00:00Z");

describe("createDemoShop", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(createDemoShop(3, { now: NOW })).toEqual(createDemoShop(3, { now: NOW }));
    expect(createDemoShop(3, { now: NOW })).not.toEqual(createDemoShop(4, { now: NOW }));
  });

  it("builds an outdoor catalogue with variants, unique SKUs, own images, metafields and sold-out stock", () => {
    const shop = createDemoShop(1, { now: NOW });
    expect(shop.domain).toBe("concierge-demo.myshopify.com");
    expect(shop.currencyCode).toBe("USD");
    expect(shop.products.length).toBeGreaterThanOrEqual(38);
    for (const type of [
      "Shoes",
      "Jackets",
      "Backpacks",
      "Tents",
      "Socks",
      "Bottles",
      "Gift Cards",
    ]) {
      expect(shop.products.some((product) => product.productType === type)).toBe(true);
    }
    const skus = shop.products.flatMap((product) => product.variants.map((variant) => variant.sku));
    expect(new Set(skus).size).toBe(skus.length);
    expect(
      shop.products.every((product) =>
        product.images.every((image) => image.path.startsWith("/static/products/")),
      ),
    ).toBe(true);
    expect(
      shop.products.every((product) =>
        ["material", "care", "shipping_note"].every((key) =>
          product.metafields.some((field) => field.namespace === "custom" && field.key === key),
        ),
      ),
    ).toBe(true);
    const shoe = shop.products.find((product) => product.productType === "Shoes");
    expect(shoe?.options.map((option) => option.name)).toEqual(["Size", "Color"]);
    expect(
      shop.products
        .flatMap((product) => product.variants)
        .some((variant) => variant.inventoryQuantity === 0 && variant.inventoryPolicy === "DENY"),
    ).toBe(true);
    expect(shop.collections.length).toBeGreaterThan(4);
  });

  it("has ~15 customers incl. VIPs and Chinese names/locales, and orders in every state from #1001", () => {
    const shop = createDemoShop(1, { now: NOW });
    expect(shop.customers).toHaveLength(15);
    expect(shop.customers.some((customer) => customer.tags.includes("VIP"))).toBe(true);
    expect(
      shop.customers.filter((customer) => customer.locale.startsWith("zh")).length,
    ).toBeGreaterThanOrEqual(2);
    const numbers = shop.orders.map((order) => order.number).sort((a, b) => a - b);
    expect(numbers[0]).toBe(1001);
    expect(numbers).toEqual(numbers.map((_, index) => 1001 + index));
    const displayStatuses = new Set<string>(
      shop.orders.flatMap((order) =>
        order.fulfillments.map((fulfillment) => fulfillment.displayStatus),
      ),
    );
    for (const status of [
      "IN_TRANSIT",
      "OUT_FOR_DELIVERY",
      "DELIVERED",
      "ATTEMPTED_DELIVERY",
      "FULFILLED",
    ])
      expect(displayStatuses.has(status)).toBe(true);
    const financial = new Set<string>(shop.orders.map((order) => order.financialStatus));
    for (const status of ["PAID", "PENDING", "REFUNDED", "PARTIALLY_REFUNDED"])
      expect(financial.has(status)).toBe(true);
    const fulfillment = new Set<string>(shop.orders.map(displayFulfillmentStatus));
    for (const status of ["UNFULFILLED", "PARTIALLY_FULFILLED", "FULFILLED"])
      expect(fulfillment.has(status)).toBe(true);
    expect(shop.orders.some((order) => order.cancelledAt !== null)).toBe(true);
    const carriers = new Set(
      shop.orders.flatMap((order) =>
        order.fulfillments.flatMap((fulfillment) =>
          fulfillment.trackingInfo.map((info) => info.company),
        ),
      ),
    );
    expect(carriers.size).toBeGreaterThanOrEqual(3);
    const guest = shop.orders.find((order) => order.customerId === null);
    expect(guest?.email).toBeTruthy();
    expect(guest?.phone).toBeTruthy();
    expect(shop.orders.every((order) => Date.parse(order.createdAt) <= NOW.getTime())).toBe(true);
    expect(
      shop.orders.some((order) =>
        order.fulfillments.some(
          (fulfillment) =>
            fulfillment.estimatedDeliveryAt &&
            Date.parse(fulfillment.estimatedDeliveryAt) >= NOW.getTime(),
        ),
      ),
    ).toBe(true);
  });

  it("has products bought together often enough for mining", () => {
    const shop = createDemoShop(1, { now: NOW });
    const pairs = new Map<string, number>();
    for (const order of shop.orders) {
      const ids = [...new Set(order.lineItems.map((item) => item.productId))].sort();
      for (let i = 0; i < ids.length; i += 1)
        for (let j = i + 1; j < ids.length; j += 1)
          pairs.set(`${ids[i]}-${ids[j]}`, (pairs.get(`${ids[i]}-${ids[j]}`) ?? 0) + 1);
    }
    expect(Math.max(...pairs.values())).toBeGreaterThanOrEqual(2);
  });
});
