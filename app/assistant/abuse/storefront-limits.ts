import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { z } from "zod";

/**
 * How many storefront requests one visitor and one shop may make. Writes (messages, feedback) and
 * reads (the widget polling for an agent's reply) are counted apart, so polling never eats the
 * budget for writing. Limiters come from `rate-limiter-flexible`: memory in one process (also in
 * the primary that counts for the workers of one instance), and a `RateLimiterRedis` with the same
 * options when several app instances share the counts. storefront-gate.ts charges them.
 */
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
