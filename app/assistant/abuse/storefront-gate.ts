import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { z } from "zod";
import { rememberSightings } from "./replay-guard";
import {
  memoryLimiters,
  type StorefrontLimiters,
  type StorefrontLimitsSettings,
} from "./storefront-limits";
import { APP_PROXY_REPLAY_WINDOW_SECONDS } from "./verify-app-proxy-signature";

/**
 * Everything a storefront request is charged for, asked in one call: the shop's budget, the replay
 * guard (the request's fingerprint, when its body could be read) and the visitor's budget (when the
 * input named a visitor). One call is one round trip where the counts live elsewhere (the primary
 * of several workers), instead of one per check.
 */
export const AdmissionRequestSchema = z.object({
  shop: z.string().min(1),
  /** replayFingerprint of the request; null when the body could not be read (nothing to remember). */
  fingerprint: z.string().nullable(),
  /** The visitor the input names; null when the input did not parse (nobody to charge). */
  visitor: z.object({ id: z.string().min(1), kind: z.enum(["write", "read"]) }).nullable(),
});
export type AdmissionRequest = z.infer<typeof AdmissionRequestSchema>;

/** Which check refused the request first; a refused request is charged nothing after that check. */
export const AdmissionSchema = z.union([
  z.object({ refusal: z.null() }),
  z.object({ refusal: z.literal("replay") }),
  z.object({
    refusal: z.enum(["shop", "visitor"]),
    retryAfterSeconds: z.number().int().positive(),
  }),
]);
export type Admission = z.infer<typeof AdmissionSchema>;

export interface StorefrontGate {
  admit(request: AdmissionRequest): Promise<Admission>;
}

/** Seconds until the limiter lets this key through again (at least 1), or null when it let it through. */
async function refusedFor(limiter: RateLimiterAbstract, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/**
 * The checks in the order a request meets them: the shop's budget, then the replay guard, then the
 * visitor's budget. `firstSighting` answers true the first time a fingerprint is seen in the window.
 */
export function createStorefrontGate(options: {
  limiters: StorefrontLimiters;
  firstSighting: (fingerprint: string) => boolean | Promise<boolean>;
}): StorefrontGate {
  const { limiters, firstSighting } = options;
  return {
    async admit({ shop, fingerprint, visitor }) {
      const shopWait = await refusedFor(limiters.shop, shop);
      if (shopWait !== null) return { refusal: "shop", retryAfterSeconds: shopWait };
      if (fingerprint !== null && !(await firstSighting(fingerprint))) return { refusal: "replay" };
      if (visitor) {
        const limiter = visitor.kind === "write" ? limiters.visitorWrites : limiters.visitorReads;
        const visitorWait = await refusedFor(limiter, `${shop}|${visitor.id}`);
        if (visitorWait !== null) return { refusal: "visitor", retryAfterSeconds: visitorWait };
      }
      return { refusal: null };
    },
  };
}

/**
 * The gate whose counts and sightings live in this process: one app process alone, the primary
 * that counts for its workers, or a worker while its primary does not answer.
 */
export function createMemoryStorefrontGate(settings: StorefrontLimitsSettings): StorefrontGate {
  return createStorefrontGate({
    limiters: memoryLimiters(settings),
    firstSighting: rememberSightings({ windowSeconds: APP_PROXY_REPLAY_WINDOW_SECONDS }),
  });
}
