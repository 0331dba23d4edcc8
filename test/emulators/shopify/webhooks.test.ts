import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TEST_API_KEY,
  TEST_API_SECRET,
  createTestShopifyApi,
  startAppUnderTest,
} from "./app-under-test";
import { startShopifyEmulator, type ShopifyEmulator } from "./index";

const SHOP = "concierge-demo.myshopify.com";

describe("Shopify emulator webhooks", () => {
  let emulator: ShopifyEmulator;
  let app: Awaited<ReturnType<typeof startAppUnderTest>>;

  beforeAll(async () => {
    app = await startAppUnderTest();
    emulator = await startShopifyEmulator({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: app.url,
    });
    app.configure(createTestShopifyApi({ hostName: app.hostName, emulatorUrl: emulator.url }));
  });
  afterAll(async () => {
    await emulator.close();
    await app.close();
  });

  const lastWebhook = () => {
    const webhook = app.received.webhooks.at(-1);
    if (!webhook) throw new Error("no webhook received");
    return { ...webhook, json: JSON.parse(webhook.body) as Record<string, unknown> };
  };

  it("signs deliveries so shopify.webhooks.validate accepts them, with every Shopify header", async () => {
    const status = await emulator.deliverWebhook({
      shop: SHOP,
      topic: "app/uninstalled",
      webhookId: "wh-1",
      eventId: "ev-1",
    });
    expect(status).toBe(200);
    const webhook = lastWebhook();
    expect(webhook.verdict).toMatchObject({
      valid: true,
      topic: "APP_UNINSTALLED",
      domain: SHOP,
      apiVersion: "2025-07",
      webhookId: "wh-1",
    });
    expect(webhook.headers["x-shopify-event-id"]).toBe("ev-1");
    expect(Date.parse(String(webhook.headers["x-shopify-triggered-at"]))).not.toBeNaN();
    expect(webhook.json).toMatchObject({ myshopify_domain: SHOP, name: "Northwind Outfitters" });
  });

  it("sends a tampered HMAC that the library rejects, so the app answers 401", async () => {
    const status = await emulator.deliverWebhook({
      shop: SHOP,
      topic: "shop/redact",
      tamperHmac: true,
    });
    expect(status).toBe(401);
    expect(lastWebhook().verdict).toMatchObject({ valid: false });
  });

  it("builds compliance payloads from the shop's data", async () => {
    const data = emulator.shop(SHOP);
    const customer = data.customers[0];
    if (!customer) throw new Error("no customer");
    const orderIds = data.orders
      .filter((order) => order.customerId === customer.id)
      .map((order) => order.id);

    await emulator.deliverWebhook({
      shop: SHOP,
      topic: "customers/data_request",
      resourceId: customer.id,
    });
    expect(lastWebhook().json).toEqual({
      shop_id: data.id,
      shop_domain: SHOP,
      orders_requested: orderIds,
      customer: { id: customer.id, email: customer.email, phone: customer.phone },
      data_request: { id: expect.any(Number) },
    });
    await emulator.deliverWebhook({
      shop: SHOP,
      topic: "customers/redact",
      resourceId: customer.id,
    });
    expect(lastWebhook().json).toEqual({
      shop_id: data.id,
      shop_domain: SHOP,
      customer: { id: customer.id, email: customer.email, phone: customer.phone },
      orders_to_redact: orderIds,
    });
    await emulator.deliverWebhook({ shop: SHOP, topic: "shop/redact" });
    expect(lastWebhook().json).toEqual({ shop_id: data.id, shop_domain: SHOP });
  });

  it("builds products/update and orders/updated payloads with REST field names, reflecting changed data", async () => {
    const data = emulator.shop(SHOP);
    const product = data.products[1];
    if (!product) throw new Error("no product");
    product.title = "Summit Hiking Boot II";
    await emulator.deliverWebhook({ shop: SHOP, topic: "products/update", resourceId: product.id });
    const productJson = lastWebhook().json;
    expect(productJson).toMatchObject({
      id: product.id,
      admin_graphql_api_id: `gid://shopify/Product/${product.id}`,
      title: "Summit Hiking Boot II",
      handle: product.handle,
    });
    expect(productJson.variants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sku: product.variants[0]?.sku,
          price: product.variants[0]?.price,
        }),
      ]),
    );

    const order = data.orders.find((entry) =>
      entry.fulfillments.some((fulfillment) => fulfillment.trackingInfo.length > 0),
    );
    if (!order) throw new Error("no shipped order");
    await emulator.deliverWebhook({
      shop: SHOP,
      topic: "orders/updated",
      resourceId: order.id,
      path: "/webhooks",
    });
    const orderJson = lastWebhook().json;
    expect(orderJson).toMatchObject({
      id: order.id,
      name: `#${order.number}`,
      order_number: order.number,
      email: order.email,
    });
    expect(orderJson.fulfillments).toEqual([
      expect.objectContaining({
        tracking_company: order.fulfillments[0]?.trackingInfo[0]?.company,
        tracking_number: order.fulfillments[0]?.trackingInfo[0]?.number,
      }),
    ]);
  });

  it("uninstallApp revokes the shop's tokens before telling the app", async () => {
    const token = emulator.seedAccessToken(SHOP);
    const status = await emulator.uninstallApp({ shop: SHOP });
    expect(status).toBe(200);
    expect(lastWebhook().headers["x-shopify-topic"]).toBe("app/uninstalled");
    expect(emulator.issuedAccessTokens(SHOP)).toEqual([]);
    const response = await fetch(`${emulator.url}/${SHOP}/admin/api/2025-07/graphql.json`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-shopify-access-token": token },
      body: JSON.stringify({ query: "{ shop { name } }" }),
    });
    expect(response.status).toBe(401);
  });

  it("delivers a webhook asked for over POST /__control/webhooks (from another process)", async () => {
    const response = await fetch(`${emulator.url}/__control/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        shop: SHOP,
        topic: "app/uninstalled",
        payload: { custom: true },
        webhookId: "from-control",
      }),
    });
    expect(await response.json()).toEqual({ status: 200 });
    expect(lastWebhook()).toMatchObject({
      json: { custom: true },
      verdict: { valid: true, webhookId: "from-control" },
    });
  });
});
