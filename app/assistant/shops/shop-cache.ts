import type { Session } from "@shopify/shopify-api";
import type { ShopKnowledge } from "../knowledge/build-shop-knowledge";
import type { ShopSettings } from "../settings/shop-settings";

/**
 * Per-shop values read on every shopper message (settings, the FAQ index, the offline session),
 * kept in memory until they change. Writers in this process call the cache's `forget` after they
 * commit; writes by other processes reach it through `watchForeignWrites` (SQLite's data_version)
 * or, with several instances, through a broadcast that calls the same `forget` everywhere.
 */
export interface ShopCache<T> {
  /** The cached value, or `load()`'s (one load at a time per key; a failed load is not kept). */
  read(key: string, load: () => Promise<T>): Promise<T>;
  forget(key: string): void;
  forgetAll(): void;
}

const caches: ShopCache<unknown>[] = [];
/** Each cache's forget without the announcement, so forgetting a whole shop announces once. */
const forgetsWithoutAnnouncing = new Map<ShopCache<unknown>, (key: string) => void>();
let foreignWrites: () => boolean = () => false;

/**
 * Tells every cache how to learn that another process wrote to the database: when `changed()`
 * says so (checked on each read), every cache drops everything it holds.
 */
export function watchForeignWrites(changed: () => boolean): void {
  foreignWrites = changed;
}

let announceForget: (key: string) => void = () => undefined;

/**
 * Tells every cache how to tell other instances what this one forgot after a write (a broadcast
 * that reaches their `watchForeignWrites`), so no instance keeps serving what another changed.
 */
export function announceForgets(announce: (key: string) => void): void {
  announceForget = announce;
}

function dropOnForeignWrites(): void {
  if (foreignWrites()) for (const cache of caches) cache.forgetAll();
}

export function createShopCache<T>(): ShopCache<T> {
  const values = new Map<string, Promise<T>>();
  // Moves on every forget, so a load that began before it cannot store what it read.
  const generations = new Map<string, number>();
  let epoch = 0;

  const forgetHere = (key: string) => {
    values.delete(key);
    generations.set(key, (generations.get(key) ?? 0) + 1);
  };

  const cache: ShopCache<T> = {
    read(key, load) {
      dropOnForeignWrites();
      const cached = values.get(key);
      if (cached) return cached;
      const generation = generations.get(key) ?? 0;
      const startedIn = epoch;
      const loading = load();
      values.set(key, loading);
      loading.then(
        () => {
          if ((generations.get(key) ?? 0) !== generation || epoch !== startedIn) {
            if (values.get(key) === loading) values.delete(key);
          }
        },
        () => {
          if (values.get(key) === loading) values.delete(key);
        },
      );
      return loading;
    },
    forget(key) {
      forgetHere(key);
      announceForget(key);
    },
    forgetAll() {
      values.clear();
      generations.clear();
      epoch += 1;
    },
  };
  caches.push(cache as ShopCache<unknown>);
  forgetsWithoutAnnouncing.set(cache as ShopCache<unknown>, forgetHere);
  return cache;
}

/** Each shop's parsed settings; forget after the Shop row's settings change. */
export const shopSettingsCache = createShopCache<ShopSettings>();
/** Each shop's FAQ index; forget after its FAQ entries or answer votes change. */
export const shopKnowledgeCache = createShopCache<ShopKnowledge>();

export function forgetShopSettings(shop: string): void {
  shopSettingsCache.forget(shop);
}

export function forgetShopKnowledge(shop: string): void {
  shopKnowledgeCache.forget(shop);
}

/** Each shop's offline session (keyed by shop), read by every App Proxy request. */
export const offlineSessionCache = createShopCache<Session | undefined>();

export function forgetShopSession(shop: string): void {
  offlineSessionCache.forget(shop);
}

/** After a shop's rows went away (uninstall, shop/redact): nothing of it stays in memory. */
export function forgetShop(shop: string): void {
  for (const forgetHere of forgetsWithoutAnnouncing.values()) forgetHere(shop);
  announceForget(shop);
}
