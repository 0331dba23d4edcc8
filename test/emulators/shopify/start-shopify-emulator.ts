import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { z } from "zod";
import { answerAdminGraphql } from "./admin-graphql/answer-admin-graphql";
import type { AdminContext } from "./admin-graphql/views";
import { createDemoShop } from "./create-demo-shop";
import { appBridgeScript, embeddedAppUrl, renderAdminFrame } from "./embedded-admin";
import { htmlPage, parseJsonOrForm, readBody, redirect, sendJson, sendText } from "./http-kit";
import { MisbehaviourSchema, MisbehaviourSwitches, type Misbehaviour } from "./misbehaviour";
import { OAuthServer, type IssuedAccessToken } from "./oauth";
import { renderProductImage } from "./product-image";
import type { ShopData, ShopSeed } from "./shop-data";
import { mintSessionToken, signAppProxyParams } from "./signatures";
import {
  APP_PROXY_PREFIX,
  createStorefrontHandler,
  type RenderStorefrontPage,
} from "./storefront/serve-storefront";
import { ThrottleBucket } from "./throttle-bucket";
import {
  WebhookTopicSchema,
  buildWebhookPayload,
  deliverWebhookRequest,
  type WebhookTopic,
} from "./webhooks";

export interface ShopifyEmulatorOptions {
  apiKey: string;
  apiSecret: string;
  /** Where the app under test listens, e.g. http://127.0.0.1:3000 (no trailing slash). */
  appUrl: string;
  port?: number;
  storefrontPort?: number;
  host?: string;
  /** Shops to serve; default: the demo shop from `createDemoShop(1)`. */
  shops?: ShopSeed[];
  /** Scopes granted by token exchange (the app's configured scopes). */
  scopes?: string;
  restoreRate?: number;
  maximumAvailable?: number;
  /** Domain of the shop the storefront port serves (default: the first shop). */
  storefrontShop?: string;
  renderStorefrontPage?: RenderStorefrontPage;
  /** API version stamped on webhooks. */
  webhookApiVersion?: string;
}

export interface DeliverWebhookOptions {
  shop: string;
  topic: WebhookTopic;
  /** Default: built from the shop's data (see `resourceId`). */
  payload?: unknown;
  /** Product, order or customer id the built payload is about. */
  resourceId?: number;
  webhookId?: string;
  eventId?: string;
  /** Path on the app (default `/webhooks`). */
  path?: string;
  tamperHmac?: boolean;
}

export interface InstallResult {
  /** Status of the app's answer to the OAuth callback. */
  status: number;
  location: string | null;
  headers: Headers;
  accessToken: string | null;
}

export interface ShopifyEmulator {
  url: string;
  storefrontUrl: string;
  close(): Promise<void>;
  misbehave(options: Misbehaviour): void;
  behaveNormally(): void;
  shop(domain: string): ShopData;
  mintSessionToken(options: {
    shop: string;
    userId?: string | number;
    lifetimeSeconds?: number;
  }): string;
  signAppProxyQuery(options: {
    shop: string;
    loggedInCustomerId?: string | number | null;
    pathPrefix?: string;
    params?: Record<string, string | string[]>;
    timestamp?: number;
  }): URLSearchParams;
  deliverWebhook(options: DeliverWebhookOptions): Promise<number>;
  installApp(options: { shop: string; authPath?: string }): Promise<InstallResult>;
  /** Uninstalls like a merchant: every token of the shop stops working, then app/uninstalled is delivered. */
  uninstallApp(options: { shop: string; path?: string }): Promise<number>;
  issuedAccessTokens(shop: string): IssuedAccessToken[];
  /** An offline token for tests that skip the install. */
  seedAccessToken(shop: string, scope?: string): string;
}

const DEFAULT_SCOPES =
  "read_customers,read_orders,read_products,write_app_proxy,write_orders,write_returns";
const DEFAULT_USER_ID = 80_000_001;

const ControlWebhookSchema = z.object({
  shop: z.string(),
  topic: WebhookTopicSchema,
  payload: z.unknown().optional(),
  resourceId: z.number().int().optional(),
  webhookId: z.string().optional(),
  eventId: z.string().optional(),
  path: z.string().optional(),
  tamperHmac: z.boolean().optional(),
});

const SHOP_ROUTE = /^\/([a-z0-9][a-z0-9-]*\.myshopify\.com)(\/.*)$/;

function listen(server: Server, port: number, host: string) {
  return new Promise<string>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve(`http://${host}:${address.port}`);
    });
  });
}

function trackSockets(server: Server) {
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return sockets;
}

function cloneSeed(seed: ShopSeed): ShopData {
  return structuredClone(seed);
}

