import { generateKeyPairSync } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Language } from "../../app/assistant/languages";
import { aKeyringText, aShopWithZendesk, serveRoute } from "../emulators/zendesk/app-fixtures";
import type { ShopifyEmulator } from "../emulators/shopify";
import { createDemoShop, startShopifyEmulator } from "../emulators/shopify";
import { createLoopbackFetch } from "../emulators/transport";
import type { ZendeskEmulator } from "../emulators/zendesk";
import { startZendeskEmulator } from "../emulators/zendesk";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";

/**
 * The Zendesk sidebar app: its manifest and translations, the signed page Zendesk opens, and the
 * API the page calls. Zendesk is the emulator (it signs like Zendesk, RS256 with the app's key);
 * Shopify is the Shopify emulator behind the shop's offline session.
 */

const extension = path.resolve(import.meta.dirname, "../../extensions/zendesk-sidebar");
const SHOP = "concierge-demo.myshopify.com";
const OTHER_SHOP = "other-store.myshopify.com";
const account = {
  subdomain: "acme",
  email: "owner@acme.example",
  apiToken: "token-1",
  webhookSigningSecret: "whsec-acme",
};
const otherAccount = {
  subdomain: "globex",
  email: "owner@globex.example",
  apiToken: "token-2",
  webhookSigningSecret: "whsec-globex",
};

// ---------------------------------------------------------------------------------------------
// The manifest, validated offline (zcli apps:validate needs Zendesk's servers).

const ManifestSchema = z
  .object({
    name: z.string().min(1),
    author: z.object({
      name: z.string().min(1),
      email: z.string().email(),
      url: z.string().url().optional(),
    }),
    defaultLocale: z.string(),
    private: z.boolean(),
    location: z.object({
      support: z.object({
        ticket_sidebar: z.object({
          url: z.string().url().startsWith("https://"),
          flexible: z.boolean(),
        }),
      }),
    }),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    frameworkVersion: z.literal("2.0"),
    signedUrls: z.literal(true),
    domainWhitelist: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1),
    parameters: z.array(
      z.object({
        name: z.string().regex(/^[a-z_]+$/),
        type: z.enum(["text", "password", "checkbox", "url", "number", "multiline", "hidden"]),
        required: z.boolean().optional(),
        secure: z.boolean(),
      }),
    ),
  })
  .strict();

const TranslationSchema = z.object({
  app: z.object({
    name: z.string().min(1),
    short_description: z.string().min(1),
    long_description: z.string().min(1),
    installation_instructions: z.string().min(1),
    parameters: z.record(z.object({ label: z.string().min(1), helpText: z.string().min(1) })),
  }),
});

/** Zendesk names its translation files by its own locale codes. */
const ZENDESK_LOCALE: Record<Language, string> = {
  en: "en",
  de: "de",
  es: "es",
  fr: "fr",
  it: "it",
  ja: "ja",
  pt: "pt-br",
  "zh-CN": "zh-cn",
  "zh-TW": "zh-tw",
};

describe("extensions/zendesk-sidebar", () => {
  const manifest = ManifestSchema.parse(
    JSON.parse(readFileSync(path.join(extension, "manifest.json"), "utf8")),
  );

  it("has a valid manifest: a flexible ticket sidebar on ZAF 2.0 with signed URLs to a whitelisted host", () => {
    const sidebarUrl = new URL(manifest.location.support.ticket_sidebar.url);
    expect(sidebarUrl.pathname).toBe("/zendesk/sidebar");
    expect(manifest.domainWhitelist).toContain(sidebarUrl.hostname);
  });

  it("is translated into every admin language, each file naming every parameter", () => {
    const files = readdirSync(path.join(extension, "translations")).map((file) =>
      file.replace(/\.json$/, ""),
    );
    expect(files.sort()).toEqual(Object.values(ZENDESK_LOCALE).sort());
    for (const locale of files) {
      const translation = TranslationSchema.parse(
        JSON.parse(readFileSync(path.join(extension, "translations", `${locale}.json`), "utf8")),
      );
      expect(Object.keys(translation.app.parameters).sort()).toEqual(
        manifest.parameters.map((parameter) => parameter.name).sort(),
      );
    }
    expect(files).toContain(manifest.defaultLocale);
  });
});

// ---------------------------------------------------------------------------------------------
// The signed page and its API.

let db: TestDatabase;
let zendesk: ZendeskEmulator;
let shopify: ShopifyEmulator;
let sidebarPage: { url: string; close(): Promise<void> };
let sidebarApi: { url: string; close(): Promise<void> };

