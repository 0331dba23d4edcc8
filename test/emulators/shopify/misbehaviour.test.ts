import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TEST_API_KEY, TEST_API_SECRET } from "./app-under-test";
import { startShopifyEmulator, type ShopifyEmulator } from "./index";

const SHOP = "concierge-demo.myshopify.com";

describe("Shopify emulator misbehaviour switches", () => {
  let emulator: ShopifyEmulator;
  let token: string;

  const graphql = (signal?: AbortSignal) =>
    fetch(`${emulator.url}/${SHOP}/admin/api/2025-07/graphql.json`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-shopify-access-token": token },
      body: JSON.stringify({ query: "{ shop { name } }" }),
      signal,
    });
  const control = (path: string, body: unknown) =>
    fetch(`${emulator.url}/__control/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const timed = async <T>(action: () => Promise<T>) => {
    const started = performance.now();
    const result = await action();
    return { result, elapsed: performance.now() - started };
  };

  beforeAll(async () => {
    emulator = await startShopifyEmulator({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: "http://127.0.0.1:9",
    });
    token = emulator.seedAccessToken(SHOP);
  });
  beforeEach(() => emulator.behaveNormally());
  afterAll(() => emulator.close());

  it("adds a fixed latency", async () => {
    emulator.misbehave({ latencyMs: 300 });
    const { result, elapsed } = await timed(() => graphql());
    expect(result.status).toBe(200);
    expect(elapsed).toBeGreaterThanOrEqual(290);
  });

  it("adds latency per route kind only where asked", async () => {
    emulator.misbehave({ latencyMs: { storefront: 400 } });
    const finished: string[] = [];
    const [page] = await Promise.all([
      timed(() => fetch(`${emulator.storefrontUrl}/cart.js`)).then((outcome) => {
        finished.push("storefront");
        return outcome;
      }),
      graphql().then(() => finished.push("graphql")),
    ]);
    expect(page.result.status).toBe(200);
    expect(page.elapsed).toBeGreaterThanOrEqual(390);
    expect(finished).toEqual(["graphql", "storefront"]);
  });

  it("fails every request with the chosen status at errorRate 1, none at 0", async () => {
    emulator.misbehave({ errorRate: 1, errorStatus: 503 });
    const failed = await graphql();
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ errors: "Service Unavailable" });
    emulator.misbehave({ errorRate: 0 });
    expect((await graphql()).status).toBe(200);
  });

  it("fails about the asked share of requests at errorRate 0.5", async () => {
    emulator.misbehave({ errorRate: 0.5, errorStatus: 502 });
    const statuses = await Promise.all(
      Array.from({ length: 200 }, () => graphql().then((response) => response.status)),
    );
    const failures = statuses.filter((status) => status === 502).length;
    expect(failures).toBeGreaterThan(60);
    expect(failures).toBeLessThan(140);
    expect(statuses.every((status) => status === 200 || status === 502)).toBe(true);
  });

  it("hangs without answering until the client gives up", async () => {
    emulator.misbehave({ hang: true });
    const outcome = await graphql(AbortSignal.timeout(300)).then(
      () => "answered",
      (error: unknown) => (error instanceof Error ? error.name : "error"),
    );
    expect(outcome).toBe("TimeoutError");
    emulator.behaveNormally();
    expect((await graphql()).status).toBe(200);
  });

  it("fails exactly the next n requests with failNext", async () => {
    emulator.misbehave({ failNext: 2 });
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await graphql()).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
  });

  it("resizes and empties the cost bucket with throttle", async () => {
    emulator.misbehave({
      throttle: { maximumAvailable: 50, restoreRate: 0.5, currentlyAvailable: 0 },
    });
    const body = (await (await graphql()).json()) as {
      errors?: { extensions: { code: string } }[];
      extensions: { cost: { throttleStatus: { maximumAvailable: number; restoreRate: number } } };
    };
    expect(body.errors?.[0]?.extensions.code).toBe("THROTTLED");
    expect(body.extensions.cost.throttleStatus).toMatchObject({
      maximumAvailable: 50,
      restoreRate: 0.5,
    });
    emulator.behaveNormally();
    const normal = (await (await graphql()).json()) as {
      extensions: { cost: { throttleStatus: { maximumAvailable: number } } };
    };
    expect(normal.extensions.cost.throttleStatus.maximumAvailable).toBe(2000);
  });

  it("applies error switches to the routes listed in routes, and only those", async () => {
    emulator.misbehave({ errorRate: 1, routes: ["proxy"] });
    expect((await graphql()).status).toBe(200);
    expect((await fetch(`${emulator.storefrontUrl}/apps/concierge/ping`)).status).toBe(500);
  });

  it("takes the same switches over POST /__control/misbehave and clears them with /__control/reset", async () => {
    expect((await control("misbehave", { failNext: 1, errorStatus: 502 })).status).toBe(200);
    expect((await graphql()).status).toBe(502);
    // Switches add up: the error status set before still applies to the new error rate.
    expect((await control("misbehave", { errorRate: 1 })).status).toBe(200);
    expect((await graphql()).status).toBe(502);
    expect((await control("reset", {})).status).toBe(200);
    expect((await graphql()).status).toBe(200);
    expect((await control("misbehave", { errorStatus: 418 })).status).toBe(400);
  });
});
