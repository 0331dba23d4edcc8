import { Redis } from "ioredis";

/**
 * A connection for work on the request path (rate limits, replay guard, broadcasts): a command
 * that Redis does not answer within a second fails, so its caller falls back instead of holding
 * a shopper's request.
 */
export function connectRedis(url: string): Redis {
  return new Redis(url, {
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    connectionName: "concierge",
  });
}

/** A connection for the job queue: BullMQ's blocking commands wait as long as they need. */
export function connectQueueRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, connectionName: "concierge-jobs" });
}

/** Ends a connection politely, or at once when Redis is gone. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === "end") return;
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
  }
}
