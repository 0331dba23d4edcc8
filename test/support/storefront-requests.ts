import { signAppProxyParams } from "../emulators/shopify/signatures";
import type { AppStack } from "./app-stack";
import { DEMO_SHOP } from "./app-stack";

export interface ProxyRequestOptions {
  shop?: string;
  customerId?: string | null;
  /** Seconds since the epoch; now when absent. */
  timestamp?: number;
  /** Sign with another secret to forge a request. */
  secret?: string;
  /** Leave the signature out entirely. */
  unsigned?: boolean;
  query?: Record<string, string>;
}

/** The URL Shopify's App Proxy would call on the app for `/apps/concierge/<path>`. */
export function proxyUrl(stack: AppStack, path: string, options: ProxyRequestOptions = {}): string {
  const params = new URLSearchParams({
    ...options.query,
    shop: options.shop ?? DEMO_SHOP,
    logged_in_customer_id: options.customerId ?? "",
    path_prefix: "/apps/concierge",
    timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
  });
  if (!options.unsigned)
    params.set("signature", signAppProxyParams(options.secret ?? stack.apiSecret, params));
  return `${stack.appUrl}/proxy/${path}?${params.toString()}`;
}

export function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** A widget visitor id: 22 URL-safe random characters, as the widget makes them. */
export function aVisitorId(): string {
  return crypto.randomUUID().replaceAll("-", "").slice(0, 22);
}
