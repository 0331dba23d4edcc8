import { LRUCache } from "lru-cache";
import type { z } from "zod";

/**
 * Per-shop cache of Admin API answers. Entries carry tags (`product:123`, `order-name:#1001`,
 * `customer:42`, `catalogue`) so a webhook can drop everything a change touches. The memory
 * version below is the embedded default; a Redis version implements the same interface.
 */
export interface CommerceCache {
  get<T>(options: { shop: string; key: string; schema: z.ZodType<T> }): Promise<T | undefined>;
  /** `loadStartedAt`: when the value was fetched; dropped if a tag was invalidated since. */
  set(options: {
    shop: string;
    key: string;
    value: unknown;
    ttlMs: number;
    tags: string[];
    loadStartedAt: number;
  }): Promise<void>;
  /** Drops every entry of the shop carrying one of the tags; returns how many went. */
  invalidate(options: { shop: string; tags: string[] }): Promise<number>;
}

interface Entry {
  shop: string;
  value: unknown;
  tags: string[];
  /** The value as each schema read it (null: it did not fit), parsed once per entry. */
  readings: Map<z.ZodType, unknown>;
}

/** Frozen through and through, so a reader can never change what the next reader gets. */
function freezeDeep<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) freezeDeep(inner);
  }
  return value;
}

export function createMemoryCommerceCache(
  options: { maxEntries?: number; now?: () => number } = {},
): CommerceCache {
  const now = options.now ?? Date.now;
  const keysByTag = new Map<string, Set<string>>();
  const invalidatedAt = new LRUCache<string, number>({ max: 50_000, ttl: 10 * 60_000 });

  const entries = new LRUCache<string, Entry>({
    max: options.maxEntries ?? 5_000,
    ttlAutopurge: false,
    dispose: (entry, key) => {
      for (const tag of entry.tags) {
        const scoped = scope(entry.shop, tag);
        const keys = keysByTag.get(scoped);
        keys?.delete(key);
        if (keys?.size === 0) keysByTag.delete(scoped);
      }
    },
  });

  return {
    async get<T>({ shop, key, schema }: { shop: string; key: string; schema: z.ZodType<T> }) {
      const entry = entries.get(scope(shop, key));
      if (!entry) return undefined;
      // The catalogue is read on every chat message: parse it once, hand out one frozen reading.
      if (!entry.readings.has(schema)) {
        const parsed = schema.safeParse(entry.value);
        entry.readings.set(schema, parsed.success ? freezeDeep(parsed.data) : null);
      }
      return (entry.readings.get(schema) as T | null) ?? undefined;
    },
    async set({ shop, key, value, ttlMs, tags, loadStartedAt }) {
      for (const tag of tags) {
        const when = invalidatedAt.get(scope(shop, tag));
        if (when !== undefined && when >= loadStartedAt) return;
      }
      const scopedKey = scope(shop, key);
      entries.set(scopedKey, { shop, value, tags, readings: new Map() }, { ttl: ttlMs });
      for (const tag of tags) {
        const scoped = scope(shop, tag);
        let keys = keysByTag.get(scoped);
        if (!keys) {
          keys = new Set();
          keysByTag.set(scoped, keys);
        }
        keys.add(scopedKey);
      }
    },
    async invalidate({ shop, tags }) {
      let dropped = 0;
      const at = now();
      for (const tag of tags) {
        const scoped = scope(shop, tag);
        invalidatedAt.set(scoped, at);
        for (const key of [...(keysByTag.get(scoped) ?? [])]) {
          if (entries.delete(key)) dropped += 1;
        }
      }
      return dropped;
    },
  };
}

function scope(shop: string, name: string): string {
  return `${shop}\u0000${name}`;
}

/** Tags shared by the loaders and the webhook handlers, so both name a change the same way. */
export const cacheTags = {
  product: (productId: string) => `product:${productId}`,
  productHandle: (handle: string) => `product-handle:${handle}`,
  catalogue: "catalogue",
  order: (orderId: string) => `order:${orderId}`,
  orderName: (name: string) => `order-name:${name}`,
  customer: (customerId: string) => `customer:${customerId}`,
};

/** The process-wide cache: what the app's routes and webhook handlers share by default. */
export const sharedCommerceCache: CommerceCache = createMemoryCommerceCache();
