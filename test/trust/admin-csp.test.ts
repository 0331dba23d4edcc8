import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAppProxyParams } from "../emulators/shopify/signatures";
import { DEMO_SHOP, startAppStack, type AppStack } from "../support/app-stack";
import { artifactPath, launchBrowser, newVisitorContext } from "../support/browser";

/** The directive's sources, e.g. `script-src` of a Content-Security-Policy header. */
function directive(policy: string, name: string): string[] {
  const found = policy
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  return found?.slice(1) ?? [];
}

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * The embedded admin in Chromium with the app's Content-Security-Policy enforced: every page runs
 * its scripts through the response's nonce, with no 'unsafe-inline' for scripts, and the browser
 * reports no violation. Storefront and Zendesk sidebar responses keep headers of their own.
 */
describe("admin Content-Security-Policy", () => {
  let stack: AppStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const policies: { url: string; policy: string }[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    process.env.CONCIERGE_ENCRYPTION_KEYS = `csp:${randomBytes(32).toString("base64")}`;
    stack = await startAppStack();
    await stack.install();
    browser = await launchBrowser();
    context = await newVisitorContext(browser, { viewport: { width: 1280, height: 900 } });
    // In every frame, before any of the page's scripts: remember what the policy refused.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.cspViolations?.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    page = await context.newPage();
    page.on("response", (response) => {
      if (response.request().resourceType() !== "document") return;
      if (!response.url().startsWith(stack.appUrl)) return;
      policies.push({
        url: response.url(),
        policy: response.headers()["content-security-policy"] ?? "",
      });
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.stop();
  });

  const appFrameViolations = async () => {
    const violations: string[] = [];
    for (const frame of page.frames()) {
      violations.push(...(await frame.evaluate(() => window.cspViolations ?? [])));
    }
    return violations;
  };

  it.each([
    ["home", "", "Set up Concierge"],
    ["FAQ", "/faq", "No FAQ entries yet"],
    ["conversations", "/conversations", "No conversations yet"],
    ["analytics", "/analytics", "Automation rate"],
    ["settings", "/settings", "Languages"],
    ["audit", "/audit", "Every settings change and every transcript opened"],
  ])("runs the %s page with no CSP violation", async (name, path, ready) => {
    const before = policies.length;
    await page.goto(`${stack.adminUrl}${path}`);
    const appFrame = () => page.frames().find((frame) => frame.url().startsWith(stack.appUrl));
    await expect.poll(() => appFrame() !== undefined, { timeout: 20_000 }).toBe(true);
    await appFrame()!.getByText(ready, { exact: false }).first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState("networkidle");
    // Hydration ran: React attached its handlers, which only the nonce'd module scripts can do.
    await expect
      .poll(() => appFrame()!.evaluate(() => "__remixContext" in window), { timeout: 10_000 })
      .toBe(true);
    if (name === "home") await page.screenshot({ path: artifactPath("admin-csp-home.png") });

    const documents = policies.slice(before);
    expect(documents.length).toBeGreaterThan(0);
    for (const { policy } of documents) {
      const scripts = directive(policy, "script-src");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts.some((source) => source.startsWith("'nonce-"))).toBe(true);
      expect(directive(policy, "frame-ancestors").join(" ")).toContain(DEMO_SHOP);
    }
    expect(await appFrameViolations()).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });

  it("gives each document a nonce of its own", async () => {
    const nonces = policies.map(({ policy }) =>
      directive(policy, "script-src").find((source) => source.startsWith("'nonce-")),
    );
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("leaves the App Proxy's JSON answers and the Zendesk sidebar their own headers", async () => {
    const params = new URLSearchParams({
      shop: DEMO_SHOP,
      logged_in_customer_id: "",
      path_prefix: "/apps/concierge",
      timestamp: String(Math.floor(Date.now() / 1000)),
    });
    params.set("signature", signAppProxyParams(stack.apiSecret, params));
    const proxy = await fetch(`${stack.appUrl}/proxy/conversation?${params}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ visitorId: "csp-visitor-0123456789", locale: "en", page: {} }),
    });
    expect(proxy.status).toBe(200);
    expect(proxy.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(proxy.headers.get("cache-control")).toBe("no-store");
    expect(proxy.headers.get("content-security-policy")).toBeNull();

    const sidebar = await fetch(`${stack.appUrl}/zendesk/sidebar`);
    const policy = sidebar.headers.get("content-security-policy") ?? "";
    expect(directive(policy, "frame-ancestors")).toEqual(["https://*.zendesk.com"]);
    expect(directive(policy, "script-src")).not.toContain("https://cdn.shopify.com");
    const nonce = /<style nonce="([^"]+)"/.exec(await sidebar.text())?.[1];
    expect(nonce).toBeDefined();
    expect(directive(policy, "script-src")).toContain(`'nonce-${nonce}'`);
  });
});
