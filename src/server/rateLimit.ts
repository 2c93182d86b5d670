// Token buckets keyed by client (a team's token, or an address), in bounded memory: when the map is
// full the least recently seen key is forgotten (it then starts again with a full bucket, which only
// ever errs on the side of letting a client through).

export interface RateLimit {
  /** Requests a client may send at once. */
  burst: number;
  /** Requests a second, sustained. */
  perSecond: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one request from `key`'s bucket: 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    if (this.limit.perSecond <= 0) return 0;
    const t = this.now();
    const b = this.buckets.get(key);
    let tokens = this.limit.burst;
    if (b) {
      tokens = Math.min(this.limit.burst, b.tokens + ((t - b.at) / 1000) * this.limit.perSecond);
      this.buckets.delete(key); // re-inserted below: Map order is recency order
    } else if (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: t });
      return Math.ceil((1 - tokens) / this.limit.perSecond);
    }
    this.buckets.set(key, { tokens: tokens - 1, at: t });
    return 0;
  }

  get size(): number {
    return this.buckets.size;
  }
}
