/**
 * Commerce answers under a realistic mixed conversation load, against the Shopify emulator adding
 * 150 ms to every Admin API call. Prints order-answer latency (p50/p95) on cache miss and hit, and
 * the share of commerce look-ups served from cache. Run: npm run bench:commerce
 */
import { performance } from "node:perf_hooks";
import { applyCommerceWebhook } from "../app/assistant/commerce/apply-commerce-webhook";
import {
  createAdminGateway,
  createCommerceAnswers,
  createCostLedger,
  createGuestAttemptLimits,
  createMemoryCommerceCache,
  createMemoryWebhookReceipts,
} from "../app/assistant/commerce/index";
import { SUPPORTED_LANGUAGES } from "../app/assistant/languages";
import type { CacheCounts } from "../app/assistant/commerce/index";
import {
  buildWebhookPayload,
  createDemoShop,
  startShopifyEmulator,
} from "../test/emulators/shopify";
import { createLoopbackFetch } from "../test/emulators/transport";

const ADMIN_LATENCY_MS = 150;
const CONVERSATIONS = 400;
const CONCURRENCY = 12;
const SHOP = "concierge-demo.myshopify.com";
const BUCKET = { maximumAvailable: 2000, restoreRate: 100 };

/** Deterministic, so two runs load the shop the same way. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** Skewed towards the first items: a few products get most questions. */
    popular: <T>(items: readonly T[]): T => items[Math.floor(next() ** 2.5 * items.length)]!,
  };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  const emulator = await startShopifyEmulator({
    apiKey: "bench-api-key",
    apiSecret: "bench-api-secret",
    appUrl: "http://127.0.0.1:9",
    shops: [createDemoShop(1)],
    ...BUCKET,
  });
  emulator.misbehave({ latencyMs: { graphql: ADMIN_LATENCY_MS } });
  const shopData = emulator.shop(SHOP);
  const accessToken = emulator.seedAccessToken(SHOP);
  const loopback = createLoopbackFetch({ shopifyEmulatorUrl: emulator.url });
  let adminCalls = 0;
  const transport = ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    adminCalls += 1;
    return loopback(input, init);
  }) as typeof fetch;

  const ledger = createCostLedger();
  const cache = createMemoryCommerceCache();
  const limits = createGuestAttemptLimits();
  const receipts = createMemoryWebhookReceipts();
  const random = createRandom(42);

  const customers = shopData.customers.filter((customer) =>
    shopData.orders.some((order) => order.customerId === customer.id),
  );
  const guestOrders = shopData.orders.filter((order) => order.email);
  const handles = shopData.products
    .filter((product) => product.status === "ACTIVE")
    .map((product) => product.handle);

  const orderLatency = { miss: [] as number[], hit: [] as number[] };
  const total: CacheCounts = { hits: 0, misses: 0 };
  let failures = 0;
  const failureReasons = new Map<string, number>();
  let webhooks = 0;

  /** One request of one conversation; the dialogue builds the answers per request, sharing the cache. */
  async function ask<T>(
    kind: "order" | "other",
    run: (answers: ReturnType<typeof createCommerceAnswers>) => Promise<T>,
  ) {
    const counts: CacheCounts = { hits: 0, misses: 0 };
    const gateway = createAdminGateway({
      shop: SHOP,
      accessToken,
      fetch: transport,
      timeoutMs: 3_000,
      ledger,
    });
    const answers = createCommerceAnswers({ gateway, cache, limits, counts });
    const started = performance.now();
    try {
      await run(answers);
    } catch (error) {
      failures += 1;
      const reason = error instanceof Error ? error.message : String(error);
      failureReasons.set(reason, (failureReasons.get(reason) ?? 0) + 1);
      return;
    }
    const elapsed = performance.now() - started;
    // The shopper reads the answer and types the next message (time-compressed: 5–20 s in life).
    await new Promise((resolve) => setTimeout(resolve, 200 + random.next() * 600));
    total.hits += counts.hits;
    total.misses += counts.misses;
    if (kind === "order") (counts.misses > 0 ? orderLatency.miss : orderLatency.hit).push(elapsed);
  }

  async function conversation(index: number) {
    const language = random.pick(SUPPORTED_LANGUAGES);
    const visitorId = `bench-visitor-${String(index).padStart(12, "0")}`;
    const roll = random.next();
    if (roll < 0.35) {
      const customer = random.pick(customers);
      await ask("order", (answers) =>
        answers.ordersOfCustomer({ customerId: String(customer.id), language }),
      );
      if (random.next() < 0.5)
        await ask("order", (answers) =>
          answers.ordersOfCustomer({ customerId: String(customer.id), language }),
        );
      if (random.next() < 0.3)
        await ask("other", (answers) =>
          answers.recommendProducts({ customerId: String(customer.id), language, limit: 4 }),
        );
    } else if (roll < 0.6) {
      const order = random.pick(guestOrders);
      const email = random.next() < 0.1 ? "wrong@example.com" : (order.email ?? "");
      await ask("order", (answers) =>
        answers.orderForGuest({
          orderNumber: String(order.number),
          contact: { email },
          visitorId,
          language,
        }),
      );
      if (random.next() < 0.4) {
        await ask("order", (answers) =>
          answers.orderForGuest({
            orderNumber: String(order.number),
            contact: { email },
            visitorId,
            language,
          }),
        );
      }
    } else if (roll < 0.85) {
      const handle = random.popular(handles);
      await ask("other", (answers) => answers.productFacts({ handle, language }));
      if (random.next() < 0.3)
        await ask("other", (answers) =>
          answers.recommendProducts({ productHandle: handle, language, limit: 4 }),
        );
    } else {
      const handle = random.popular(handles);
      await ask("other", (answers) =>
        answers.recommendProducts({ productHandle: handle, language, limit: 4 }),
      );
    }
    // Shops change while shoppers talk: now and then an order or product webhook invalidates entries.
    if (index % 25 === 0) {
      const order = random.pick(shopData.orders);
      webhooks += 1;
      await applyCommerceWebhook({
        shop: SHOP,
        topic: "orders/updated",
        webhookId: `bench-order-${index}`,
        payload: buildWebhookPayload({
          shop: shopData,
          topic: "orders/updated",
          resourceId: order.id,
          assetBaseUrl: emulator.url,
          storefrontUrl: emulator.storefrontUrl,
        }),
        cache,
        receipts,
      });
    }
    if (index % 40 === 0) {
      const product = random.popular(shopData.products);
      webhooks += 1;
      await applyCommerceWebhook({
        shop: SHOP,
        topic: "products/update",
        webhookId: `bench-product-${index}`,
        payload: buildWebhookPayload({
          shop: shopData,
          topic: "products/update",
          resourceId: product.id,
          assetBaseUrl: emulator.url,
          storefrontUrl: emulator.storefrontUrl,
        }),
        cache,
        receipts,
      });
    }
  }

  // A running app has warm connections, JIT and schemas: one untimed call of each kind, with its own cache.
  const warmUp = createCommerceAnswers({
    gateway: createAdminGateway({
      shop: SHOP,
      accessToken,
      fetch: transport,
      timeoutMs: 3_000,
      ledger,
    }),
    cache: createMemoryCommerceCache(),
    limits: createGuestAttemptLimits(),
  });
  const someGuestOrder = guestOrders[0]!;
  await Promise.all([
    warmUp.ordersOfCustomer({ customerId: String(customers[0]!.id), language: "en" }),
    warmUp.orderForGuest({
      orderNumber: String(someGuestOrder.number),
      contact: { email: someGuestOrder.email ?? "" },
      visitorId: "bench-warm-up-000000001",
      language: "en",
    }),
    warmUp.productFacts({ handle: handles[0]!, language: "en" }),
  ]);
  adminCalls = 0;

  const started = performance.now();
  let nextConversation = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (nextConversation < CONVERSATIONS) {
        const index = nextConversation;
        nextConversation += 1;
        await conversation(index);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await emulator.close();

  const lookups = total.hits + total.misses;
  console.log(
    `Commerce answers: ${CONVERSATIONS} conversations, ${CONCURRENCY} at a time, Admin API +${ADMIN_LATENCY_MS} ms per call`,
  );
  console.log(
    `  cost bucket: ${BUCKET.maximumAvailable} points, refilling ${BUCKET.restoreRate}/s (Shopify's standard plan)`,
  );
  console.log(
    `  order answers, cache miss: n=${orderLatency.miss.length}  p50 ${ms(percentile(orderLatency.miss, 50))}  p95 ${ms(percentile(orderLatency.miss, 95))}  max ${ms(percentile(orderLatency.miss, 100))}  (target p95 < 400 ms)`,
  );
  console.log(
    `  order answers, cache hit:  n=${orderLatency.hit.length}  p50 ${ms(percentile(orderLatency.hit, 50))}  p95 ${ms(percentile(orderLatency.hit, 95))}  max ${ms(percentile(orderLatency.hit, 100))}  (target p95 < 20 ms)`,
  );
  console.log(
    `  look-ups served from cache: ${((100 * total.hits) / Math.max(lookups, 1)).toFixed(1)}% (${total.hits} of ${lookups})`,
  );
  console.log(
    `  Admin API calls: ${adminCalls}; webhooks applied: ${webhooks}; failed answers: ${failures}; wall time ${seconds.toFixed(1)} s`,
  );
  for (const [reason, count] of failureReasons) console.log(`    failed ${count}×: ${reason}`);
  const missOk = percentile(orderLatency.miss, 95) < 400;
  const hitOk = percentile(orderLatency.hit, 95) < 20;
  console.log(`  targets: miss ${missOk ? "met" : "MISSED"}, hit ${hitOk ? "met" : "MISSED"}`);
}

await main();
