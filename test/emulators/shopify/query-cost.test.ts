import { GraphqlQueryError, Session } from "@shopify/shopify-api";
import { afterEach, describe, expect, it } from "vitest";
import { TEST_API_KEY, TEST_API_SECRET, createTestShopifyApi } from "./app-under-test";
import { startShopifyEmulator, type ShopifyEmulator } from "./index";

const SHOP = "concierge-demo.myshopify.com";

interface CostExtension {
  cost: {
    requestedQueryCost: number;
    actualQueryCost: number | null;
    throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
  };
}

describe("Shopify emulator query cost and throttling", () => {
  let emulator: ShopifyEmulator | null = null;
  afterEach(async () => {
    await emulator?.close();
    emulator = null;
  });

  async function start(bucket: { maximumAvailable?: number; restoreRate?: number } = {}) {
    emulator = await startShopifyEmulator({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: "http://127.0.0.1:9",
      ...bucket,
    });
    const token = emulator.seedAccessToken(SHOP);
    const started = emulator;
    const post = async (query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(`${started.url}/${SHOP}/admin/api/2025-07/graphql.json`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-shopify-access-token": token },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: (await response.json()) as {
          data?: unknown;
          errors?: unknown[];
          extensions: CostExtension;
        },
      };
    };
    return { emulator: started, token, post };
  }

  it("costs objects 1, scalars 0, connections 2 + first × node, mutations 10", async () => {
    const { post } = await start();
    const shop = await post("{ shop { name } }");
    expect(shop.body.extensions.cost.requestedQueryCost).toBe(1);
    expect(shop.body.extensions.cost.throttleStatus).toMatchObject({
      maximumAvailable: 2000,
      restoreRate: 100,
    });
    const nested = await post(
      "{ products(first: 10) { nodes { title variants(first: 5) { nodes { sku } } } pageInfo { hasNextPage } } }",
    );
    expect(nested.body.extensions.cost.requestedQueryCost).toBe(2 + 10 * (1 + 2 + 5 * 1));
    const edges = await post(
      "{ products(first: 10) { edges { cursor node { title featuredImage { url } } } } }",
    );
    expect(edges.body.extensions.cost.requestedQueryCost).toBe(2 + 10 * (1 + 1));
    const mutation = await post(
      `mutation { orderCancel(orderId: "gid://shopify/Order/1", reason: OTHER, restock: false) { job { id } orderCancelUserErrors { message } } }`,
    );
    expect(mutation.body.extensions.cost.requestedQueryCost).toBe(10 + 1 + 1);
  });

  it("charges the actual cost of what came back and reports it", async () => {
    // A near-zero restore rate keeps the figures exact however slow the machine is.
    const { post } = await start({ restoreRate: 0.001 });
    const answer = await post(
      `{ products(first: 10, query: "handle:summit-hiking-boot") { nodes { title variants(first: 5) { nodes { sku } } } } }`,
    );
    const cost = answer.body.extensions.cost;
    expect(cost.requestedQueryCost).toBe(82);
    expect(cost.actualQueryCost).toBe(2 + 1 * (1 + 2 + 5));
    expect(cost.throttleStatus).toEqual({
      maximumAvailable: 2000,
      currentlyAvailable: 2000 - 10,
      restoreRate: 0.001,
    });
  });

  it("answers THROTTLED with HTTP 200 when the bucket lacks the requested cost, then recovers at the restore rate", async () => {
    const { emulator: started, post } = await start({ maximumAvailable: 100, restoreRate: 10 });
    const query = "{ products(first: 30) { nodes { id } } }";
    const first = await post(query);
    expect(first.body.extensions.cost.actualQueryCost).toBe(32);
    await post(query);
    await post(query);
    const throttled = await post(query);
    expect(throttled.status).toBe(200);
    expect(throttled.body.errors).toEqual([
      {
        message: "Throttled",
        extensions: {
          code: "THROTTLED",
          documentation: "https://shopify.dev/api/usage/rate-limits",
        },
      },
    ]);
    expect(throttled.body.data).toBeUndefined();
    expect(throttled.body.extensions.cost.requestedQueryCost).toBe(32);
    expect(throttled.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(32);
    // A faster restore rate refills the bucket within a moment.
    started.misbehave({ throttle: { restoreRate: 1000 } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const recovered = await post(query);
    expect(recovered.body.errors).toBeUndefined();
    expect(recovered.body.extensions.cost.throttleStatus.restoreRate).toBe(1000);
  });

  it("surfaces THROTTLED to @shopify/shopify-api's GraphqlClient as a GraphqlQueryError", async () => {
    const { emulator: started, token } = await start({ maximumAvailable: 40, restoreRate: 1 });
    const shopify = createTestShopifyApi({ hostName: "127.0.0.1:9", emulatorUrl: started.url });
    const session = new Session({
      id: `offline_${SHOP}`,
      shop: SHOP,
      state: "",
      isOnline: false,
      accessToken: token,
    });
    const client = new shopify.clients.Graphql({ session });
    const ok = await client.request("{ products(first: 30) { nodes { id } } }");
    expect(ok.extensions).toMatchObject({ cost: { requestedQueryCost: 32, actualQueryCost: 32 } });
    const error = await client
      .request("{ products(first: 30) { nodes { id } } }")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphqlQueryError);
    expect(JSON.stringify((error as GraphqlQueryError).body)).toContain("THROTTLED");
  });

  it("refuses a single query above 1000 points with MAX_COST_EXCEEDED", async () => {
    const { post } = await start();
    const answer = await post(
      "{ orders(first: 250) { nodes { lineItems(first: 50) { nodes { title } } } } }",
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toMatchObject([
      { extensions: { code: "MAX_COST_EXCEEDED", maxCost: 1000 } },
    ]);
  });
});
