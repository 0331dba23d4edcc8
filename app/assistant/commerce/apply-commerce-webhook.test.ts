import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWebhookPayload } from "../../../test/emulators/shopify";
import { applyCommerceWebhook } from "./apply-commerce-webhook";
import { createCommerceAnswers } from "./index";
import { createMemoryWebhookReceipts } from "./webhook-receipts";
import {
  buildCustomer,
  buildFulfillment,
  buildLineItem,
  buildOrder,
  buildProduct,
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

function payloadFor(topic: "products/update" | "orders/updated", resourceId: number) {
  return buildWebhookPayload({
    shop: shop.data,
    topic,
    resourceId,
    assetBaseUrl: shop.emulator.url,
    storefrontUrl: shop.emulator.storefrontUrl,
  });
}

describe("commerce caches and webhooks", () => {
  it("GIVEN a cached product WHEN products/update arrives THEN the next answer has the new price; a repeat delivery does nothing", async () => {
    const product = buildProduct({ title: "Summit beanie" });
    shop.data.products.push(product);
    const answers = createCommerceAnswers({ gateway: shop.gateway(), cache: shop.cache });
    const receipts = createMemoryWebhookReceipts();

    expect(
      (await answers.productFacts({ handle: product.handle, language: "en" }))?.card.price.amount,
    ).toBe("40.00");
    shop.sent.length = 0;
    for (const variant of product.variants) variant.price = "32.00";
    expect(
      (await answers.productFacts({ handle: product.handle, language: "en" }))?.card.price.amount,
    ).toBe("40.00");
    expect(shop.sent).toEqual([]);

    const delivery = {
      shop: shop.data.domain,
      topic: "products/update",
      webhookId: "wh-product-1",
      payload: payloadFor("products/update", product.id),
      cache: shop.cache,
      receipts,
    };
    const applied = await applyCommerceWebhook(delivery);
    expect(applied).toMatchObject({ outcome: "applied" });
    expect(applied.outcome === "applied" && applied.invalidated).toBeGreaterThanOrEqual(1);

    const fresh = await answers.productFacts({ handle: product.handle, language: "en" });
    expect(fresh?.card.price.amount).toBe("32.00");
    expect(fresh?.facts).toMatchObject({ material: "Merino wool", care: "Machine wash cold" });
    expect(
      fresh?.variants.map(({ title, price, available }) => ({ title, price, available })),
    ).toEqual([
      { title: "S", price: "32.00", available: true },
      { title: "M", price: "32.00", available: false },
    ]);

    for (const variant of product.variants) variant.price = "28.00";
    expect(await applyCommerceWebhook(delivery)).toEqual({ outcome: "duplicate" });
    expect(
      (await answers.productFacts({ handle: product.handle, language: "en" }))?.card.price.amount,
    ).toBe("32.00");
  });

  it("GIVEN cached orders WHEN orders/updated arrives THEN the customer's list and the guest look-up both refresh", async () => {
    const product = buildProduct();
    shop.data.products.push(product);
    const customer = buildCustomer();
    shop.data.customers.push(customer);
    const items = [buildLineItem(product)];
    const order = buildOrder(shop.data, {
      customerId: customer.id,
      email: customer.email,
      lineItems: items,
      fulfillments: [buildFulfillment(items)],
    });
    shop.data.orders.push(order);
    const answers = createCommerceAnswers({ gateway: shop.gateway(), cache: shop.cache });
    const ask = () => answers.ordersOfCustomer({ customerId: String(customer.id), language: "en" });
    const askAsGuest = () =>
      answers.orderForGuest({
        orderNumber: String(order.number),
        contact: { email: customer.email ?? "" },
        visitorId: "visitor-webhook-000000001",
        language: "en",
      });

    expect((await ask())[0]?.status).toBe("shipped");
    expect(await askAsGuest()).toMatchObject({ kind: "found", order: { status: "shipped" } });
    const fulfillment = order.fulfillments[0]!;
    fulfillment.displayStatus = "DELIVERED";
    fulfillment.deliveredAt = new Date().toISOString();
    expect((await ask())[0]?.status).toBe("shipped");

    await applyCommerceWebhook({
      shop: shop.data.domain,
      topic: "orders/updated",
      webhookId: "wh-order-1",
      payload: payloadFor("orders/updated", order.id),
      cache: shop.cache,
      receipts: createMemoryWebhookReceipts(),
    });
    expect((await ask())[0]?.status).toBe("delivered");
    expect(await askAsGuest()).toMatchObject({ kind: "found", order: { status: "delivered" } });
  });

  it("ignores topics it does not handle and keeps shops apart", async () => {
    const receipts = createMemoryWebhookReceipts();
    expect(
      await applyCommerceWebhook({
        shop: shop.data.domain,
        topic: "app/uninstalled",
        webhookId: "wh-x",
        payload: {},
        cache: shop.cache,
        receipts,
      }),
    ).toEqual({ outcome: "ignored" });
    const first = await applyCommerceWebhook({
      shop: "other-shop.myshopify.com",
      topic: "products/delete",
      webhookId: "wh-same",
      payload: { id: 1 },
      cache: shop.cache,
      receipts,
    });
    const second = await applyCommerceWebhook({
      shop: shop.data.domain,
      topic: "products/delete",
      webhookId: "wh-same",
      payload: { id: 1 },
      cache: shop.cache,
      receipts,
    });
    expect(first.outcome).toBe("applied");
    expect(second.outcome).toBe("applied");
  });
});
