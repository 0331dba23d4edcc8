import { LRUCache } from "lru-cache";

/** Shopify's leaky bucket as last reported in `extensions.cost.throttleStatus`. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/**
 * What we know of each shop's query-cost bucket, so a query waits for enough points instead of
 * being THROTTLED. One ledger per process is shared by every gateway of a shop.
 */
export interface CostLedger {
  /**
   * Milliseconds to wait before a query fits. Shopify admits a query when its requested cost is
   * available, then keeps only the actual cost; so the check uses `cost` and, when it passes
   * (answer 0), `charge` (the expected actual cost) is taken from the bucket. `keepShare` of the
   * bucket stays untouched for other calls (background work leaves room for shoppers waiting).
   */
  reserve(options: {
    shop: string;
    cost: number;
    charge: number;
    now: number;
    keepShare?: number;
  }): number;
  record(options: { shop: string; status: ThrottleStatus; now: number }): void;
  /** The requested and actual cost Shopify last reported for an operation, to plan the next call. */
  knownCost(options: { shop: string; operation: string }): QueryCost | undefined;
  learnCost(options: { shop: string; operation: string; cost: QueryCost }): void;
}

export interface QueryCost {
  requested: number;
  actual: number;
}

interface Bucket {
  status: ThrottleStatus;
  at: number;
}

export function createCostLedger(options: { maxShops?: number } = {}): CostLedger {
  const buckets = new LRUCache<string, Bucket>({ max: options.maxShops ?? 10_000 });
  const costs = new LRUCache<string, QueryCost>({ max: (options.maxShops ?? 10_000) * 4 });

  function availableNow(bucket: Bucket, now: number): number {
    const restored = ((now - bucket.at) / 1000) * bucket.status.restoreRate;
    return Math.min(bucket.status.maximumAvailable, bucket.status.currentlyAvailable + restored);
  }

  return {
    reserve({ shop, cost, charge, now, keepShare = 0 }) {
      const bucket = buckets.get(shop);
      if (!bucket) return 0;
      const available = availableNow(bucket, now);
      // A query dearer than the whole bucket can never fit; let Shopify answer it (MAX_COST_EXCEEDED).
      const needed = Math.min(cost, bucket.status.maximumAvailable);
      const kept = Math.min(
        keepShare * bucket.status.maximumAvailable,
        bucket.status.maximumAvailable - needed,
      );
      if (available >= needed + kept) {
        buckets.set(shop, {
          status: { ...bucket.status, currentlyAvailable: available - Math.min(charge, needed) },
          at: now,
        });
        return 0;
      }
      const rate = Math.max(bucket.status.restoreRate, 1);
      return Math.ceil(((needed + kept - available) / rate) * 1000);
    },
    record({ shop, status, now }) {
      buckets.set(shop, { status, at: now });
    },
    knownCost({ shop, operation }) {
      return costs.get(`${shop}\u0000${operation}`);
    },
    learnCost({ shop, operation, cost }) {
      costs.set(`${shop}\u0000${operation}`, cost);
    },
  };
}

/** The process-wide ledger used when a gateway is not given its own. */
export const sharedCostLedger: CostLedger = createCostLedger();
