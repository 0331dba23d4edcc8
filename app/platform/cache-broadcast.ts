import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";

/**
 * Tells the other app instances that this one changed something they may hold in memory (a shop's
 * settings, FAQ index or session), over Redis pub/sub. A message can be lost while Redis restarts;
 * the caches it protects are small and also bounded by the instances' own restarts, and every
 * write a shopper depends on (conversations, jobs) is read from the database, never from them.
 */
export interface CacheBroadcast {
  announce(key: string): void;
  stop(): Promise<void>;
}

const CHANNEL = "concierge:shop-cache:forget";
const AnnouncementSchema = z.object({ origin: z.string(), key: z.string() });

export function startCacheBroadcast(options: {
  redis: Redis;
  /** Another instance forgot `key`. */
  onForeignForget: (key: string) => void;
}): CacheBroadcast {
  const origin = randomUUID();
  // A subscribed connection can do nothing else, so it is a connection of its own.
  const subscriber = options.redis.duplicate();
  subscriber.on("error", () => undefined);
  subscriber.on("message", (_channel: string, text: string) => {
    let announcement: z.infer<typeof AnnouncementSchema>;
    try {
      announcement = AnnouncementSchema.parse(JSON.parse(text));
    } catch {
      return;
    }
    if (announcement.origin !== origin) options.onForeignForget(announcement.key);
  });
  void subscriber.subscribe(CHANNEL).catch(() => undefined);
  return {
    announce(key) {
      options.redis.publish(CHANNEL, JSON.stringify({ origin, key })).catch(() => undefined);
    },
    async stop() {
      subscriber.disconnect();
    },
  };
}
