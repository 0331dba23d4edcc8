import type { Session } from "@shopify/shopify-api";
import type { SessionStorage } from "@shopify/shopify-app-session-storage";
import { forgetShopSession, offlineSessionCache, watchForeignWrites } from "~/assistant/shops";
import { readDataVersion } from "~/db.server";

// Another process's commit to the SQLite file (a script, a test, a second instance) empties every
// shop cache; this process's own writes forget what they change.
let seenDataVersion = readDataVersion();
watchForeignWrites(() => {
  const now = readDataVersion();
  if (now === seenDataVersion) return false;
  seenDataVersion = now;
  return true;
});

const OFFLINE_PREFIX = "offline_";

/** The id Shopify's library gives a shop's offline session. */
export function offlineSessionId(shop: string): string {
  return `${OFFLINE_PREFIX}${shop}`;
}

function shopOfOfflineId(id: string): string | null {
  return id.startsWith(OFFLINE_PREFIX) ? id.slice(OFFLINE_PREFIX.length) : null;
}

/**
 * Shopify's session storage with each shop's offline session kept in memory: every App Proxy
 * request reads it, and only this storage (or an uninstall, which forgets it) changes it.
 * Online sessions pass through.
 */
export function cacheOfflineSessions<T extends SessionStorage>(storage: T): T {
  const forgetId = (id: string) => {
    const shop = shopOfOfflineId(id);
    if (shop) forgetShopSession(shop);
  };
  return Object.assign(Object.create(storage) as T, {
    async loadSession(id: string): Promise<Session | undefined> {
      const shop = shopOfOfflineId(id);
      if (!shop) return storage.loadSession(id);
      return offlineSessionCache.read(shop, () => storage.loadSession(id));
    },
    async storeSession(session: Session): Promise<boolean> {
      const stored = await storage.storeSession(session);
      forgetId(session.id);
      return stored;
    },
    async deleteSession(id: string): Promise<boolean> {
      const deleted = await storage.deleteSession(id);
      forgetId(id);
      return deleted;
    },
    async deleteSessions(ids: string[]): Promise<boolean> {
      const deleted = await storage.deleteSessions(ids);
      ids.forEach(forgetId);
      return deleted;
    },
  });
}
