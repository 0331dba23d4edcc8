import { LRUCache } from "lru-cache";

/**
 * Webhook ids already handled, so Shopify's retries (up to 8 over 4 hours) are applied once.
 * Bounded and expiring; a Redis version (SET NX EX) implements the same interface.
 */
export interface WebhookReceipts {
  /** True the first time a shop's webhook id is seen; false for every repeat. */
  claim(options: { shop: string; webhookId: string }): Promise<boolean>;
  /** Forgets a claim whose handling failed, so Shopify's retry is handled. */
  release(options: { shop: string; webhookId: string }): Promise<void>;
}

export function createMemoryWebhookReceipts(
  options: { max?: number; ttlMs?: number } = {},
): WebhookReceipts {
  const seen = new LRUCache<string, true>({
    max: options.max ?? 50_000,
    ttl: options.ttlMs ?? 6 * 60 * 60_000,
  });
  const key = (shop: string, webhookId: string) => `${shop}\u0000${webhookId}`;
  return {
    async claim({ shop, webhookId }) {
      const id = key(shop, webhookId);
      if (seen.has(id)) return false;
      seen.set(id, true);
      return true;
    },
    async release({ shop, webhookId }) {
      seen.delete(key(shop, webhookId));
    },
  };
}

export const sharedWebhookReceipts: WebhookReceipts = createMemoryWebhookReceipts();
