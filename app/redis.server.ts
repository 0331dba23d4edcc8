import type { Redis } from "ioredis";
import { env } from "~/env.server";
import { connectRedis } from "~/platform/redis";

declare global {
  // One connection per process, however often Vite reloads this module in development.
  var conciergeRedis: Redis | undefined;
}

/**
 * The app's one door to Redis, shared by every instance: null without REDIS_URL, when each of its
 * uses (rate limits, replay guard, cache broadcasts, job queue) runs in this process instead.
 */
export const redis: Redis | null = env.REDIS_URL
  ? (globalThis.conciergeRedis ??= connectRedis(env.REDIS_URL))
  : null;

// ioredis reconnects by itself; an error event without a listener would end the process.
redis?.on("error", () => undefined);
