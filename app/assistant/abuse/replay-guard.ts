import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { LRUCache } from "lru-cache";

/**
 * Remembers signed requests seen within the signature's validity window, so the very same
 * request (signature, path and body) is answered once. Shopify signs only the query string, so
 * the body is part of what makes a request "the same": two shoppers writing in the same second
 * share a signature but not a body. The sightings live in the process (or, for several workers,
 * in their primary) or, when several app instances run, in Redis (`SET key NX PX`).
 */
export function replayFingerprint(request: {
  signature: string;
  path: string;
  body: string;
}): string {
  return createHash("sha256")
    .update(request.signature)
    .update("\n")
    .update(request.path)
    .update("\n")
    .update(request.body)
    .digest("base64url");
}

/** The sightings one process remembers, by fingerprint: true the first time within the window. */
export function rememberSightings(options: {
  windowSeconds: number;
  maxEntries?: number;
}): (fingerprint: string) => boolean {
  const seen = new LRUCache<string, true>({
    max: options.maxEntries ?? 200_000,
    ttl: options.windowSeconds * 1000,
  });
  return (fingerprint) => {
    if (seen.has(fingerprint)) return false;
    seen.set(fingerprint, true);
    return true;
  };
}

/**
 * The sightings every app instance shares: `SET key NX PX` answers "first" exactly once across
 * them. While Redis does not answer, this instance's memory decides, so shoppers are still served.
 */
export function redisSightings(options: {
  redis: Redis;
  windowSeconds: number;
}): (fingerprint: string) => Promise<boolean> {
  const fallback = rememberSightings(options);
  return async (fingerprint) => {
    try {
      const stored = await options.redis.set(
        `concierge:replay:${fingerprint}`,
        "1",
        "PX",
        options.windowSeconds * 1000,
        "NX",
      );
      return stored === "OK";
    } catch {
      return fallback(fingerprint);
    }
  };
}
