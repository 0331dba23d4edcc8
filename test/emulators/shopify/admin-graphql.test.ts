import { GraphqlQueryError, Session } from "@shopify/shopify-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TEST_API_KEY,
  TEST_API_SECRET,
  createTestShopifyApi,
  type TestShopifyApi,
} from "./app-under-test";
import { createDemoShop, startShopifyEmulator, type ShopifyEmulator } from "./index";

const SHOP = "concierge-demo.myshopify.com";

interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe("Shopify emulator Admin GraphQL", () => {
  let emulator: ShopifyEmulator;
  let shopify: TestShopifyApi;
  let session: Session;

  const request = async <T>(query: string, variables?: Record<string, unknown>) => {
    const client = new shopify.clients.Graphql({ session });
    const response = await client.request<T>(query, { variables });
    if (!response.data) throw new Error("no data");
    return response.data;
  };

  beforeAll(async () => {
    emulator = await startShopifyEmulator({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: "http://127.0.0.1:9",
      shops: [createDemoShop(7)],
    });
    shopify = createTestShopifyApi({ hostName: "127.0.0.1:9", emulatorUrl: emulator.url });
    session = new Session({
      id: `offline_${SHOP}`,
      shop: SHOP,
      state: "",
      isOnline: false,
      accessToken: emulator.seedAccessToken(SHOP),
    });
  });
  afterAll(() => emulator.close());

  it("answers shop with Shopify's field names", async () => {
    const data = await request<{ shop: Record<string, unknown> }>(
      "{ shop { id name email myshopifyDomain currencyCode ianaTimezone primaryDomain { url } plan { displayName } } }",
    );
    expect(data.shop).toMatchObject({
      id: expect.stringMatching(/^gid:\/\/shopify\/Shop\/\d+$/),
      name: "Northwind Outfitters",
      myshopifyDomain: SHOP,
      currencyCode: "USD",
      ianaTimezone: "America/Los_Angeles",
      primaryDomain: { url: emulator.storefrontUrl },
      plan: { displayName: "Basic" },
    });
  });

  it("finds an order by name with or without #, with money bags, fulfillments and line items", async () => {
    const query = `query($q: String!) { orders(first: 1, query: $q) { nodes {
      id name email displayFinancialStatus displayFulfillmentStatus statusPageUrl
      totalPriceSet { shopMoney { amount currencyCode } } subtotalPriceSet { shopMoney { amount } }
      customer { id displayName }
      fulfillments { status displayStatus trackingInfo { company number url } }
      lineItems(first: 5) { nodes { title quantity sku variant { id } product { id handle } } }
      shippingAddress { city countryCodeV2 } } } }`;
    const withHash = await request<{ orders: Connection<Record<string, unknown>> }>(query, {
      q: "name:#1001",
    });
    const withoutHash = await request<{ orders: Connection<Record<string, unknown>> }>(query, {
      q: "name:1001",
    });
    expect(withHash.orders.nodes).toHaveLength(1);
    expect(withHash.orders.nodes[0]).toEqual(withoutHash.orders.nodes[0]);
    const order = withHash.orders.nodes[0] as {
      name: string;
      id: string;
      totalPriceSet: { shopMoney: { amount: string; currencyCode: string } };
      statusPageUrl: string;
    };
    expect(order.name).toBe("#1001");
    expect(order.id).toBe("gid://shopify/Order/5001");
    expect(order.totalPriceSet.shopMoney.amount).toMatch(/^\d+\.\d{2}$/);
    expect(order.totalPriceSet.shopMoney.currencyCode).toBe("USD");
    expect(order.statusPageUrl.startsWith(emulator.storefrontUrl)).toBe(true);
  });

  it("filters orders by email, customer_id, status and financial/fulfillment status (ANDed)", async () => {
    const data = emulator.shop(SHOP);
    const customer = data.customers[0];
    if (!customer?.email) throw new Error("demo customer missing");
    const byEmail = await request<{ orders: Connection<{ email: string }> }>(
      `{ orders(first: 50, query: "email:${customer.email}") { nodes { email } } }`,
    );
    expect(byEmail.orders.nodes.length).toBe(
      data.orders.filter((order) => order.email === customer.email).length,
    );
    expect(byEmail.orders.nodes.every((order) => order.email === customer.email)).toBe(true);

    const byCustomer = await request<{ orders: Connection<{ customer: { id: string } }> }>(
      `{ orders(first: 50, query: "customer_id:${customer.id}") { nodes { customer { id } } } }`,
    );
    expect(byCustomer.orders.nodes.length).toBeGreaterThan(0);
    expect(
      byCustomer.orders.nodes.every(
        (order) => order.customer.id === `gid://shopify/Customer/${customer.id}`,
      ),
    ).toBe(true);

    const cancelled = await request<{ orders: Connection<{ cancelledAt: string | null }> }>(
      `{ orders(first: 50, query: "status:cancelled") { nodes { cancelledAt } } }`,
    );
    expect(cancelled.orders.nodes.length).toBeGreaterThan(0);
    expect(cancelled.orders.nodes.every((order) => order.cancelledAt !== null)).toBe(true);

    const paidUnshipped = await request<{
      orders: Connection<{ displayFinancialStatus: string; displayFulfillmentStatus: string }>;
    }>(
      `{ orders(first: 50, query: "financial_status:paid fulfillment_status:unshipped") { nodes { displayFinancialStatus displayFulfillmentStatus } } }`,
    );
    expect(paidUnshipped.orders.nodes.length).toBeGreaterThan(0);
    expect(
      paidUnshipped.orders.nodes.every(
        (order) =>
          order.displayFinancialStatus === "PAID" &&
          order.displayFulfillmentStatus === "UNFULFILLED",
      ),
    ).toBe(true);

    const partial = await request<{ orders: Connection<{ displayFulfillmentStatus: string }> }>(
      `{ orders(first: 50, query: "fulfillment_status:partial") { nodes { displayFulfillmentStatus } } }`,
    );
    expect(partial.orders.nodes.length).toBeGreaterThan(0);
    expect(
      partial.orders.nodes.every(
        (order) => order.displayFulfillmentStatus === "PARTIALLY_FULFILLED",
      ),
    ).toBe(true);
  });

  it("sorts and paginates orders with cursors", async () => {
    const total = emulator.shop(SHOP).orders.length;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const data: { orders: Connection<{ name: string }> } = await request(
        `query($after: String) { orders(first: 7, after: $after, sortKey: ORDER_NUMBER, reverse: true) { nodes { name } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...data.orders.nodes.map((order) => order.name));
      if (!data.orders.pageInfo.hasNextPage) break;
      after = data.orders.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(seen[0]).toBe(`#${1000 + total}`);
    expect(seen.at(-1)).toBe("#1001");
  });

  it("answers a customer with orders newest first, amountSpent and numberOfOrders as UnsignedInt64", async () => {
    const data = emulator.shop(SHOP);
    const vip = data.customers.find((customer) => customer.tags.includes("VIP"));
    if (!vip) throw new Error("no VIP");
    const answer = await request<{
      customer: {
        displayName: string;
        tags: string[];
        numberOfOrders: string;
        amountSpent: { amount: string; currencyCode: string };
        locale: string;
        state: string;
        orders: Connection<{ processedAt: string }>;
      };
    }>(
      `query($id: ID!) { customer(id: $id) { id firstName lastName displayName email phone tags numberOfOrders amountSpent { amount currencyCode } createdAt locale state
         orders(first: 10, sortKey: PROCESSED_AT, reverse: true) { nodes { processedAt name } pageInfo { hasNextPage endCursor } } } }`,
      { id: `gid://shopify/Customer/${vip.id}` },
    );
    expect(answer.customer.tags).toContain("VIP");
    expect(answer.customer.numberOfOrders).toBe(
      String(data.orders.filter((order) => order.customerId === vip.id).length),
    );
    expect(Number(answer.customer.amountSpent.amount)).toBeGreaterThan(0);
    const dates = answer.customer.orders.nodes.map((order) => order.processedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("searches customers by email, tag and free text", async () => {
    const vips = await request<{ customers: Connection<{ tags: string[] }> }>(
      `{ customers(first: 50, query: "tag:VIP") { nodes { tags } } }`,
    );
    expect(vips.customers.nodes.length).toBeGreaterThan(0);
    expect(vips.customers.nodes.every((customer) => customer.tags.includes("VIP"))).toBe(true);
    const chinese = await request<{
      customers: Connection<{ displayName: string; locale: string }>;
    }>(`{ customers(first: 5, query: "王") { nodes { displayName locale } } }`);
    expect(chinese.customers.nodes[0]).toEqual({ displayName: "王芳", locale: "zh-CN" });
  });

  it("answers products by handle, identifier and search (product_type, tag, vendor, sku, price, title)", async () => {
    const fields = `id handle title description productType vendor tags status onlineStoreUrl totalInventory
      priceRangeV2 { minVariantPrice { amount currencyCode } maxVariantPrice { amount } }
      featuredImage { url altText } images(first: 2) { nodes { url } } options { name values }
      variants(first: 50) { nodes { id title sku price availableForSale inventoryQuantity selectedOptions { name value } } }
      collections(first: 5) { nodes { handle title } }
      metafields(first: 10, namespace: "custom") { nodes { namespace key value type } }
      material: metafield(namespace: "custom", key: "material") { value type }`;
    const byHandle = await request<{
      productByHandle: {
        handle: string;
        featuredImage: { url: string };
        onlineStoreUrl: string;
        metafields: Connection<{ key: string }>;
        material: { value: string };
      };
    }>(`{ productByHandle(handle: "summit-hiking-boot") { ${fields} } }`);
    expect(byHandle.productByHandle.handle).toBe("summit-hiking-boot");
    expect(byHandle.productByHandle.featuredImage.url).toBe(
      `${emulator.url}/static/products/summit-hiking-boot.svg`,
    );
    expect(byHandle.productByHandle.onlineStoreUrl).toBe(
      `${emulator.storefrontUrl}/products/summit-hiking-boot`,
    );
    expect(byHandle.productByHandle.metafields.nodes.map((node) => node.key)).toEqual([
      "material",
      "care",
      "shipping_note",
    ]);
    expect(byHandle.productByHandle.material.value).toContain("leather");
    const byIdentifier = await request<{ productByIdentifier: { handle: string } }>(
      `{ productByIdentifier(identifier: { handle: "summit-hiking-boot" }) { handle } }`,
    );
    expect(byIdentifier.productByIdentifier.handle).toBe("summit-hiking-boot");

    const image = await fetch(byHandle.productByHandle.featuredImage.url);
    expect(image.headers.get("content-type")).toBe("image/svg+xml");
    expect(await image.text()).toContain("<svg");

    const cheapSocks = await request<{
      products: Connection<{ handle: string; productType: string }>;
    }>(
      `{ products(first: 50, query: "product_type:Socks price:<25") { nodes { handle productType } } }`,
    );
    const expectedSocks = emulator
      .shop(SHOP)
      .products.filter(
        (product) =>
          product.productType === "Socks" &&
          product.variants.some((variant) => Number(variant.price) < 25),
      )
      .map((product) => product.handle);
    expect(expectedSocks.length).toBeGreaterThan(0);
    expect(cheapSocks.products.nodes.map((product) => product.handle)).toEqual(expectedSocks);
    const tagged = await request<{ products: Connection<{ tags: string[]; vendor: string }> }>(
      `{ products(first: 50, query: "tag:waterproof vendor:'Northwind Outfitters'") { nodes { tags vendor } } }`,
    );
    expect(tagged.products.nodes.length).toBeGreaterThan(0);
    expect(tagged.products.nodes.every((product) => product.tags.includes("waterproof"))).toBe(
      true,
    );
    const bySku = await request<{ products: Connection<{ handle: string }> }>(
      `{ products(first: 5, query: "sku:NW-SH-002-8-*") { nodes { handle } } }`,
    );
    expect(bySku.products.nodes.map((product) => product.handle)).toEqual(["summit-hiking-boot"]);
    const freeText = await request<{ products: Connection<{ title: string }> }>(
      `{ products(first: 10, query: "tent") { nodes { title } } }`,
    );
    expect(freeText.products.nodes.length).toBe(3);
    const byTitle = await request<{ products: Connection<{ title: string }> }>(
      `{ products(first: 10, query: "title:Camp*", sortKey: TITLE) { nodes { title } } }`,
    );
    expect(byTitle.products.nodes.map((product) => product.title)).toEqual([
      "Camp Slip-On",
      "Lumen Camp Lantern",
      "Packable Camp Chair",
      "Pocket Rocket Camp Stove",
    ]);
  });

  it("answers productVariant and collections", async () => {
    const variantId = emulator.shop(SHOP).products[0]?.variants[0]?.id;
    const data = await request<{
      productVariant: { id: string; product: { handle: string } };
      collections: Connection<{ handle: string; products: Connection<{ handle: string }> }>;
    }>(
      `query($id: ID!) { productVariant(id: $id) { id product { handle } } collections(first: 20) { nodes { handle products(first: 3) { nodes { handle } } } } }`,
      { id: `gid://shopify/ProductVariant/${variantId}` },
    );
    expect(data.productVariant.product.handle).toBe("ridgeline-trail-runner");
    expect(data.collections.nodes.map((collection) => collection.handle)).toContain("footwear");
  });

  it("cancels an unfulfilled order with orderCancel and reports the job", async () => {
    const data = emulator.shop(SHOP);
    const order = data.orders.find(
      (entry) =>
        entry.fulfillments.length === 0 && !entry.cancelledAt && entry.financialStatus === "PAID",
    );
    if (!order) throw new Error("no cancellable order");
    const mutation = `mutation($id: ID!) { orderCancel(orderId: $id, reason: CUSTOMER, refund: true, restock: true, notifyCustomer: false) { job { id done } orderCancelUserErrors { field message code } } }`;
    const first = await request<{
      orderCancel: { job: { id: string; done: boolean }; orderCancelUserErrors: unknown[] };
    }>(mutation, { id: `gid://shopify/Order/${order.id}` });
    expect(first.orderCancel.orderCancelUserErrors).toEqual([]);
    expect(first.orderCancel.job.id).toMatch(/^gid:\/\/shopify\/Job\//);
    const job = await request<{ job: { done: boolean } }>(
      `query($id: ID!) { job(id: $id) { done } }`,
      { id: first.orderCancel.job.id },
    );
    expect(job.job.done).toBe(true);
    const after = await request<{
      order: { cancelledAt: string; cancelReason: string; displayFinancialStatus: string };
    }>(`query($id: ID!) { order(id: $id) { cancelledAt cancelReason displayFinancialStatus } }`, {
      id: `gid://shopify/Order/${order.id}`,
    });
    expect(after.order).toMatchObject({
      cancelReason: "CUSTOMER",
      displayFinancialStatus: "REFUNDED",
    });
    const again = await request<{
      orderCancel: { job: null; orderCancelUserErrors: { code: string }[] };
    }>(mutation, { id: `gid://shopify/Order/${order.id}` });
    expect(again.orderCancel.job).toBeNull();
    expect(again.orderCancel.orderCancelUserErrors[0]?.code).toBe("INVALID");
  });

  it("requests a return for a delivered order's fulfillment line item with returnRequest", async () => {
    const data = emulator.shop(SHOP);
    const order = data.orders.find(
      (entry) =>
        entry.fulfillments.some((fulfillment) => fulfillment.displayStatus === "DELIVERED") &&
        entry.returns.length === 0 &&
        !entry.cancelledAt,
    );
    if (!order) throw new Error("no delivered order");
    const orderId = `gid://shopify/Order/${order.id}`;
    const returnable = await request<{
      returnableFulfillments: Connection<{
        returnableFulfillmentLineItems: Connection<{
          quantity: number;
          fulfillmentLineItem: { id: string; lineItem: { title: string } };
        }>;
      }>;
    }>(
      `query($id: ID!) { returnableFulfillments(orderId: $id, first: 5) { nodes { id returnableFulfillmentLineItems(first: 10) { nodes { quantity fulfillmentLineItem { id lineItem { title } } } } } } }`,
      { id: orderId },
    );
    const line =
      returnable.returnableFulfillments.nodes[0]?.returnableFulfillmentLineItems.nodes[0];
    if (!line) throw new Error("nothing returnable");
    const created = await request<{
      returnRequest: {
        return: {
          name: string;
          status: string;
          returnLineItems: Connection<{ quantity: number; returnReason: string }>;
        };
        userErrors: unknown[];
      };
    }>(
      `mutation($input: ReturnRequestInput!) { returnRequest(input: $input) { return { id name status returnLineItems(first: 5) { nodes { quantity returnReason } } } userErrors { field message code } } }`,
      {
        input: {
          orderId,
          returnLineItems: [
            {
              fulfillmentLineItemId: line.fulfillmentLineItem.id,
              quantity: line.quantity,
              returnReason: "SIZE_TOO_SMALL",
              customerNote: "Too tight",
            },
          ],
        },
      },
    );
    expect(created.returnRequest.userErrors).toEqual([]);
    expect(created.returnRequest.return).toMatchObject({
      name: `#${order.number}-R1`,
      status: "REQUESTED",
    });
    const status = await request<{ order: { returnStatus: string } }>(
      `query($id: ID!) { order(id: $id) { returnStatus } }`,
      { id: orderId },
    );
    expect(status.order.returnStatus).toBe("RETURN_REQUESTED");
    const tooMany = await request<{
      returnRequest: { return: null; userErrors: { code: string }[] };
    }>(
      `mutation($input: ReturnRequestInput!) { returnRequest(input: $input) { return { id } userErrors { field message code } } }`,
      {
        input: {
          orderId,
          returnLineItems: [
            {
              fulfillmentLineItemId: line.fulfillmentLineItem.id,
              quantity: 1,
              returnReason: "OTHER",
            },
          ],
        },
      },
    );
    expect(tooMany.returnRequest.return).toBeNull();
    expect(tooMany.returnRequest.userErrors[0]?.code).toBe("INVALID");
  });

  it("answers unknown fields and syntax errors with 200 and errors[] like Shopify", async () => {
    const client = new shopify.clients.Graphql({ session });
    const error = await client.request("{ shop { nonsense } }").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphqlQueryError);
    expect((error as GraphqlQueryError).body?.errors).toMatchObject({
      graphQLErrors: [{ message: "Field 'nonsense' doesn't exist on type 'Shop'" }],
    });

    const raw = await fetch(`${emulator.url}/${SHOP}/admin/api/2025-07/graphql.json`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-shopify-access-token": session.accessToken ?? "",
      },
      body: JSON.stringify({ query: "{ shop { name " }),
    });
    expect(raw.status).toBe(200);
    const body = (await raw.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/Syntax Error/);
  });

  it("requires first or last on connections", async () => {
    const raw = await fetch(`${emulator.url}/${SHOP}/admin/api/2025-07/graphql.json`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-shopify-access-token": session.accessToken ?? "",
      },
      body: JSON.stringify({ query: "{ products { nodes { id } } }" }),
    });
    const body = (await raw.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toBe("you must provide one of first or last");
  });

  it("keeps shops apart: a token of one shop does not open another", async () => {
    const two = await startShopifyEmulator({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: "http://127.0.0.1:9",
      shops: [
        createDemoShop(1),
        createDemoShop(2, { domain: "second-shop.myshopify.com", name: "Second Shop" }),
      ],
    });
    try {
      const secondToken = two.seedAccessToken("second-shop.myshopify.com");
      const ask = (shop: string) =>
        fetch(`${two.url}/${shop}/admin/api/2025-07/graphql.json`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-shopify-access-token": secondToken },
          body: JSON.stringify({ query: "{ shop { name myshopifyDomain } }" }),
        });
      expect(await (await ask("second-shop.myshopify.com")).json()).toMatchObject({
        data: { shop: { name: "Second Shop", myshopifyDomain: "second-shop.myshopify.com" } },
      });
      expect((await ask(SHOP)).status).toBe(401);
      expect((await ask("unknown-shop.myshopify.com")).status).toBe(404);
    } finally {
      await two.close();
    }
  });

  it("answers 401 with Shopify's message for a wrong access token", async () => {
    const response = await fetch(`${emulator.url}/${SHOP}/admin/api/2025-07/graphql.json`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-shopify-access-token": "shpat_wrong" },
      body: JSON.stringify({ query: "{ shop { name } }" }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: "[API] Invalid API key or access token (unrecognized login or wrong password)",
    });
  });
});
