import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NonLoopbackRequestError, createLoopbackFetch } from "../transport";
import { TEST_API_KEY, TEST_API_SECRET } from "./app-under-test";
import { startShopifyEmulator, type ShopifyEmulator } from "./index";

describe("createLoopbackFetch", () => {
  let emulator: ShopifyEmulator;
  const seen: string[] = [];
  const recordingFallback: typeof fetch = (input, init) => {
    seen.push(
      typeof input === "string" ? input : input instanceof URL ? input.toString() : input.url,
    );
    return fetch(input, init);
  };

  beforeAll(async () => {
    emulator = await startShopifyEmulator({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: "http://127.0.0.1:9",
    });
  });
  afterAll(() => emulator.close());

  it("sends https://{shop}.myshopify.com/... to the Shopify emulator under /{shop}/...", async () => {
    const loopbackFetch = createLoopbackFetch({
      shopifyEmulatorUrl: emulator.url,
      fallback: recordingFallback,
    });
    const token = emulator.seedAccessToken("concierge-demo.myshopify.com");
    const response = await loopbackFetch(
      "https://concierge-demo.myshopify.com/admin/api/2025-07/graphql.json?x=1",
      {
        method: "POST",
        headers: { "content-type": "application/json", "x-shopify-access-token": token },
        body: JSON.stringify({ query: "{ shop { name } }" }),
      },
    );
    expect(response.status).toBe(200);
    expect(seen.at(-1)).toBe(
      `${emulator.url}/concierge-demo.myshopify.com/admin/api/2025-07/graphql.json?x=1`,
    );
    const viaRequest = await loopbackFetch(
      new Request("https://concierge-demo.myshopify.com/admin/api/2025-07/graphql.json", {
        method: "POST",
        headers: { "content-type": "application/json", "x-shopify-access-token": token },
        body: JSON.stringify({ query: "{ shop { name } }" }),
      }),
    );
    expect(await viaRequest.json()).toMatchObject({
      data: { shop: { name: "Northwind Outfitters" } },
    });
  });

  it("sends *.zendesk.com to the Zendesk emulator under /{subdomain}/...", async () => {
    const urls: string[] = [];
    const loopbackFetch = createLoopbackFetch({
      shopifyEmulatorUrl: emulator.url,
      zendeskEmulatorUrl: "http://127.0.0.1:5999",
      fallback: async (input) => {
        urls.push(String(input));
        return new Response("{}");
      },
    });
    await loopbackFetch("https://northwind.zendesk.com/api/v2/tickets.json?page=2");
    expect(urls).toEqual(["http://127.0.0.1:5999/northwind/api/v2/tickets.json?page=2"]);
  });

  it("passes loopback URLs through and refuses every other host, Zendesk too without its emulator", async () => {
    const loopbackFetch = createLoopbackFetch({
      shopifyEmulatorUrl: emulator.url,
      fallback: recordingFallback,
    });
    expect((await loopbackFetch(`${emulator.url}/app-bridge.js`)).status).toBe(200);
    await expect(loopbackFetch("https://example.com/")).rejects.toBeInstanceOf(
      NonLoopbackRequestError,
    );
    await expect(
      loopbackFetch("https://cdn.shopify.com/shopifycloud/app-bridge.js"),
    ).rejects.toThrow(/Refusing a request/);
    await expect(
      loopbackFetch("https://acme.zendesk.com/api/v2/tickets.json"),
    ).rejects.toBeInstanceOf(NonLoopbackRequestError);
    await expect(loopbackFetch("http://10.0.0.1/")).rejects.toBeInstanceOf(NonLoopbackRequestError);
  });
});
