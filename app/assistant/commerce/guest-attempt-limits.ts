import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimiterAbstract } from "rate-limiter-flexible";

/**
 * Failed guest look-ups counted per visitor and per order number, so nobody can walk through
 * order numbers or guess the email of one order. Successful look-ups cost nothing.
 */
export interface GuestAttemptLimits {
  isBlocked(options: { shop: string; visitorId: string; orderName: string }): Promise<boolean>;
  recordFailure(options: { shop: string; visitorId: string; orderName: string }): Promise<void>;
}

export interface CreateGuestAttemptLimitsOptions {
  /** Failed look-ups one visitor may make per window (default 5 per 15 minutes). */
  perVisitor?: { points: number; durationSeconds: number };
  /** Failed look-ups one order number may receive per window, from anyone (default 5 per hour). */
  perOrder?: { points: number; durationSeconds: number };
  /** Store-backed limiters (e.g. RateLimiterRedis) for several app instances; memory by default. */
  visitorLimiter?: RateLimiterAbstract;
  orderLimiter?: RateLimiterAbstract;
}

export function createGuestAttemptLimits(
  options: CreateGuestAttemptLimitsOptions = {},
): GuestAttemptLimits {
  const perVisitor = options.perVisitor ?? { points: 5, durationSeconds: 15 * 60 };
  const perOrder = options.perOrder ?? { points: 5, durationSeconds: 60 * 60 };
  const visitorLimiter =
    options.visitorLimiter ??
    new RateLimiterMemory({
      keyPrefix: "guest-visitor",
      points: perVisitor.points,
      duration: perVisitor.durationSeconds,
    });
  const orderLimiter =
    options.orderLimiter ??
    new RateLimiterMemory({
      keyPrefix: "guest-order",
      points: perOrder.points,
      duration: perOrder.durationSeconds,
    });

  const visitorKey = (shop: string, visitorId: string) => `${shop}|${visitorId}`;
  const orderKey = (shop: string, orderName: string) => `${shop}|${orderName}`;

  async function spent(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
    const state = await limiter.get(key);
    return state !== null && state.consumedPoints >= limiter.points;
  }

  async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (error) {
      // Rejection with a RateLimiterRes only says the limit is now reached; that is the point.
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }

  return {
    async isBlocked({ shop, visitorId, orderName }) {
      const [visitor, order] = await Promise.all([
        spent(visitorLimiter, visitorKey(shop, visitorId)),
        spent(orderLimiter, orderKey(shop, orderName)),
      ]);
      return visitor || order;
    },
    async recordFailure({ shop, visitorId, orderName }) {
      await Promise.all([
        consume(visitorLimiter, visitorKey(shop, visitorId)),
        consume(orderLimiter, orderKey(shop, orderName)),
      ]);
    },
  };
}
