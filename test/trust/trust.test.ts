import { readFileSync } from "node:fs";
import type Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateEncryptionKey } from "../../app/assistant/encryption";
import { webhookHmac } from "../emulators/shopify/signatures";
import { DEMO_SHOP, startAppStack, type AppStack } from "../support/app-stack";
import {
  createVictim,
  emptyTally,
  hostileProxyRequests,
  hostileWebhookRequests,
  hostileZendeskRequests,
  openRawDatabase,
  sendAndCheck,
  signedProxyUrl,
  type HostileRequest,
  type Victim,
} from "./hostile-requests";

const RUNS = 120;

describe("trust: the running app under hostile input", () => {
  let stack: AppStack;
  let database: Database.Database;
  let victim: Victim;

  beforeAll(async () => {
    process.env.CONCIERGE_ENCRYPTION_KEYS = generateEncryptionKey("test");
    stack = await startAppStack();
    await stack.install();
    database = openRawDatabase(stack);
    victim = await createVictim(stack);
  });
  afterAll(async () => {
    database?.close();
    await stack?.stop();
    delete process.env.CONCIERGE_ENCRYPTION_KEYS;
  });

  async function survives(arbitrary: fc.Arbitrary<HostileRequest>) {
    const tally = emptyTally();
    await fc.assert(
      fc.asyncProperty(arbitrary, async (request) => {
        await sendAndCheck(request, database, tally);
      }),
      { numRuns: RUNS },
    );
    expect(tally.serverErrors).toEqual([]);
    expect(tally.changedByRefused).toEqual([]);
    expect(tally.acceptedWhenRefusalExpected).toEqual([]);
    expect(tally.crossShopReads).toEqual([]);
    expect(tally.unsafeResponses).toEqual([]);
    expect(tally.unanswered).toEqual([]);
    expect([...tally.tried.values()].reduce((sum, count) => sum + count, 0)).toBe(RUNS);
  }

  it("App Proxy routes refuse forged, oversized, malformed, non-UTF-8 and cross-shop requests without a 5xx or a write", async () => {
    await survives(hostileProxyRequests(stack, victim));
  });

  it("Shopify webhooks refuse every forged delivery without a 5xx or a write", async () => {
    await survives(hostileWebhookRequests(stack));
  });

  it("Zendesk webhooks and the sidebar API refuse forged requests without a 5xx or a write", async () => {
    await survives(hostileZendeskRequests(stack));
  });

  it("answers the exact replay of a signed POST once", async () => {
    const url = signedProxyUrl(stack, "conversation");
    const body = JSON.stringify({
      visitorId: `replay-${crypto.randomUUID().slice(0, 12)}`,
      locale: "en",
      page: {},
    });
    const send = () =>
      fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body });
    expect((await send()).status).toBe(200);
    const before = Number(database.pragma("data_version", { simple: true }));
    const replay = await send();
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: { code: "invalid_request" } });
    expect(Number(database.pragma("data_version", { simple: true }))).toBe(before);
  });

  it("limits how fast one visitor may write, with Retry-After", async () => {
    const visitorId = `fast-${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 0; attempt < 32; attempt += 1) {
      const response = await fetch(signedProxyUrl(stack, "conversation"), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ visitorId, locale: "en", page: {} }),
      });
      statuses.push(response.status);
      retryAfter ??= response.headers.get("retry-after");
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it("sends security headers: JSON is never cached or sniffed; documents carry a CSP that keeps frame-ancestors", async () => {
    const api = await fetch(signedProxyUrl(stack, "conversation"), { method: "POST", body: "{" });
    expect(api.headers.get("cache-control")).toBe("no-store");
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");

    const page = await fetch(`${stack.appUrl}/auth/login`);
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/frame-ancestors [^;]*https:\/\/admin\.shopify\.com/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("default-src 'self'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("keeps chat PII out of the database file, and customers/redact and shop/redact leave none of it", async () => {
    const customerId = "880011";
    const email = "pii.person.zq@example.org";
    const words = "my secret parcel ZQ-77 never came";
    const visitorId = `pii-${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const started = await fetch(signedProxyUrl(stack, "conversation", { customerId }), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ visitorId, locale: "en", page: {} }),
    });
    const { conversation } = (await started.json()) as { conversation: { id: string } };
    for (const text of [words, `write to me at ${email}`]) {
      const posted = await fetch(signedProxyUrl(stack, "messages", { customerId }), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          visitorId,
          conversationId: conversation.id,
          text,
          locale: "en",
          page: {},
        }),
      });
      expect(posted.status).toBe(200);
    }
    const raw = () => {
      const file = stack.databaseUrl.replace(/^file:/, "");
      const read = (path: string) => {
        try {
          return readFileSync(path).toString("latin1");
        } catch {
          return "";
        }
      };
      return read(file) + read(`${file}-wal`);
    };
    expect(raw()).toContain(conversation.id);
    for (const detail of [email, words, "secret parcel"])
      expect(raw().includes(detail), detail).toBe(false);

    const deliver = async (topic: string, path: string, body: object) => {
      const text = JSON.stringify(body);
      const response = await fetch(`${stack.appUrl}${path}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "X-Shopify-Topic": topic,
          "X-Shopify-Shop-Domain": DEMO_SHOP,
          "X-Shopify-API-Version": "2025-07",
          "X-Shopify-Webhook-Id": crypto.randomUUID(),
          "X-Shopify-Hmac-Sha256": webhookHmac(stack.apiSecret, text),
        },
        body: text,
      });
      expect(response.status).toBe(200);
    };
    await deliver("customers/data_request", "/webhooks/customers/data_request", {
      shop_id: 1,
      shop_domain: DEMO_SHOP,
      customer: { id: Number(customerId), email },
      data_request: { id: 5 },
    });
    for (const detail of [email, words])
      expect(raw().includes(detail), `${detail} in the export`).toBe(false);
    await deliver("customers/redact", "/webhooks/customers/redact", {
      shop_id: 1,
      shop_domain: DEMO_SHOP,
      customer: { id: Number(customerId), email },
    });
    for (const detail of [email, words]) expect(raw().includes(detail), detail).toBe(false);

    await deliver("shop/redact", "/webhooks/shop/redact", { shop_id: 1, shop_domain: DEMO_SHOP });
    for (const detail of [victim.secret, email, "shpat_"])
      expect(raw().includes(detail), detail).toBe(false);
  });
});
