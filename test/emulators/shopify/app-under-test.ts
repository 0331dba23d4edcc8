import "@shopify/shopify-api/adapters/node";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiVersion, LogSeverity, shopifyApi, type Session } from "@shopify/shopify-api";
import { setAbstractFetchFunc } from "@shopify/shopify-api/runtime";
import { createLoopbackFetch } from "../transport";

/**
 * A minimal app built on @shopify/shopify-api for the emulator's own tests: the library's OAuth
 * begin/callback, webhook validation and App Proxy signature check, so the emulator is judged by
 * Shopify's own code rather than by ours.
 */

export const TEST_API_KEY = "test-api-key";
export const TEST_API_SECRET = "test-api-secret";

export function createTestShopifyApi(options: {
  hostName: string;
  emulatorUrl: string;
  apiSecretKey?: string;
}) {
  // Everything the library sends to *.myshopify.com reaches the emulator; nothing else leaves loopback.
  setAbstractFetchFunc(
    createLoopbackFetch({
      shopifyEmulatorUrl: options.emulatorUrl,
      fallback: globalThis.fetch.bind(globalThis),
    }),
  );
  return shopifyApi({
    apiKey: TEST_API_KEY,
    apiSecretKey: options.apiSecretKey ?? TEST_API_SECRET,
    scopes: ["read_orders", "read_products", "read_customers"],
    hostName: options.hostName,
    hostScheme: "http",
    apiVersion: ApiVersion.July25,
    isEmbeddedApp: true,
    logger: { level: LogSeverity.Error },
  });
}

export type TestShopifyApi = ReturnType<typeof createTestShopifyApi>;

export interface ReceivedRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
  verdict: unknown;
}

async function readText(request: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the app on loopback; `configure` receives its URL before the first request. */
export async function startAppUnderTest() {
  const received: { webhooks: ReceivedRequest[]; proxy: ReceivedRequest[] } = {
    webhooks: [],
    proxy: [],
  };
  const sessions: Session[] = [];
  let api: TestShopifyApi | null = null;
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://app.local");
      if (!api) throw new Error("app under test used before configure()");
      if (url.pathname === "/auth") {
        await api.auth.begin({
          shop: url.searchParams.get("shop") ?? "",
          callbackPath: "/auth/callback",
          isOnline: false,
          rawRequest: request,
          rawResponse: response,
        });
        return;
      }
      if (url.pathname === "/auth/callback") {
        const { session, headers } = await api.auth.callback({
          rawRequest: request,
          rawResponse: response,
        });
        sessions.push(session);
        response.writeHead(302, {
          ...(headers as Record<string, string>),
          location: `/app?shop=${session.shop}`,
        });
        response.end();
        return;
      }
      if (url.pathname === "/webhooks") {
        const body = await readText(request);
        const verdict = await api.webhooks.validate({
          rawBody: body,
          rawRequest: request,
          rawResponse: response,
        });
        received.webhooks.push({
          method: request.method ?? "",
          url,
          headers: request.headers,
          body,
          verdict,
        });
        response.writeHead(verdict.valid ? 200 : 401);
        response.end();
        return;
      }
      if (url.pathname.startsWith("/proxy")) {
        const body = await readText(request);
        const query = Object.fromEntries(url.searchParams);
        const valid = await api.utils
          .validateHmac(query, { signator: "appProxy" })
          .catch(() => false);
        received.proxy.push({
          method: request.method ?? "",
          url,
          headers: request.headers,
          body,
          verdict: valid,
        });
        response.writeHead(valid ? 200 : 400, {
          "content-type": "application/json",
          "set-cookie": "app_secret=1; Path=/",
        });
        response.end(
          JSON.stringify({
            valid,
            path: url.pathname,
            customer: url.searchParams.get("logged_in_customer_id"),
          }),
        );
        return;
      }
      response.writeHead(404);
      response.end();
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hostName: `127.0.0.1:${port}`,
    received,
    sessions,
    configure(shopify: TestShopifyApi) {
      api = shopify;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
