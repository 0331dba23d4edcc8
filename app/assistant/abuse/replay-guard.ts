import { createHash } from "node:crypto";
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

export function createMemoryReplayGuard(options: {
  windowSeconds: number;
  maxEntries?: number;
}): ReplayGuard {
  const seen = new LRUCache<string, true>({
    max: options.maxEntries ?? 200_000,
    ttl: options.windowSeconds * 1000,
  });
  return {
    async firstSighting({ signature, path, body }) {
      const key = createHash("sha256")
        .update(signature)
        .update("\n")
        .update(path)
        .update("\n")
        .update(body)
        .digest("base64url");
      if (seen.has(key)) return false;
      seen.set(key, true);
      return true;
    },
  };
}
