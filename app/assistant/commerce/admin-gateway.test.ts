import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ordersMatchingQuery } from "./admin-queries";
import { CommerceError } from "./commerce-error";
import { createCostLedger } from "./cost-ledger";
import { createCommerceAnswers, describeCommerceFailure } from "./index";
import { startCommerceTestShop } from "./test-factories";
import type { CommerceTestShop } from "./test-factories";

let shop: CommerceTestShop;

beforeAll(async () => {
  shop = await startCommerceTestShop();
});
afterEach(() => {
  shop.emulator.behaveNormally();
  shop.sent.length = 0;
});
afterAll(async () => {
  await shop.close();
});

const someOrder = () => ({ query: `name:"#${shop.data.orders[0]?.number}"` });

describe("Admin API gateway", () => {
  it("posts to the pinned API version and parses the answer", async () => {
    const data = await shop
      .gateway()
      .request({ operation: ordersMatchingQuery, variables: someOrder() });
    expect(data.orders.nodes[0]?.name).toBe(`#${shop.data.orders[0]?.number}`);
  });

  it("GIVEN an empty cost bucket WHEN a query is THROTTLED THEN it backs off and succeeds", async () => {
    shop.emulator.misbehave({ throttle: { currentlyAvailable: 0, restoreRate: 200 } });
    const ledger = createCostLedger();
    const data = await shop
      .gateway({ ledger })
      .request({ operation: ordersMatchingQuery, variables: someOrder() });
    expect(data.orders.nodes).toHaveLength(1);
    // THROTTLED once; the answer's throttleStatus told the gateway how long to wait, so one retry did it.
    expect(shop.sent).toEqual(["OrdersMatching", "OrdersMatching"]);
  });

  it("waits for the bucket to refill before sending, instead of being THROTTLED", async () => {
    shop.emulator.misbehave({ throttle: { currentlyAvailable: 0, restoreRate: 1000 } });
    const ledger = createCostLedger();
    ledger.record({
      shop: shop.data.domain,
      status: { maximumAvailable: 2000, currentlyAvailable: 0, restoreRate: 1000 },
      now: Date.now(),
    });
    await shop
      .gateway({ ledger })
      .request({ operation: ordersMatchingQuery, variables: someOrder() });
    // Sent too early, the empty bucket would have answered THROTTLED and a second request would follow.
    expect(shop.sent).toEqual(["OrdersMatching"]);
  });

  it("gives up with a typed `throttled` error when the bucket cannot refill in time", async () => {
    shop.emulator.misbehave({ throttle: { currentlyAvailable: 0, restoreRate: 1 } });
    const gateway = shop.gateway({ ledger: createCostLedger(), timeoutMs: 600 });
    await expect(
      gateway.request({ operation: ordersMatchingQuery, variables: someOrder() }),
    ).rejects.toMatchObject({ code: "throttled" });
  });

  it("GIVEN a hanging Admin API WHEN the shopper asks THEN a typed timeout arrives on time and reads gracefully", async () => {
    shop.emulator.misbehave({ hang: true });
    const answers = createCommerceAnswers({
      gateway: shop.gateway({ timeoutMs: 300 }),
      cache: shop.cache,
    });
    const started = Date.now();
    const failure = await answers
      .ordersOfCustomer({ customerId: "424242", language: "en" })
      .catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(failure).toBeInstanceOf(CommerceError);
    expect(failure).toMatchObject({ code: "timeout" });
    expect(describeCommerceFailure({ error: failure, language: "en" })).toMatch(
      /slow to answer right now/,
    );
    expect(describeCommerceFailure({ error: failure, language: "zh-CN" })).toContain("响应较慢");
  });

  it("turns a rejected access token into `unauthorized`", async () => {
    const gateway = shop.gateway({ accessToken: "shpat_not_a_real_token" });
    await expect(
      gateway.request({ operation: ordersMatchingQuery, variables: someOrder() }),
    ).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("retries a query once after a 503, and reports `upstream` when it keeps failing", async () => {
    shop.emulator.misbehave({ failNext: 1, errorStatus: 503 });
    const data = await shop
      .gateway()
      .request({ operation: ordersMatchingQuery, variables: someOrder() });
    expect(data.orders.nodes).toHaveLength(1);

    shop.emulator.misbehave({ failNext: 2, errorStatus: 503 });
    await expect(
      shop.gateway().request({ operation: ordersMatchingQuery, variables: someOrder() }),
    ).rejects.toMatchObject({ code: "upstream" });
  });

  it("refuses a shop that is not a myshopify.com domain", () => {
    expect(() => shop.gateway({ shop: "evil.example.com" })).toThrow(/myshopify/);
  });
});
