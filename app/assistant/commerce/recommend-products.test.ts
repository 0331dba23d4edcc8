import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCommerceAnswers } from "./index";
import {
  buildCustomer,
  buildLineItem,
  buildOrder,
  buildProduct,
  buildVariants,
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

const answers = () => createCommerceAnswers({ gateway: shop.gateway(), cache: shop.cache });

describe("personal recommendations", () => {
  it("suggests what is bought together with the product in view, saying why", async () => {
    const stove = buildProduct({ title: "Pocket stove", productType: "Camp kitchen" });
    const fuel = buildProduct({ title: "Stove fuel canister", productType: "Camp fuel" });
    shop.data.products.push(stove, fuel);
    // Recent orders: stove and fuel often share a basket.
    for (let i = 0; i < 4; i += 1) {
      shop.data.orders.push(
        buildOrder(shop.data, {
          processedAt: daysAgo(0.01 * (i + 1)),
          lineItems: [buildLineItem(stove), buildLineItem(fuel)],
        }),
      );
    }

    const cards = await answers().recommendProducts({
      productHandle: stove.handle,
      language: "en",
      limit: 3,
    });
    expect(cards[0]).toMatchObject({
      handle: fuel.handle,
      reason: "Often bought with Pocket stove",
      available: true,
      type: "product",
    });
    expect(cards[0]?.variantId).toMatch(/^\d+$/);
    expect(cards.map((card) => card.handle)).not.toContain(stove.handle);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(card.reason).toBeTruthy();
  });

  it("never re-suggests what a logged-in shopper just bought", async () => {
    const boots = buildProduct({ title: "Trail boots", productType: "Footwear" });
    const laces = buildProduct({ title: "Spare laces", productType: "Footwear" });
    const insoles = buildProduct({ title: "Cushioned insoles", productType: "Footwear" });
    shop.data.products.push(boots, laces, insoles);
    for (let i = 0; i < 3; i += 1) {
      shop.data.orders.push(
        buildOrder(shop.data, {
          processedAt: daysAgo(0.001 * (i + 1)),
          lineItems: [buildLineItem(boots), buildLineItem(laces), buildLineItem(insoles)],
        }),
      );
    }
    const customer = buildCustomer();
    shop.data.customers.push(customer);
    shop.data.orders.push(
      buildOrder(shop.data, {
        customerId: customer.id,
        email: customer.email,
        processedAt: daysAgo(0.0001),
        lineItems: [buildLineItem(boots), buildLineItem(laces)],
      }),
    );

    const fresh = createCommerceAnswers({
      gateway: shop.gateway(),
      cache: shop.cache,
      ttl: { boughtTogether: 1 },
    });
    const fromHistory = await fresh.recommendProducts({
      customerId: String(customer.id),
      language: "en",
      limit: 4,
    });
    const handles = fromHistory.map((card) => card.handle);
    expect(handles).not.toContain(boots.handle);
    expect(handles).not.toContain(laces.handle);
    expect(handles[0]).toBe(insoles.handle);
    expect(fromHistory[0]?.reason).toMatch(/^Goes with your (Trail boots|Spare laces)$/);

    const inView = await fresh.recommendProducts({
      productHandle: boots.handle,
      customerId: String(customer.id),
      language: "en",
      limit: 4,
    });
    expect(inView.map((card) => card.handle)).not.toContain(laces.handle);
  });

  it("answers a described need with price and type filters: 'a gift under 50 for a runner'", async () => {
    const cheap = buildProduct({
      title: "Running headband",
      productType: "Running",
      tags: ["gift"],
    });
    const pricey = buildProduct({ title: "Running jacket", productType: "Running" });
    for (const variant of pricey.variants) variant.price = "120.00";
    shop.data.products.push(cheap, pricey);

    const cards = await answers().recommendProducts({
      need: { text: "a gift for a runner", maxPrice: 50 },
      language: "en",
      limit: 5,
    });
    expect(cards.length).toBeGreaterThan(0);
    expect(cards[0]?.handle).toBe(cheap.handle);
    expect(cards.map((card) => card.handle)).not.toContain(pricey.handle);
    for (const card of cards) expect(Number(card.price.amount)).toBeLessThanOrEqual(50);
    expect(cards[0]?.reason).toContain("Under $50.00");

    const chinese = await answers().recommendProducts({
      need: { text: "跑步的礼物", maxPrice: 50, productType: "Running" },
      language: "zh-CN",
      limit: 5,
    });
    expect(chinese.map((card) => card.handle)).toEqual([cheap.handle]);
    expect(chinese[0]?.reason).toContain("低于");
  });
  it("finds an English catalogue's products for a need written in another language", async () => {
    const shell = buildProduct({
      title: "Squall Rain Shell",
      productType: "Jackets",
      tags: ["waterproof"],
    });
    const bottle = buildProduct({ title: "Squall Water Bottle", productType: "Bottles" });
    const cap = buildProduct({ title: "Squall Cap", productType: "Hats" });
    for (const product of [shell, bottle, cap])
      for (const variant of product.variants) variant.price = "3.00";
    shop.data.products.push(shell, bottle, cap);
    const first = async (text: string, language: string) =>
      (await answers().recommendProducts({ need: { text, maxPrice: 5 }, language, limit: 3 }))[0];
    const italian = await first("cerco una giacca impermeabile", "it");
    expect(italian?.handle).toBe(shell.handle);
    // The reason quotes the shopper's words, not the catalogue's they were searched as.
    expect(italian?.reason).toContain("giacca, impermeabile");
    expect((await first("推荐一件防水外套", "zh-CN"))?.handle).toBe(shell.handle);
    expect((await first("busco una botella", "es"))?.handle).toBe(bottle.handle);
    expect((await first("水筒がほしい", "ja"))?.handle).toBe(bottle.handle);
    // A three-letter word is a need too, found by the product's type, not only its title.
    expect((await first("any hat for me?", "en"))?.handle).toBe(cap.handle);
  });

  it("keeps what goes with the product in view within the shopper's budget", async () => {
    const lamp = buildProduct({ title: "Camp lamp", productType: "Camp lights" });
    const wick = buildProduct({
      title: "Lamp wick",
      productType: "Camp lights",
      ...buildVariants({ options: [{ name: "Size", values: ["S", "M"] }], price: "0.90" }),
    });
    const lantern = buildProduct({ title: "Big lantern", productType: "Camp lights" });
    shop.data.products.push(lamp, wick, lantern);
    const cards = await answers().recommendProducts({
      productHandle: lamp.handle,
      need: { text: "anything for it", maxPrice: 1 },
      language: "en",
      limit: 3,
    });
    // The lantern (40.00) is of the same type as the lamp, but over the budget.
    expect(cards.map((card) => card.handle)).toEqual([wick.handle]);
  });
});
