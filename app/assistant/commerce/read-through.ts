import type { z } from "zod";
import type { CommerceCache } from "./commerce-cache";

/** Counts of cache answers, read by the benchmark and by anyone curious about hit rates. */
export interface CacheCounts {
  hits: number;
  misses: number;
}

const inFlightByCache = new WeakMap<CommerceCache, Map<string, Promise<unknown>>>();

/**
 * Cached value or one load shared by every concurrent caller of the same shop and key, so a
 * burst of shoppers asking about one product costs one Admin API call.
 */
export async function readThrough<T>(options: {
  cache: CommerceCache;
  shop: string;
  key: string;
  schema: z.ZodType<T>;
  ttlMs: number;
  tagsOf: (value: T) => string[];
  load: () => Promise<T>;
  counts?: CacheCounts;
}): Promise<T> {
  const { cache, shop, key, schema } = options;
  const cached = await cache.get({ shop, key, schema });
  if (cached !== undefined) {
    if (options.counts) options.counts.hits += 1;
    return cached;
  }
  if (options.counts) options.counts.misses += 1;

  let inFlight = inFlightByCache.get(cache);
  if (!inFlight) {
    inFlight = new Map();
    inFlightByCache.set(cache, inFlight);
  }
  const flightKey = `${shop}\u0000${key}`;
  const running = inFlight.get(flightKey);
  if (running) return schema.parse(await running);

  const loadStartedAt = Date.now();
  const loading = (async () => {
    const value = await options.load();
    await cache.set({
      shop,
      key,
      value,
      ttlMs: options.ttlMs,
      tags: options.tagsOf(value),
      loadStartedAt,
    });
    return value;
  })();
  inFlight.set(flightKey, loading);
  try {
    return await loading;
  } finally {
    inFlight.delete(flightKey);
  }
}
