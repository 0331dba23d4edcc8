import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { webhookHmac } from "../emulators/shopify/signatures";
import { openAppDatabase } from "../support/app-database";
import { DEMO_SHOP, startAppStack, type AppStack } from "../support/app-stack";
import { aVisitorId, postJson, proxyUrl } from "../support/storefront-requests";

function sendWebhook(
  stack: AppStack,
  options: { topic: string; path: string; body: string; hmac?: string | null; webhookId?: string },
): Promise<Response> {
  const headers = new Headers({
    "Content-Type": "application/json",
    "X-Shopify-Topic": options.topic,
    "X-Shopify-Shop-Domain": DEMO_SHOP,
    "X-Shopify-API-Version": "2025-07",
    "X-Shopify-Webhook-Id": options.webhookId ?? crypto.randomUUID(),
    "X-Shopify-Triggered-At": new Date().toISOString(),
    "X-Shopify-Event-Id": crypto.randomUUID(),
  });
  const hmac =
    options.hmac === undefined ? webhookHmac(stack.apiSecret, options.body) : options.hmac;
  if (hmac !== null) headers.set("X-Shopify-Hmac-Sha256", hmac);
  return fetch(`${stack.appUrl}${options.path}`, { method: "POST", headers, body: options.body });
}

describe("signed requests from Shopify", () => {
  let stack: AppStack;
  let database: PrismaClient;

  beforeAll(async () => {
    stack = await startAppStack();
    database = openAppDatabase(stack.databaseUrl);
  });
  afterAll(async () => {
    await database?.$disconnect();
    await stack?.stop();
  });
  beforeEach(async () => {
    if ((await database.session.count({ where: { shop: DEMO_SHOP } })) === 0) await stack.install();
  });

  describe("app/uninstalled webhook", () => {
    const body = JSON.stringify({ id: 1, domain: DEMO_SHOP, myshopify_domain: DEMO_SHOP });
    const delivery = { topic: "app/uninstalled", path: "/webhooks/app/uninstalled", body };

    it.each([
      ["signed with another secret", webhookHmac("not-the-app-secret", body)],
      ["with a tampered signature", "AAAA" + webhookHmac("x", body).slice(4)],
      ["without a signature", null],
    ])(
      "GIVEN a delivery %s WHEN it arrives THEN it is refused with 401 and the sessions stay",
      async (_case, hmac) => {
        const response = await sendWebhook(stack, { ...delivery, hmac });
        expect(response.status).toBe(401);
        expect(await database.session.count({ where: { shop: DEMO_SHOP } })).toBe(1);
      },
    );

    it("refuses a body that differs from the signed one", async () => {
      const response = await sendWebhook(stack, {
        ...delivery,
        hmac: webhookHmac(stack.apiSecret, `${body} `),
        body,
      });
      expect(response.status).toBe(401);
      expect(await database.session.count({ where: { shop: DEMO_SHOP } })).toBe(1);
    });

    it("GIVEN a correctly signed delivery WHEN it arrives twice THEN the sessions go once and the repeat changes nothing", async () => {
      const webhookId = crypto.randomUUID();
      expect((await sendWebhook(stack, { ...delivery, webhookId })).status).toBe(200);
      expect(await database.session.count({ where: { shop: DEMO_SHOP } })).toBe(0);
      const uninstalledAt = (await database.shop.findUnique({ where: { domain: DEMO_SHOP } }))
        ?.uninstalledAt;
      expect(uninstalledAt).toBeInstanceOf(Date);

      expect((await sendWebhook(stack, { ...delivery, webhookId })).status).toBe(200);
      expect(
        (await database.shop.findUnique({ where: { domain: DEMO_SHOP } }))?.uninstalledAt,
      ).toEqual(uninstalledAt);
      expect(await database.webhookReceipt.count({ where: { shop: DEMO_SHOP, webhookId } })).toBe(
        1,
      );
    });

    it("is delivered by the Shopify emulator with Shopify's headers", async () => {
      const status = await stack.shopify.deliverWebhook({
        shop: DEMO_SHOP,
        topic: "app/uninstalled",
        path: "/webhooks/app/uninstalled",
      });
      expect(status).toBe(200);
      expect(await database.session.count({ where: { shop: DEMO_SHOP } })).toBe(0);
    });
  });

  describe("compliance webhooks", () => {
    it("answer 401 to a forged customers/redact and remove nothing", async () => {
      const customerId = "9001";
      const conversation = await database.conversation.create({
        data: {
          id: `conv_${crypto.randomUUID().replaceAll("-", "")}`,
          shop: DEMO_SHOP,
          visitorId: aVisitorId(),
          customerId,
        },
      });
      const body = JSON.stringify({
        shop_id: 1,
        shop_domain: DEMO_SHOP,
        customer: { id: Number(customerId) },
        orders_to_redact: [],
      });
      const forged = await sendWebhook(stack, {
        topic: "customers/redact",
        path: "/webhooks/customers/redact",
        body,
        hmac: webhookHmac("forger", body),
      });
      expect(forged.status).toBe(401);
      expect(await database.conversation.count({ where: { id: conversation.id } })).toBe(1);

      const genuine = await sendWebhook(stack, {
        topic: "customers/redact",
        path: "/webhooks/customers/redact",
        body,
      });
      expect(genuine.status).toBe(200);
      expect(await database.conversation.count({ where: { id: conversation.id } })).toBe(0);
    });
  });

  describe("App Proxy", () => {
    const start = () => ({ visitorId: aVisitorId(), locale: "en", page: {} });

    it.each([
      ["signed with another secret", { secret: "not-the-app-secret" }],
      ["stale (signed five minutes ago)", { timestamp: Math.floor(Date.now() / 1000) - 300 }],
      ["unsigned", { unsigned: true }],
    ])(
      "GIVEN a request %s WHEN it reaches the app THEN it gets 400 and nothing is stored",
      async (_case, options) => {
        const before = await database.conversation.count();
        const response = await postJson(proxyUrl(stack, "conversation", options), start());
        expect(response.status).toBe(400);
        expect(await database.conversation.count()).toBe(before);
      },
    );

    it("refuses a signed request whose customer id was changed after signing", async () => {
      const url = new URL(proxyUrl(stack, "conversation", { customerId: "" }));
      url.searchParams.set("logged_in_customer_id", "12345");
      const before = await database.conversation.count();
      expect((await postJson(url.toString(), start())).status).toBe(400);
      expect(await database.conversation.count()).toBe(before);
    });

    it("GIVEN a correctly signed request WHEN a visitor opens the chat THEN a conversation starts for this shop", async () => {
      const body = start();
      const response = await postJson(proxyUrl(stack, "conversation"), body);
      expect(response.status).toBe(200);
      const answer = (await response.json()) as { conversation: { id: string; status: string } };
      expect(answer.conversation.status).toBe("open");
      expect(
        await database.conversation.findUnique({ where: { id: answer.conversation.id } }),
      ).toMatchObject({
        shop: DEMO_SHOP,
        visitorId: body.visitorId,
        customerId: null,
      });
    });

    it("answers malformed input with a clear 400 and stores nothing", async () => {
      const before = await database.conversation.count();
      const response = await postJson(proxyUrl(stack, "conversation"), {
        visitorId: "short",
        locale: "en",
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: "invalid_request", message: expect.stringContaining("visitorId") },
      });
      expect(await database.conversation.count()).toBe(before);
    });
  });
});
