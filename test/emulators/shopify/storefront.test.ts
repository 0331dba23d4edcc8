import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TEST_API_KEY,
  TEST_API_SECRET,
  createTestShopifyApi,
  startAppUnderTest,
  type TestShopifyApi,
} from "./app-under-test";
import { startShopifyEmulator, type ShopifyEmulator, type StorefrontPageInput } from "./index";
import { signAppProxyParams } from "./signatures";

const SHOP = "concierge-demo.myshopify.com";

describe("Shopify emulator storefront and App Proxy", () => {
  let emulator: ShopifyEmulator;
  let app: Awaited<ReturnType<typeof startAppUnderTest>>;
  let shopify: TestShopifyApi;
  const rendered: StorefrontPageInput[] = [];

  beforeAll(async () => {
    app = await startAppUnderTest();
    emulator = await startShopifyEmulator({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: app.url,
      renderStorefrontPage: (input) => {
        rendered.push(input);
        return `<html><body data-path="${input.path}">${input.product?.title ?? input.shop.name}</body></html>`;
      },
    });
    shopify = createTestShopifyApi({ hostName: app.hostName, emulatorUrl: emulator.url });
    app.configure(shopify);
  });
  afterAll(async () => {
    await emulator.close();
    await app.close();
  });

  const login = async (customerId: number) => {
    const response = await fetch(
      `${emulator.storefrontUrl}/account/login?customer_id=${customerId}`,
      { redirect: "manual" },
    );
    expect(response.status).toBe(302);
    return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  };

  it("forwards /apps/concierge/* to ${appUrl}/proxy/* with a signature the library accepts (guest)", async () => {
    const response = await fetch(`${emulator.storefrontUrl}/apps/concierge/messages?lang=fr`, {
      headers: { cookie: "_shopify_y=abc; cart=xyz" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ valid: true, path: "/proxy/messages", customer: "" });
    const forwarded = app.received.proxy.at(-1);
    expect(forwarded?.url.searchParams.get("lang")).toBe("fr");
    expect(forwarded?.url.searchParams.get("shop")).toBe(SHOP);
    expect(forwarded?.url.searchParams.get("path_prefix")).toBe("/apps/concierge");
    expect(forwarded?.url.searchParams.has("logged_in_customer_id")).toBe(true);
    expect(forwarded?.headers.cookie).toBeUndefined();
    expect(forwarded?.headers["x-forwarded-for"]).toBeTruthy();
    expect(forwarded?.headers["x-forwarded-host"]).toBe(new URL(emulator.storefrontUrl).host);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("adds the logged-in customer's id and forwards POST bodies with their content type", async () => {
    const customer = emulator.shop(SHOP).customers[2];
    if (!customer) throw new Error("no customer");
    const cookie = await login(customer.id);
    const response = await fetch(`${emulator.storefrontUrl}/apps/concierge/conversations`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ text: "Where is my order?" }),
    });
    expect(await response.json()).toEqual({
      valid: true,
      path: "/proxy/conversations",
      customer: String(customer.id),
    });
    const forwarded = app.received.proxy.at(-1);
    expect(forwarded?.method).toBe("POST");
    expect(forwarded?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(forwarded?.body ?? "{}")).toEqual({ text: "Where is my order?" });
  });

  it("replaces shopper-supplied shop, customer id and signature (no spoofing)", async () => {
    await fetch(
      `${emulator.storefrontUrl}/apps/concierge/x?logged_in_customer_id=6001&shop=evil.myshopify.com&signature=deadbeef`,
    );
    const forwarded = app.received.proxy.at(-1);
    expect(forwarded?.url.searchParams.getAll("logged_in_customer_id")).toEqual([""]);
    expect(forwarded?.url.searchParams.get("shop")).toBe(SHOP);
    expect(forwarded?.verdict).toBe(true);
  });

  it("signAppProxyQuery signs like Shopify: the library accepts it the way shopify-app-remix reads it", async () => {
    const query = emulator.signAppProxyQuery({
      shop: SHOP,
      loggedInCustomerId: 6001,
      params: { lang: "de" },
    });
    // authenticate.public.appProxy validates Object.fromEntries(searchParams), as here.
    expect(
      await shopify.utils.validateHmac(Object.fromEntries(query), { signator: "appProxy" }),
    ).toBe(true);
    expect(
      await shopify.utils.validateHmac(
        { ...Object.fromEntries(query), logged_in_customer_id: "6002" },
        { signator: "appProxy" },
      ),
    ).toBe(false);
    const stale = emulator.signAppProxyQuery({
      shop: SHOP,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    await expect(
      shopify.utils.validateHmac(Object.fromEntries(stale), { signator: "appProxy" }),
    ).rejects.toThrow(/timestamp/);
  });

  it("joins repeated keys with commas and sorts keys, with no separator between pairs", () => {
    const query = emulator.signAppProxyQuery({
      shop: SHOP,
      loggedInCustomerId: "",
      params: { ids: ["1", "2"] },
      timestamp: 1700000000,
    });
    const message = `ids=1,2logged_in_customer_id=path_prefix=/apps/conciergeshop=${SHOP}timestamp=1700000000`;
    expect(query.get("signature")).toBe(
      createHmac("sha256", TEST_API_SECRET).update(message).digest("hex"),
    );
    expect(signAppProxyParams(TEST_API_SECRET, new URLSearchParams("b=2&a=1&a=3"))).toBe(
      signAppProxyParams(TEST_API_SECRET, new URLSearchParams("a=1&a=3&b=2&signature=ignored")),
    );
  });

  it("renders home and product pages through renderStorefrontPage with customer and locale", async () => {
    const customer = emulator.shop(SHOP).customers[0];
    if (!customer) throw new Error("no customer");
    const cookie = await login(customer.id);
    const page = await fetch(`${emulator.storefrontUrl}/fr/products/summit-hiking-boot`, {
      headers: { cookie },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Summit Hiking Boot");
    expect(rendered.at(-1)).toMatchObject({
      path: "/products/summit-hiking-boot",
      locale: "fr",
      product: { handle: "summit-hiking-boot" },
      customer: { id: customer.id },
    });
    await fetch(`${emulator.storefrontUrl}/`);
    expect(rendered.at(-1)).toMatchObject({
      path: "/",
      product: null,
      customer: null,
      locale: "en",
    });
    expect((await fetch(`${emulator.storefrontUrl}/products/no-such-thing`)).status).toBe(404);
    const logout = await fetch(`${emulator.storefrontUrl}/account/logout`, {
      redirect: "manual",
      headers: { cookie },
    });
    expect(logout.headers.get("set-cookie")).toContain("Max-Age=0");
  });

  it("follows the Ajax Cart API: add (JSON and form), cart.js, clear, sold-out errors", async () => {
    const data = emulator.shop(SHOP);
    const inStock = data.products
      .flatMap((product) => product.variants)
      .find((variant) => variant.inventoryQuantity > 3);
    const soldOut = data.products
      .flatMap((product) => product.variants)
      .find((variant) => variant.inventoryQuantity === 0 && variant.inventoryPolicy === "DENY");
    if (!inStock || !soldOut) throw new Error("demo shop lacks stock variety");
    const first = await fetch(`${emulator.storefrontUrl}/cart/add.js`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: inStock.id, quantity: 2 }),
    });
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(await first.json()).toMatchObject({
      id: inStock.id,
      variant_id: inStock.id,
      quantity: 2,
      price: Math.round(Number(inStock.price) * 100),
    });
    const form = await fetch(`${emulator.storefrontUrl}/cart/add.js`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ id: String(inStock.id), quantity: "1" }),
    });
    expect(await form.json()).toMatchObject({ quantity: 3 });
    const cart = (await (
      await fetch(`${emulator.storefrontUrl}/cart.js`, { headers: { cookie } })
    ).json()) as { item_count: number; total_price: number; currency: string; items: unknown[] };
    expect(cart).toMatchObject({
      item_count: 3,
      total_price: Math.round(Number(inStock.price) * 100) * 3,
      currency: "USD",
    });
    const refused = await fetch(`${emulator.storefrontUrl}/cart/add.js`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ items: [{ id: soldOut.id, quantity: 1 }] }),
    });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      status: 422,
      message: "Cart Error",
      description: expect.stringContaining("sold out"),
    });
    const cleared = (await (
      await fetch(`${emulator.storefrontUrl}/cart/clear.js`, {
        method: "POST",
        headers: { cookie },
      })
    ).json()) as { item_count: number };
    expect(cleared.item_count).toBe(0);
  });

  it("serves an order status page at the statusPageUrl address", async () => {
    const order = emulator.shop(SHOP).orders[0];
    if (!order) throw new Error("no order");
    const data = emulator.shop(SHOP);
    const page = await fetch(
      `${emulator.storefrontUrl}/${data.id}/orders/${order.token}/authenticate?key=${order.token}`,
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`#${order.number}`);
  });
});
