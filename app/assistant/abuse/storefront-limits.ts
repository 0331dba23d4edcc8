import type { Redis } from "ioredis";
import {
  RateLimiterCluster,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { z } from "zod";
import { Problem } from "../errors";

/**
 * How many storefront requests one visitor and one shop may make. Writes (messages, feedback) and
 * reads (the widget polling for an agent's reply) are counted apart, so polling never eats the
 * budget for writing. Limiters come from `rate-limiter-flexible`: memory in one process, counted by
 * the primary when one instance runs several workers, and a `RateLimiterRedis` with the same
 * options when several app instances share the counts.
 */
export interface StorefrontLimits {
  /** Throws a rate_limited Problem (with Retry-After) when the shop is over its budget. */
  chargeShop(options: { shop: string }): Promise<void>;
  chargeVisitor(options: {
    shop: string;
    visitorId: string;
    kind: "write" | "read";
  }): Promise<void>;
}

export const StorefrontLimitsSettingsSchema = z.object({
  visitorWritesPerMinute: z.coerce.number().int().min(1).default(30),
  visitorReadsPerMinute: z.coerce.number().int().min(1).default(120),
  shopRequestsPerMinute: z.coerce.number().int().min(1).default(6000),
});
export type StorefrontLimitsSettings = z.infer<typeof StorefrontLimitsSettingsSchema>;

/** `CONCIERGE_RATE_LIMIT_*` variables, for env.server. */
export const StorefrontLimitsEnvironmentSchema = z
  .object({
    CONCIERGE_RATE_LIMIT_VISITOR_WRITES: z.string().optional(),
    CONCIERGE_RATE_LIMIT_VISITOR_READS: z.string().optional(),
    CONCIERGE_RATE_LIMIT_SHOP: z.string().optional(),
  })
  .transform((source) =>
    StorefrontLimitsSettingsSchema.parse({
      visitorWritesPerMinute: source.CONCIERGE_RATE_LIMIT_VISITOR_WRITES,
      visitorReadsPerMinute: source.CONCIERGE_RATE_LIMIT_VISITOR_READS,
      shopRequestsPerMinute: source.CONCIERGE_RATE_LIMIT_SHOP,
    }),
  );

export interface StorefrontLimiters {
  visitorWrites: RateLimiterAbstract;
  visitorReads: RateLimiterAbstract;
  shop: RateLimiterAbstract;
}

type LimiterStore = (options: { keyPrefix: string; points: number }) => RateLimiterAbstract;

function limitersIn(settings: StorefrontLimitsSettings, store: LimiterStore): StorefrontLimiters {
  return {
    visitorWrites: store({
      keyPrefix: "storefront-visitor-writes",
      points: settings.visitorWritesPerMinute,
    }),
    visitorReads: store({
      keyPrefix: "storefront-visitor-reads",
      points: settings.visitorReadsPerMinute,
    }),
    shop: store({ keyPrefix: "storefront-shop", points: settings.shopRequestsPerMinute }),
  };
}

export function memoryLimiters(settings: StorefrontLimitsSettings): StorefrontLimiters {
  return limitersIn(settings, (options) => new RateLimiterMemory({ ...options, duration: 60 }));
}

/** How long a worker waits for the primary's count before the request fails. */
const PRIMARY_ANSWER_TIMEOUT_MS = 5_000;

/**
 * The same budgets counted by the primary process for all its workers (CONCIERGE_WORKERS > 1,
 * over cluster IPC), so a visitor has one budget whichever worker answers. The primary runs
 * rate-limiter-flexible's `RateLimiterClusterMaster`.
 */
export function workerLimiters(settings: StorefrontLimitsSettings): StorefrontLimiters {
  return limitersIn(
    settings,
    (options) =>
      new RateLimiterCluster({
        ...options,
        duration: 60,
        timeoutMs: PRIMARY_ANSWER_TIMEOUT_MS,
      }),
  );
}

/**
 * The same budgets counted in Redis, so every app instance charges one count. When Redis does not
 * answer, each instance falls back to counting alone (a memory limiter) rather than refusing
 * shoppers or letting everything through.
 */
export function redisLimiters(
  settings: StorefrontLimitsSettings,
  redis: Redis,
): StorefrontLimiters {
  return limitersIn(
    settings,
    (options) =>
      new RateLimiterRedis({
        ...options,
        keyPrefix: `concierge:${options.keyPrefix}`,
        duration: 60,
        storeClient: redis,
        insuranceLimiter: new RateLimiterMemory({ ...options, duration: 60 }),
      }),
  );
}

async function charge(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new Problem(
        "rate_limited",
        message,
        Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      );
    }
    throw rejection;
  }
}

export function createStorefrontLimits(limiters: StorefrontLimiters): StorefrontLimits {
  return {
    chargeShop: ({ shop }) =>
      charge(limiters.shop, shop, "This shop's assistant is very busy. Please try again shortly."),
    chargeVisitor: ({ shop, visitorId, kind }) =>
      charge(
        kind === "write" ? limiters.visitorWrites : limiters.visitorReads,
        `${shop}|${visitorId}`,
        "You are sending messages very fast. Please wait a moment.",
      ),
  };
}