/** Starts the Shopify emulator: the admin/API port and the storefront port, both on loopback. */
export async function startShopifyEmulator(
  options: ShopifyEmulatorOptions,
): Promise<ShopifyEmulator> {
  const host = options.host ?? "127.0.0.1";
  const appUrl = options.appUrl.replace(/\/$/, "");
  const seeds = options.shops ?? [createDemoShop(1)];
  const shops = new Map<string, ShopData>(seeds.map((seed) => [seed.domain, cloneSeed(seed)]));
  const storefrontShop = options.storefrontShop ?? seeds[0]?.domain;
  if (!storefrontShop) throw new Error("the Shopify emulator needs at least one shop");
  const oauth = new OAuthServer({
    apiKey: options.apiKey,
    apiSecret: options.apiSecret,
    appUrl,
    scopes: options.scopes ?? DEFAULT_SCOPES,
  });
  const bucketDefaults = {
    maximumAvailable: options.maximumAvailable ?? 2000,
    restoreRate: options.restoreRate ?? 100,
  };
  const buckets = new Map<string, ThrottleBucket>();
  let throttleOverride: Misbehaviour["throttle"];
  const bucketFor = (shop: string) => {
    let bucket = buckets.get(shop);
    if (!bucket) {
      bucket = new ThrottleBucket(bucketDefaults.maximumAvailable, bucketDefaults.restoreRate);
      if (throttleOverride) bucket.reconfigure(throttleOverride);
      buckets.set(shop, bucket);
    }
    return bucket;
  };
  const jobs = new Map<string, { done: boolean }>();
  const misbehaviour = new MisbehaviourSwitches();
  let emulatorUrl = "";
  let storefrontUrl = "";

  const requireShop = (domain: string) => {
    const shop = shops.get(domain);
    if (!shop) throw new Error(`the Shopify emulator has no shop ${domain}`);
    return shop;
  };

  const issueSessionToken = (
    shop: string,
    userId: string | number = DEFAULT_USER_ID,
    lifetimeSeconds?: number,
  ) =>
    mintSessionToken({
      apiKey: options.apiKey,
      apiSecret: options.apiSecret,
      shop,
      userId: String(userId),
      lifetimeSeconds,
    });

  const deliverWebhook = (delivery: DeliverWebhookOptions) => {
    const shop = requireShop(delivery.shop);
    const payload =
      delivery.payload ??
      buildWebhookPayload({
        shop,
        topic: delivery.topic,
        resourceId: delivery.resourceId,
        assetBaseUrl: emulatorUrl,
        storefrontUrl,
      });
    return deliverWebhookRequest({
      url: `${appUrl}${delivery.path ?? "/webhooks"}`,
      shop: shop.domain,
      topic: delivery.topic,
      payload,
      apiSecret: options.apiSecret,
      apiVersion: options.webhookApiVersion ?? "2025-07",
      webhookId: delivery.webhookId,
      eventId: delivery.eventId,
      tamperHmac: delivery.tamperHmac,
    });
  };

  const applyMisbehaviour = (settings: Misbehaviour) => {
    misbehaviour.set(settings);
    if (settings.throttle) {
      throttleOverride = { ...throttleOverride, ...settings.throttle };
      for (const shop of shops.keys()) bucketFor(shop).reconfigure(settings.throttle);
    }
  };

  const resetMisbehaviour = () => {
    misbehaviour.reset();
    throttleOverride = undefined;
    buckets.clear();
  };

  async function handleShopRoute(
    request: IncomingMessage,
    response: ServerResponse,
    shopDomain: string,
    path: string,
    url: URL,
  ) {
    const shop = shops.get(shopDomain);
    const method = request.method ?? "GET";
    if (!shop) return sendJson(response, 404, { errors: "Not Found" });

    if (path === "/admin/oauth/authorize" && method === "GET") {
      if (await misbehaviour.intercept("oauth", response)) return;
      const answer = oauth.authorize(shopDomain, url.searchParams);
      if (!answer.ok)
        return sendText(
          response,
          answer.status,
          htmlPage("Oauth error", `<h1>${answer.message}</h1>`),
          "text/html; charset=utf-8",
        );
      return redirect(response, answer.location);
    }
    if (path === "/admin/oauth/access_token" && method === "POST") {
      if (await misbehaviour.intercept("oauth", response)) return;
      const body = parseJsonOrForm(await readBody(request), request.headers["content-type"]);
      const answer = oauth.accessToken(shopDomain, body);
      return sendJson(response, answer.status, answer.body);
    }
    const graphql = /^\/admin\/api\/([a-z0-9-]+)\/graphql\.json$/.exec(path);
    if (graphql && method === "POST") {
      if (await misbehaviour.intercept("graphql", response)) return;
      const header = request.headers["x-shopify-access-token"];
      const token = oauth.authenticate(shopDomain, Array.isArray(header) ? header[0] : header);
      const rawBody = await readBody(request);
      if (!token) {
        return sendJson(response, 401, {
          errors: "[API] Invalid API key or access token (unrecognized login or wrong password)",
        });
      }
      const context: AdminContext = {
        shop,
        assetBaseUrl: emulatorUrl,
        storefrontUrl,
        now: () => new Date(),
        jobs,
      };
      const answer = await answerAdminGraphql({
        rawBody: parseJsonOrForm(rawBody, request.headers["content-type"] ?? "application/json"),
        context,
        bucket: bucketFor(shopDomain),
      });
      return sendJson(response, answer.status, answer.body);
    }
    const embedded = /^\/admin\/apps\/([^/]+)(\/.*)?$/.exec(path);
    if (embedded && method === "GET") {
      if (await misbehaviour.intercept("admin", response)) return;
      if (embedded[1] !== options.apiKey)
        return sendText(
          response,
          404,
          htmlPage("Not found", "<h1>App not found</h1>"),
          "text/html; charset=utf-8",
        );
      const appUrlWithLaunch = embeddedAppUrl({
        shop: shopDomain,
        apiKey: options.apiKey,
        apiSecret: options.apiSecret,
        appUrl,
        appPath: embedded[2] ?? "",
        search: url.searchParams,
        idToken: issueSessionToken(shopDomain),
        locale: url.searchParams.get("locale") ?? "en",
      });
      // Top-level by default: the app's CSP only lets Shopify's real admin frame it.
      if (url.searchParams.get("frame") !== "1") return redirect(response, appUrlWithLaunch);
      return sendText(
        response,
        200,
        renderAdminFrame({ shopName: shop.name, appUrl: appUrlWithLaunch }),
        "text/html; charset=utf-8",
      );
    }
    return sendJson(response, 404, { errors: "Not Found" });
  }

  async function handleControl(request: IncomingMessage, response: ServerResponse, path: string) {
    const body = parseJsonOrForm(await readBody(request), "application/json");
    if (path === "/__control/misbehave") {
      const parsed = MisbehaviourSchema.safeParse(body);
      if (!parsed.success) return sendJson(response, 400, { error: parsed.error.flatten() });
      applyMisbehaviour(parsed.data);
      return sendJson(response, 200, { ok: true });
    }
    if (path === "/__control/reset") {
      resetMisbehaviour();
      return sendJson(response, 200, { ok: true });
    }
    if (path === "/__control/webhooks") {
      const parsed = ControlWebhookSchema.safeParse(body);
      if (!parsed.success) return sendJson(response, 400, { error: parsed.error.flatten() });
      try {
        const status = await deliverWebhook(parsed.data);
        return sendJson(response, 200, { status });
      } catch (error) {
        return sendJson(response, 502, {
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return sendJson(response, 404, { errors: "Not Found" });
  }

  const adminServer = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://emulator.local");
    const method = request.method ?? "GET";
    void (async () => {
      if (url.pathname.startsWith("/__control/") && method === "POST")
        return handleControl(request, response, url.pathname);
      if (url.pathname === "/app-bridge.js") {
        return sendText(
          response,
          200,
          appBridgeScript(emulatorUrl),
          "text/javascript; charset=utf-8",
          { "access-control-allow-origin": "*" },
        );
      }
      if (url.pathname === "/__session-token") {
        // The App Bridge stand-in asks for a fresh id token across origins, as App Bridge asks the admin.
        const cors = { "access-control-allow-origin": "*" };
        if (method === "OPTIONS")
          return sendText(response, 204, "", "text/plain", {
            ...cors,
            "access-control-allow-methods": "GET",
          });
        const shop = url.searchParams.get("shop") ?? "";
        if (!shops.has(shop) || url.searchParams.get("apiKey") !== options.apiKey)
          return sendJson(response, 404, { error: "unknown shop or app" }, cors);
        return sendJson(response, 200, { idToken: issueSessionToken(shop) }, cors);
      }
      const image = /^\/static\/products\/([a-z0-9-]+)\.svg$/.exec(url.pathname);
      if (image?.[1]) {
        if (await misbehaviour.intercept("static", response)) return;
        const product = [...shops.values()]
          .flatMap((shop) => shop.products)
          .find((entry) => entry.handle === image[1]);
        if (!product) return sendText(response, 404, "Not found");
        return sendText(
          response,
          200,
          renderProductImage(product.handle, product.title),
          "image/svg+xml",
          {
            "cache-control": "public, max-age=3600",
            "access-control-allow-origin": "*",
          },
        );
      }
      const shopRoute = SHOP_ROUTE.exec(url.pathname);
      if (shopRoute?.[1] && shopRoute[2])
        return handleShopRoute(request, response, shopRoute[1], shopRoute[2], url);
      return sendJson(response, 404, { errors: "Not Found" });
    })().catch((error: unknown) => {
      if (!response.headersSent)
        sendJson(response, 500, {
          errors: error instanceof Error ? error.message : "Internal Server Error",
        });
    });
  });

  const storefrontHandler = createStorefrontHandler({
    shop: () => requireShop(storefrontShop),
    apiSecret: options.apiSecret,
    appUrl,
    storefrontUrl: () => storefrontUrl,
    assetBaseUrl: () => storefrontUrl,
    misbehaviour,
    renderStorefrontPage: options.renderStorefrontPage,
  });
  const storefrontServer = createServer((request, response) => {
    storefrontHandler(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        sendText(response, 500, error instanceof Error ? error.message : "Internal Server Error");
    });
  });

  const adminSockets = trackSockets(adminServer);
  const storefrontSockets = trackSockets(storefrontServer);
  emulatorUrl = await listen(adminServer, options.port ?? 0, host);
  storefrontUrl = await listen(storefrontServer, options.storefrontPort ?? 0, host);

  const closeServer = (server: Server, sockets: Set<Socket>) =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });

  return {
    url: emulatorUrl,
    storefrontUrl,
    async close() {
      await Promise.all([
        closeServer(adminServer, adminSockets),
        closeServer(storefrontServer, storefrontSockets),
      ]);
    },
    misbehave: applyMisbehaviour,
    behaveNormally: resetMisbehaviour,
    shop: requireShop,
    mintSessionToken: ({ shop, userId, lifetimeSeconds }) => {
      requireShop(shop);
      return issueSessionToken(shop, userId, lifetimeSeconds);
    },
    signAppProxyQuery: ({ shop, loggedInCustomerId, pathPrefix, params, timestamp }) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params ?? {})) {
        for (const entry of Array.isArray(value) ? value : [value]) query.append(key, entry);
      }
      query.set("shop", shop);
      query.set(
        "logged_in_customer_id",
        loggedInCustomerId === null || loggedInCustomerId === undefined
          ? ""
          : String(loggedInCustomerId),
      );
      query.set("path_prefix", pathPrefix ?? APP_PROXY_PREFIX);
      query.set("timestamp", String(timestamp ?? Math.floor(Date.now() / 1000)));
      query.set("signature", signAppProxyParams(options.apiSecret, query));
      return query;
    },
    deliverWebhook,
    async installApp({ shop, authPath = "/auth" }) {
      requireShop(shop);
      const cookieJar = new Map<string, string>();
      const remember = (headers: Headers) => {
        for (const cookie of headers.getSetCookie()) {
          const [pair = ""] = cookie.split(";");
          const index = pair.indexOf("=");
          if (index > 0) cookieJar.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
        }
      };
      const cookieHeader = () => [...cookieJar].map(([key, value]) => `${key}=${value}`).join("; ");
      const tokensBefore = new Set(oauth.issuedTokens(shop).map((token) => token.accessToken));
      // The merchant's browser follows redirects until the app hands it to Shopify's authorize page.
      let next = `${appUrl}${authPath}?shop=${encodeURIComponent(shop)}`;
      for (let hop = 0; hop < 5; hop += 1) {
        const answer = await fetch(next, {
          redirect: "manual",
          headers: {
            cookie: cookieHeader(),
            "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0",
          },
        });
        remember(answer.headers);
        await answer.arrayBuffer();
        const location = answer.headers.get("location");
        if (!location)
          throw new Error(
            `install: the app answered ${answer.status} without a redirect at ${next}`,
          );
        const target = new URL(location, next);
        if (target.hostname === shop && target.pathname === "/admin/oauth/authorize") {
          const authorized = oauth.authorize(shop, target.searchParams);
          if (!authorized.ok) throw new Error(`install: ${authorized.message}`);
          const callback = await fetch(authorized.location, {
            redirect: "manual",
            headers: {
              cookie: cookieHeader(),
              "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0",
            },
          });
          await callback.arrayBuffer();
          const issued = oauth
            .issuedTokens(shop)
            .find((token) => !tokensBefore.has(token.accessToken));
          return {
            status: callback.status,
            location: callback.headers.get("location"),
            headers: callback.headers,
            accessToken: issued?.accessToken ?? null,
          };
        }
        next = target.toString();
      }
      throw new Error("install: too many redirects before reaching Shopify's authorize page");
    },
    uninstallApp: ({ shop, path }) => {
      requireShop(shop);
      oauth.revokeAll(shop);
      return deliverWebhook({ shop, topic: "app/uninstalled", path });
    },
    issuedAccessTokens: (shop) => oauth.issuedTokens(shop),
    seedAccessToken: (shop, scope) => {
      requireShop(shop);
      return oauth.seedAccessToken(shop, scope);
    },
  };
}
