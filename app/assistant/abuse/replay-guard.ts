import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { LRUCache } from "lru-cache";

/**
 * Remembers signed requests seen within the signature's validity window, so the very same
 * request (signature, path and body) is answered once. Shopify signs only the query string, so
 * the body is part of what makes a request "the same": two shoppers writing in the same second
 * share a signature but not a body. A store-backed guard (Redis `SET key NX PX`) replaces the
 * memory one when several app instances run.
 */
export interface ReplayGuard {
  /** True the first time within the window; false for a replay. */
  firstSighting(request: { signature: string; path: string; body: string }): Promise<boolean>;
}

type SignedRequest = Parameters<ReplayGuard["firstSighting"]>[0];

function fingerprint({ signature, path, body }: SignedRequest): string {
  return createHash("sha256")
    .update(signature)
    .update("\n")
    .update(path)
    .update("\n")
    .update(body)
    .digest("base64url");
}

/**
 * The sightings one process remembers, by fingerprint: true the first time within the window.
 * The memory guard asks it in this process; with several workers the primary holds the one copy.
 */
export function rememberSightings(options: {
  windowSeconds: number;
  maxEntries?: number;
}): (key: string) => boolean {
  const seen = new LRUCache<string, true>({
    max: options.maxEntries ?? 200_000,
    ttl: options.windowSeconds * 1000,
  });
  return (key) => {
    if (seen.has(key)) return false;
    seen.set(key, true);
    return true;
  };
}

export function createMemoryReplayGuard(options: {
  windowSeconds: number;
  maxEntries?: number;
}): ReplayGuard {
  const firstSightingOf = rememberSightings(options);
  return {
    async firstSighting(request) {
      return firstSightingOf(fingerprint(request));
    },
  };
}

/**
 * The guard of a worker process (CONCIERGE_WORKERS > 1): the primary holds the sightings, so the
 * first sighting is answered once across the workers. While the primary does not answer, this
 * worker's own memory decides, so shoppers are still served.
 */
export function createSharedReplayGuard(options: {
  /** Asks the holder of the sightings about one fingerprint. */
  firstSightingOf: (key: string) => Promise<boolean>;
  windowSeconds: number;
}): ReplayGuard {
  const fallback = rememberSightings(options);
  return {
    async firstSighting(request) {
      const key = fingerprint(request);
      try {
        return await options.firstSightingOf(key);
      } catch {
        return fallback(key);
      }
    },
  };
}

/**
 * The guard shared by every app instance: `SET key NX PX` answers "first" exactly once across them.
 * While Redis does not answer, this instance's memory guard decides, so shoppers are still served.
 */
export function createRedisReplayGuard(options: {
  redis: Redis;
  windowSeconds: number;
  fallback?: ReplayGuard;
}): ReplayGuard {
  const fallback = options.fallback ?? createMemoryReplayGuard(options);
  return {
    async firstSighting(request) {
      try {
        const stored = await options.redis.set(
          `concierge:replay:${fingerprint(request)}`,
          "1",
          "PX",
          options.windowSeconds * 1000,
          "NX",
        );
        return stored === "OK";
      } catch {
        return fallback.firstSighting(request);
      }
    },
  };
}