beforeAll(async () => {
  db = await createTestDatabase();
  zendesk = await startZendeskEmulator({ accounts: [account, otherAccount] });
  shopify = await startShopifyEmulator({
    apiKey: "test-api-key",
    apiSecret: "test-api-secret",
    appUrl: "http://127.0.0.1:9",
    shops: [createDemoShop(1)],
  });
  globalThis.fetch = createLoopbackFetch({
    shopifyEmulatorUrl: shopify.url,
    zendeskEmulatorUrl: zendesk.url,
    fallback: globalThis.fetch,
  });

  const keyringText = aKeyringText();
  // Read by the app's modules when first imported.
  process.env.DATABASE_URL = db.url;
  process.env.CONCIERGE_ENCRYPTION_KEYS = keyringText;
  process.env.ZENDESK_APP_PUBLIC_KEY = zendesk.appPublicKeyPem;

  for (const [shop, zendeskAccount] of [
    [SHOP, account],
    [OTHER_SHOP, otherAccount],
  ] as const) {
    await aShopWithZendesk({ prisma: db.prisma, shop, keyringText, zendesk: zendeskAccount });
    await db.prisma.zendeskAccount.create({
      data: { subdomain: zendeskAccount.subdomain, shop, webhookId: "01WEBHOOK" },
    });
  }
  await db.prisma.session.create({
    data: {
      id: `offline_${SHOP}`,
      shop: SHOP,
      state: "",
      isOnline: false,
      scope: "read_customers,read_orders",
      accessToken: shopify.seedAccessToken(SHOP),
    },
  });

  sidebarPage = await serveRoute((await import("../../app/routes/zendesk.sidebar")).action);
  sidebarApi = await serveRoute((await import("../../app/routes/zendesk.sidebar-api")).loader);
});
afterAll(async () => {
  await sidebarPage.close();
  await sidebarApi.close();
  await zendesk.close();
  await shopify.close();
  await db.close();
});

/** Opens the sidebar as Zendesk does and returns the session token the page carries. */
async function openSidebar(subdomain = "acme") {
  const response = await zendesk.openSidebar({
    subdomain,
    url: `${sidebarPage.url}/zendesk/sidebar`,
  });
  const html = await response.text();
  const config =
    /<script type="application\/json" id="concierge-sidebar-config">(.*?)<\/script>/.exec(
      html,
    )?.[1];
  return {
    response,
    html,
    sessionToken: config
      ? z.object({ sessionToken: z.string() }).parse(JSON.parse(config)).sessionToken
      : null,
  };
}

const callApi = (query: Record<string, string>, authorization: string | null) =>
  fetch(`${sidebarApi.url}/zendesk/sidebar-api?${new URLSearchParams(query)}`, {
    headers: authorization ? { authorization } : {},
  });

describe("POST /zendesk/sidebar (the page Zendesk opens)", () => {
  it("GIVEN a token signed by Zendesk for a connected account THEN it serves the sidebar with a session for that shop", async () => {
    const { response, html, sessionToken } = await openSidebar();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain(
      "frame-ancestors https://acme.zendesk.com",
    );
    expect(html).toContain("ZAFClient.init()");
    expect(sessionToken).toMatch(/^ey/);
  });

  it("refuses a token signed with another key, an expired one, and one for another app location", async () => {
    const forger = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({
      context: { product: "support", location: "ticket_sidebar" },
    })
      .setProtectedHeader({ alg: "RS256" })
      .setIssuer("acme.zendesk.com")
      .setAudience("https://acme.zendesk.com/api/v2/apps/installations/1.json")
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(forger.privateKey);
    const url = `${sidebarPage.url}/zendesk/sidebar`;
    expect((await zendesk.openSidebar({ subdomain: "acme", url, token: forged })).status).toBe(401);
    expect(
      (await zendesk.openSidebar({ subdomain: "acme", url, now: new Date(Date.now() - 3_600_000) }))
        .status,
    ).toBe(401);
    expect(
      (await zendesk.openSidebar({ subdomain: "acme", url, location: "nav_bar" })).status,
    ).toBe(401);
    expect(
      (await fetch(url, { method: "POST", body: new URLSearchParams({ token: "not.a.jwt" }) }))
        .status,
    ).toBe(401);
  });

  it("shows nothing to a Zendesk account that no shop connected", async () => {
    await db.prisma.zendeskAccount.delete({ where: { subdomain: "globex" } });
    try {
      expect((await openSidebar("globex")).response.status).toBe(403);
    } finally {
      await db.prisma.zendeskAccount.create({
        data: { subdomain: "globex", shop: OTHER_SHOP, webhookId: "01WEBHOOK" },
      });
    }
  });
});

