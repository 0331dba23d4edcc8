import { HttpResponseError, InvalidJwtError, RequestedTokenType } from "@shopify/shopify-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TEST_API_KEY,
  TEST_API_SECRET,
  createTestShopifyApi,
  startAppUnderTest,
  type TestShopifyApi,
} from "./app-under-test";
import { startShopifyEmulator, type ShopifyEmulator } from "./index";
import { mintSessionToken } from "./signatures";

const SHOP = "concierge-demo.myshopify.com";

describe("Shopify emulator OAuth", () => {
  let emulator: ShopifyEmulator;
  let app: Awaited<ReturnType<typeof startAppUnderTest>>;
  let shopify: TestShopifyApi;

  beforeAll(async () => {
    app = await startAppUnderTest();
    emulator = await startShopifyEmulator({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: app.url,
    });
    shopify = createTestShopifyApi({ hostName: app.hostName, emulatorUrl: emulator.url });
    app.configure(shopify);
  });
  afterAll(async () => {
    await emulator.close();
    await app.close();
  });

  describe("token exchange through shopify.auth.tokenExchange", () => {
    it("GIVEN a session token WHEN an offline token is requested THEN the library gets a working offline session", async () => {
      const sessionToken = emulator.mintSessionToken({ shop: SHOP });
      const { session } = await shopify.auth.tokenExchange({
        shop: SHOP,
        sessionToken,
        requestedTokenType: RequestedTokenType.OfflineAccessToken,
      });
      expect(session.id).toBe(`offline_${SHOP}`);
      expect(session.isOnline).toBe(false);
      expect(session.accessToken).toMatch(/^shpat_/);
      expect(session.expires).toBeUndefined();
      const client = new shopify.clients.Graphql({ session });
      const response = await client.request("{ shop { name } }");
      expect(response.data).toEqual({ shop: { name: "Northwind Outfitters" } });
    });

    it("GIVEN expiring offline tokens WHEN exchanged THEN the session has an expiry and a refresh token that works", async () => {
      const sessionToken = emulator.mintSessionToken({ shop: SHOP });
      const { session } = await shopify.auth.tokenExchange({
        shop: SHOP,
        sessionToken,
        requestedTokenType: RequestedTokenType.OfflineAccessToken,
        expiring: true,
      });
      expect(session.expires?.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
      expect(session.refreshToken).toMatch(/^shprt_/);
      const refreshed = await shopify.auth.refreshToken({
        shop: SHOP,
        refreshToken: session.refreshToken ?? "",
      });
      expect(refreshed.session.accessToken).not.toBe(session.accessToken);
      expect(
        emulator
          .issuedAccessTokens(SHOP)
          .some((token) => token.accessToken === session.accessToken),
      ).toBe(false);
    });

    it("GIVEN a session token for a staff member WHEN an online token is requested THEN the associated user comes back", async () => {
      const sessionToken = emulator.mintSessionToken({ shop: SHOP, userId: 4242 });
      const { session } = await shopify.auth.tokenExchange({
        shop: SHOP,
        sessionToken,
        requestedTokenType: RequestedTokenType.OnlineAccessToken,
      });
      expect(session.isOnline).toBe(true);
      expect(session.id).toBe(`${SHOP}_4242`);
      expect(session.onlineAccessInfo?.associated_user.id).toBe(4242);
      expect(session.onlineAccessInfo?.associated_user_scope).toContain("read_orders");
      expect(session.onlineAccessInfo?.associated_user).toEqual(
        expect.objectContaining({
          first_name: expect.any(String),
          email: expect.any(String),
          account_owner: false,
          locale: "en",
          collaborator: false,
          email_verified: true,
        }),
      );
      expect(session.expires?.getTime()).toBeGreaterThan(Date.now());
    });

    it("rejects a session token signed with another secret before it leaves the library", async () => {
      const forged = mintSessionToken({
        apiKey: TEST_API_KEY,
        apiSecret: "not-the-secret",
        shop: SHOP,
        userId: "1",
      });
      await expect(
        shopify.auth.tokenExchange({
          shop: SHOP,
          sessionToken: forged,
          requestedTokenType: RequestedTokenType.OfflineAccessToken,
        }),
      ).rejects.toBeInstanceOf(InvalidJwtError);
    });

    it("answers 400 invalid_subject_token for a token meant for another shop (what shopify-app-remix bounces on)", async () => {
      const otherShopToken = mintSessionToken({
        apiKey: TEST_API_KEY,
        apiSecret: TEST_API_SECRET,
        shop: "other-shop.myshopify.com",
        userId: "1",
      });
      const error = await shopify.auth
        .tokenExchange({
          shop: SHOP,
          sessionToken: otherShopToken,
          requestedTokenType: RequestedTokenType.OfflineAccessToken,
        })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(HttpResponseError);
      const response = (error as HttpResponseError).response;
      expect(response.code).toBe(400);
      expect(response.body).toMatchObject({ error: "invalid_subject_token" });
    });

    it("answers 400 for an expired session token", async () => {
      const expired = mintSessionToken({
        apiKey: TEST_API_KEY,
        apiSecret: TEST_API_SECRET,
        shop: SHOP,
        userId: "1",
        nowSeconds: Math.floor(Date.now() / 1000) - 600,
      });
      const response = await fetch(`${emulator.url}/${SHOP}/admin/oauth/access_token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          client_id: TEST_API_KEY,
          client_secret: TEST_API_SECRET,
          grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
          subject_token: expired,
          subject_token_type: "urn:ietf:params:oauth:token-type:id_token",
          requested_token_type: "urn:shopify:params:oauth:token-type:offline-access-token",
        }),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: "invalid_subject_token",
        error_description: expect.stringContaining("expired"),
      });
    });

    it("answers 401 invalid_client for a wrong client secret, in a form-encoded body too", async () => {
      const wrongSecret = createTestShopifyApi({
        hostName: app.hostName,
        emulatorUrl: emulator.url,
        apiSecretKey: "wrong-secret",
      });
      const sessionToken = mintSessionToken({
        apiKey: TEST_API_KEY,
        apiSecret: "wrong-secret",
        shop: SHOP,
        userId: "1",
      });
      const error = await wrongSecret.auth
        .tokenExchange({
          shop: SHOP,
          sessionToken,
          requestedTokenType: RequestedTokenType.OfflineAccessToken,
        })
        .catch((caught: unknown) => caught);
      expect((error as HttpResponseError).response.code).toBe(401);
      expect((error as HttpResponseError).response.body).toMatchObject({ error: "invalid_client" });
      // restore the shared transport for the following tests
      shopify = createTestShopifyApi({ hostName: app.hostName, emulatorUrl: emulator.url });
      app.configure(shopify);

      const form = await fetch(`${emulator.url}/${SHOP}/admin/oauth/access_token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ client_id: TEST_API_KEY, client_secret: "nope", code: "abc" }),
      });
      expect(form.status).toBe(401);
    });
  });

  describe("authorization-code install", () => {
    it("GIVEN the merchant clicks install WHEN the app runs shopify.auth.begin/callback THEN the library accepts the signed callback and gets a token", async () => {
      const result = await emulator.installApp({ shop: SHOP });
      expect(result.status).toBe(302);
      expect(result.location).toBe(`/app?shop=${SHOP}`);
      expect(result.accessToken).toMatch(/^shpat_/);
      const session = app.sessions.at(-1);
      expect(session?.accessToken).toBe(result.accessToken);
      expect(session?.scope).toBe("read_orders,read_products,read_customers");
      const issued = emulator
        .issuedAccessTokens(SHOP)
        .find((token) => token.accessToken === result.accessToken);
      expect(issued).toMatchObject({ grant: "authorization_code", kind: "offline" });
    });

    it("signs the callback exactly as Shopify: the library's validateHmac accepts it and rejects a tampered one", async () => {
      const authorize = await fetch(
        `${emulator.url}/${SHOP}/admin/oauth/authorize?client_id=${TEST_API_KEY}&scope=read_orders&redirect_uri=${encodeURIComponent(`${app.url}/auth/callback`)}&state=abc123`,
        { redirect: "manual" },
      );
      expect(authorize.status).toBe(302);
      const callback = new URL(authorize.headers.get("location") ?? "");
      const query = Object.fromEntries(callback.searchParams);
      expect(Object.keys(query).sort()).toEqual([
        "code",
        "hmac",
        "host",
        "shop",
        "state",
        "timestamp",
      ]);
      expect(Buffer.from(query.host ?? "", "base64").toString()).toBe(`${SHOP}/admin`);
      expect(await shopify.utils.validateHmac(query)).toBe(true);
      expect(await shopify.utils.validateHmac({ ...query, state: "tampered" })).toBe(false);
    });

    it("refuses a redirect_uri outside the app and a used authorization code", async () => {
      const outside = await fetch(
        `${emulator.url}/${SHOP}/admin/oauth/authorize?client_id=${TEST_API_KEY}&redirect_uri=${encodeURIComponent("http://127.0.0.1:1/evil")}&state=x`,
        { redirect: "manual" },
      );
      expect(outside.status).toBe(400);
      const authorize = await fetch(
        `${emulator.url}/${SHOP}/admin/oauth/authorize?client_id=${TEST_API_KEY}&redirect_uri=${encodeURIComponent(`${app.url}/auth/callback`)}&state=x`,
        { redirect: "manual" },
      );
      const code = new URL(authorize.headers.get("location") ?? "").searchParams.get("code");
      const exchange = () =>
        fetch(`${emulator.url}/${SHOP}/admin/oauth/access_token`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ client_id: TEST_API_KEY, client_secret: TEST_API_SECRET, code }),
        });
      expect((await exchange()).status).toBe(200);
      const second = await exchange();
      expect(second.status).toBe(400);
      expect(await second.json()).toEqual({
        error: "invalid_request",
        error_description: "The authorization code was not found or was already used",
      });
    });
  });

  it("mints session tokens the library decodes, with Shopify's claims", async () => {
    const token = emulator.mintSessionToken({ shop: SHOP, userId: 77 });
    const payload = await shopify.session.decodeSessionToken(token);
    expect(payload).toMatchObject({
      iss: `https://${SHOP}/admin`,
      dest: `https://${SHOP}`,
      aud: TEST_API_KEY,
      sub: "77",
    });
    expect(payload.exp - payload.nbf).toBe(60);
    expect(typeof payload.jti).toBe("string");
    expect(typeof payload.sid).toBe("string");
  });
});
