import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from "playwright-core";

export const MERCHANT_USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

export const artifactsFolder = path.resolve(import.meta.dirname, "../../artifacts");

/** Debian's Chromium, headless, with its background traffic switched off (the network is closed). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactsFolder, { recursive: true });
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * A merchant's or shopper's browser: an ordinary Chrome user agent (headless Chromium announces
 * itself as a bot, and Shopify's library answers bots 410), and Shopify's CDN answered locally,
 * since the library always preloads App Bridge from it and this machine has no internet.
 */
export async function newVisitorContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    userAgent: MERCHANT_USER_AGENT,
    ...options,
  });
  await context.route("https://cdn.shopify.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: "" }),
  );
  return context;
}

export function artifactPath(name: string): string {
  return path.join(artifactsFolder, name);
}
