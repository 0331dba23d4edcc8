import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newVisitorContext } from "../../support/browser";
import {
  TEST_API_KEY,
  TEST_API_SECRET,
  createTestShopifyApi,
  type TestShopifyApi,
} from "./app-under-test";
import { startShopifyEmulator, type ShopifyEmulator } from "./index";

const SHOP = "concierge-demo.myshopify.com";

/**
 * A stand-in for the Remix app's document routes: the session-token bounce page renders only the
 * App Bridge script (as shopify-app-remix's renderAppBridge does); /app is an embedded page that
 * calls its own API with fetch, which answers 401 + X-Shopify-Retry-Invalid-Session-Request once.
 */
async function startEmbeddedPages(emulatorUrl: () => string, shopify: () => TestShopifyApi) {
  const apiCalls: (string | undefined)[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://app.local");
      const bridge = `<script data-api-key="${TEST_API_KEY}" src="${emulatorUrl()}/app-bridge.js"></script>`;
      if (url.pathname === "/auth/session-token") {
        response.writeHead(200, { "content-type": "text/html" });
        response.end(bridge);
        return;
      }
      if (url.pathname === "/app") {
        response.writeHead(200, { "content-type": "text/html" });
        response.end(`<!doctype html><html><head>${bridge}</head><body>
          <ui-nav-menu><a href="/app" rel="home">Home</a><a href="/app/settings">Settings</a></ui-nav-menu>
          <ui-title-bar title="Concierge"><button id="save" onclick="document.getElementById('saved').textContent = 'yes'">Save</button></ui-title-bar>
          <p id="who">…</p><p id="navigated"></p><p id="saved"></p><script>
          addEventListener("shopify:navigate", (event) => { document.getElementById("navigated").textContent = event.target.getAttribute("href"); });
          fetch("/api/whoami").then((r) => r.json()).then((body) => {
            document.getElementById("who").textContent = body.sub;
            shopify.toast.show("Saved");
          });
        </script></body></html>`);
        return;
      }
      if (url.pathname === "/api/whoami") {
        const authorization = request.headers.authorization;
        apiCalls.push(authorization);
        if (apiCalls.length === 1) {
          response.writeHead(401, { "X-Shopify-Retry-Invalid-Session-Request": "1" });
          response.end();
          return;
        }
        const payload = await shopify().session.decodeSessionToken(
          (authorization ?? "").replace(/^Bearer /, ""),
        );
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ sub: payload.sub }));
        return;
      }
      response.writeHead(404);
      response.end();
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiCalls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("Shopify emulator embedded admin and App Bridge stand-in", () => {
  let emulator: ShopifyEmulator;
  let shopify: TestShopifyApi;
  let pages: Awaited<ReturnType<typeof startEmbeddedPages>>;
  let browser: Browser;

  beforeAll(async () => {
    pages = await startEmbeddedPages(
      () => emulator.url,
      () => shopify,
    );
    emulator = await startShopifyEmulator({
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl: pages.url,
    });
    shopify = createTestShopifyApi({
      hostName: new URL(pages.url).host,
      emulatorUrl: emulator.url,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await emulator.close();
    await pages.close();
  });

  it("opens the app top-level with Shopify's signed launch parameters and a valid id_token", async () => {
    const response = await fetch(
      `${emulator.url}/${SHOP}/admin/apps/${TEST_API_KEY}/settings?tab=faq`,
      { redirect: "manual" },
    );
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(`${pages.url}/app/settings`);
    const query = Object.fromEntries(location.searchParams);
    expect(query).toMatchObject({ embedded: "1", shop: SHOP, locale: "en", tab: "faq" });
    expect(Buffer.from(query.host ?? "", "base64").toString()).toBe(`${SHOP}/admin`);
    expect(await shopify.utils.validateHmac(query)).toBe(true);
    const payload = await shopify.session.decodeSessionToken(query.id_token ?? "");
    expect(payload).toMatchObject({
      iss: `https://${SHOP}/admin`,
      dest: `https://${SHOP}`,
      aud: TEST_API_KEY,
    });
  });

  it("renders the admin chrome with the app in an iframe when asked with ?frame=1", async () => {
    const html = await (
      await fetch(`${emulator.url}/${SHOP}/admin/apps/${TEST_API_KEY}?frame=1`)
    ).text();
    expect(html).toContain('data-testid="app-iframe"');
    expect(html).toContain(`${pages.url}/app?embedded=1`);
    expect(html).toContain("Northwind Outfitters");
  });

  it("in Chromium: bounces through shopify-reload with a fresh id_token, then authorizes fetch and retries once on 401", async () => {
    const context = await newVisitorContext(browser);
    const page = await context.newPage();
    const host = Buffer.from(`${SHOP}/admin`).toString("base64").replace(/=+$/, "");
    const reload = `${pages.url}/app?embedded=1&shop=${SHOP}&host=${host}`;
    await page.goto(
      `${pages.url}/auth/session-token?shop=${SHOP}&host=${host}&shopify-reload=${encodeURIComponent(reload)}`,
    );
    await page.waitForURL(/\/app\?.*id_token=/);
    const idToken = new URL(page.url()).searchParams.get("id_token") ?? "";
    expect((await shopify.session.decodeSessionToken(idToken)).dest).toBe(`https://${SHOP}`);
    await expect.poll(() => page.textContent("#who")).toBe("80000001");
    expect(pages.apiCalls).toHaveLength(2);
    expect(pages.apiCalls.every((header) => header?.startsWith("Bearer "))).toBe(true);
    expect(await page.textContent('[data-testid="app-bridge-toast"]')).toBe("Saved");
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { shopify: { config: { apiKey: string; shop: string } } }).shopify
            .config,
      ),
    ).toMatchObject({ apiKey: TEST_API_KEY, shop: SHOP });
    await context.close();
  });

  it("in Chromium: lifts <ui-nav-menu> and <ui-title-bar> out of the page into the emulated admin strip", async () => {
    const context = await newVisitorContext(browser);
    const page = await context.newPage();
    const launch = await fetch(`${emulator.url}/${SHOP}/admin/apps/${TEST_API_KEY}`, {
      redirect: "manual",
    });
    await page.goto(launch.headers.get("location") ?? "");
    expect(await page.isVisible("ui-nav-menu a")).toBe(false);
    expect(await page.isVisible("#save")).toBe(false);
    const strip = page.getByTestId("emulated-admin-nav");
    await expect
      .poll(() => strip.getByRole("link").allTextContents())
      .toEqual(["Home", "Settings"]);
    expect(await page.getByTestId("emulated-title-bar").textContent()).toBe("Concierge");
    await strip.getByRole("link", { name: "Settings" }).click();
    expect(await page.textContent("#navigated")).toBe("/app/settings");
    await strip.getByRole("button", { name: "Save" }).click();
    expect(await page.textContent("#saved")).toBe("yes");
    await context.close();
  });
});
