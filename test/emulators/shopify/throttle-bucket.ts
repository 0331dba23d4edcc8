/**
 * Shopify's cost-based leaky bucket, one per (app, shop): it holds up to `maximumAvailable`
 * points and refills at `restoreRate` points per second; a query is throttled when the bucket
 * holds less than its requested cost.
 */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export class ThrottleBucket {
  private available: number;
  private updatedAt: number;

  constructor(
    private maximumAvailable: number,
    private restoreRate: number,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.available = maximumAvailable;
    this.updatedAt = clock();
  }

  private refill() {
    const now = this.clock();
    this.available = Math.min(
      this.maximumAvailable,
      this.available + ((now - this.updatedAt) / 1000) * this.restoreRate,
    );
    this.updatedAt = now;
  }

  /** Takes `cost` points if the bucket holds them; answers whether it did. */
  take(cost: number) {
    this.refill();
    if (this.available < cost) return false;
    this.available -= cost;
    return true;
  }

  /** Gives back what a query was charged above its actual cost. */
  refund(points: number) {
    this.refill();
    this.available = Math.min(this.maximumAvailable, this.available + Math.max(points, 0));
  }

  reconfigure(options: {
    maximumAvailable?: number;
    restoreRate?: number;
    currentlyAvailable?: number;
  }) {
    this.refill();
    if (options.maximumAvailable !== undefined) this.maximumAvailable = options.maximumAvailable;
    if (options.restoreRate !== undefined) this.restoreRate = options.restoreRate;
    this.available = Math.min(options.currentlyAvailable ?? this.available, this.maximumAvailable);
  }

  status(): ThrottleStatus {
    this.refill();
    return {
      maximumAvailable: this.maximumAvailable,
      currentlyAvailable: Math.floor(this.available),
      restoreRate: this.restoreRate,
    };
  }
}