describe("GET /zendesk/sidebar-api (what the page shows)", () => {
  it("answers the requester's Shopify profile, recent orders with tracking, and the ticket's chat", async () => {
    const customer = shopify
      .shop(SHOP)
      .customers.find((candidate) => candidate.email && candidate.tags.includes("VIP"));
    if (!customer?.email) throw new Error("the demo shop has a VIP with an email");
    await db.prisma.conversation.create({
      data: {
        id: "conv_sidebar",
        shop: SHOP,
        visitorId: "visitor-aaaaaaaaaaaaaaaa",
        status: "handed_off",
      },
    });
    await db.prisma.message.create({
      data: {
        id: "msg_sidebar",
        shop: SHOP,
        conversationId: "conv_sidebar",
        role: "shopper",
        body: "My card 4111 1111 1111 1111 was charged twice",
      },
    });
    await db.prisma.escalation.create({
      data: {
        id: "esc_sidebar",
        shop: SHOP,
        conversationId: "conv_sidebar",
        reason: "asked_for_person",
        priority: "high",
        externalId: "x",
        ticketId: "4242",
        status: "delivered",
      },
    });

    const { sessionToken } = await openSidebar();
    const response = await callApi(
      { email: customer.email, ticketId: "4242" },
      `Bearer ${sessionToken}`,
    );
    expect(response.status).toBe(200);
    const view = z
      .object({
        customer: z.object({
          name: z.string(),
          email: z.string(),
          tags: z.array(z.string()),
          ordersCount: z.number(),
          adminUrl: z.string(),
        }),
        orders: z.array(
          z.object({
            name: z.string(),
            fulfillmentStatus: z.string(),
            tracking: z.array(z.unknown()),
          }),
        ),
        transcript: z.array(z.object({ role: z.string(), text: z.string(), at: z.string() })),
      })
      .parse(await response.json());
    expect(view.customer).toMatchObject({
      email: customer.email,
      tags: expect.arrayContaining(["VIP"]),
    });
    expect(view.customer.adminUrl).toBe(
      `https://admin.shopify.com/store/concierge-demo/customers/${customer.id}`,
    );
    expect(view.orders.length).toBeGreaterThan(0);
    expect(view.transcript).toEqual([
      {
        role: "shopper",
        text: "My card [card number removed] was charged twice",
        at: expect.any(String),
      },
    ]);
  });

  it("refuses a missing or forged session, and a session once the shop disconnected Zendesk", async () => {
    expect((await callApi({ email: "x@example.com" }, null)).status).toBe(401);
    const { sessionToken } = await openSidebar();
    const [header, payload] = (sessionToken ?? "").split(".");
    const otherShop = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload ?? "", "base64url").toString()),
        shop: OTHER_SHOP,
      }),
    ).toString("base64url");
    const tampered = `${header}.${otherShop}.${(sessionToken ?? "").split(".")[2]}`;
    expect((await callApi({ email: "x@example.com" }, `Bearer ${tampered}`)).status).toBe(401);
    const wrongKey = await new SignJWT({ shop: SHOP, subdomain: "acme" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("concierge")
      .setAudience("concierge:zendesk-sidebar")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("a-guessed-key-that-is-long-enough-32b"));
    expect((await callApi({ email: "x@example.com" }, `Bearer ${wrongKey}`)).status).toBe(401);

    // The merchant points the shop at another Zendesk: the old account's sessions stop working.
    await aShopWithZendesk({
      prisma: db.prisma,
      shop: SHOP,
      keyringText: process.env.CONCIERGE_ENCRYPTION_KEYS ?? "",
      zendesk: { ...account, subdomain: "acme-new" },
    });
    try {
      expect((await callApi({ email: "x@example.com" }, `Bearer ${sessionToken}`)).status).toBe(
        401,
      );
    } finally {
      await aShopWithZendesk({
        prisma: db.prisma,
        shop: SHOP,
        keyringText: process.env.CONCIERGE_ENCRYPTION_KEYS ?? "",
        zendesk: account,
      });
    }
  });

  it("sees only the shop its Zendesk account is connected to", async () => {
    const email = shopify.shop(SHOP).customers.find((candidate) => candidate.email)?.email ?? "";
    const { sessionToken } = await openSidebar("globex");
    const response = await callApi({ email, ticketId: "4242" }, `Bearer ${sessionToken}`);
    // globex serves other-store, which has no Shopify session here: no fallback to another shop's data.
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain(email);
  });
});
