/**
 * Browser storage under one prefix, falling back to memory when storage is blocked (Safari
 * private mode, sandboxed frames) or when the shopper has not yet agreed to storage.
 */
export type StorageKey =
  | "visitor"
  | "conversation"
  | "consent"
  | "open"
  | "draft"
  | "voice"
  /** Nudges shown today: "YYYY-MM-DD|count" (app/assistant/proactive/nudge-rules.ts). */
  | "nudges"
  /** Set once a nudge was shown in this browser session. */
  | "nudged";

export interface ShopperStorage {
  get(key: StorageKey): string | null;
  set(key: StorageKey, value: string): void;
  remove(key: StorageKey): void;
  /** Copies what was kept in memory into the browser once persisting is allowed. */
  persist(): void;
}

const PREFIX = "concierge:";

/** "open", "draft" and "nudged" belong to this tab only; the rest follows the shopper across tabs. */
const TAB_KEYS: StorageKey[] = ["open", "draft", "nudged"];

function areaFor(key: StorageKey): Storage | null {
  try {
    return TAB_KEYS.includes(key) ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}

export function createShopperStorage(options: { mayPersist: () => boolean }): ShopperStorage {
  const memory = new Map<StorageKey, string>();
  const write = (key: StorageKey, value: string): void => {
    try {
      areaFor(key)?.setItem(PREFIX + key, value);
    } catch {
      // Quota or privacy mode: memory already holds the value.
    }
  };
  return {
    get(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        return areaFor(key)?.getItem(PREFIX + key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      memory.set(key, value);
      if (options.mayPersist()) write(key, value);
    },
    remove(key) {
      memory.delete(key);
      try {
        areaFor(key)?.removeItem(PREFIX + key);
      } catch {
        // Nothing stored to remove.
      }
    },
    persist() {
      if (!options.mayPersist()) return;
      for (const [key, value] of memory) write(key, value);
    },
  };
}
