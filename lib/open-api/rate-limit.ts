// The published rate limit of the open API: by default 120 requests per minute per client
// address, as a token bucket (bursts up to the limit, refilled evenly over the window).
// Counters live in this process: with several app instances behind a load balancer each
// instance counts separately, which the docs state. PUBLIC_API_RATE_LIMIT and
// PUBLIC_API_RATE_WINDOW_SECONDS change it (tests set a short window).
export type RateLimitConfig = { limit: number; windowSeconds: number };

export type RateDecision = {
  allowed: boolean;
  limit: number;
  /** Whole requests left right now. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until the next request is allowed; null when this one was. */
  retryAfterSeconds: number | null;
};

type Bucket = { tokens: number; at: number };

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { limit: 120, windowSeconds: 60 };

export function rateLimitConfigFromEnv(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  const positive = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return v && Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    limit: positive(env.PUBLIC_API_RATE_LIMIT, DEFAULT_RATE_LIMIT.limit),
    windowSeconds: positive(env.PUBLIC_API_RATE_WINDOW_SECONDS, DEFAULT_RATE_LIMIT.windowSeconds),
  };
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    readonly config: RateLimitConfig,
    private readonly maxKeys = 50_000,
  ) {
    this.perMs = config.limit / (config.windowSeconds * 1000);
  }

  /** Count one request of `key` at `now` (ms). */
  take(key: string, now: number): RateDecision {
    const { limit } = this.config;
    const old = this.buckets.get(key);
    const tokens = old ? Math.min(limit, old.tokens + Math.max(0, now - old.at) * this.perMs) : limit;
    const allowed = tokens >= 1;
    const left = allowed ? tokens - 1 : tokens;
    this.buckets.delete(key); // re-insert: Map order is least-recently-used first
    this.buckets.set(key, { tokens: left, at: now });
    if (this.buckets.size > this.maxKeys) this.evict(now);
    return {
      allowed,
      limit,
      remaining: Math.floor(left),
      resetSeconds: Math.ceil((limit - left) / this.perMs / 1000),
      retryAfterSeconds: allowed ? null : Math.max(1, Math.ceil((1 - left) / this.perMs / 1000)),
    };
  }

  get size(): number {
    return this.buckets.size;
  }

  // Full buckets carry no information; drop them, then the least recently used if needed.
  private evict(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.config.limit) this.buckets.delete(key);
    }
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
  }
}

export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  const h: Record<string, string> = {
    "X-RateLimit-Limit": String(d.limit),
    "X-RateLimit-Remaining": String(d.remaining),
    "X-RateLimit-Reset": String(d.resetSeconds),
  };
  if (d.retryAfterSeconds !== null) h["Retry-After"] = String(d.retryAfterSeconds);
  return h;
}

// One limiter per process, on globalThis so that every route bundle shares the same counts.
const g = globalThis as unknown as { __publicApiLimiter?: TokenBucketLimiter };

export function publicApiLimiter(): TokenBucketLimiter {
  g.__publicApiLimiter ??= new TokenBucketLimiter(rateLimitConfigFromEnv());
  return g.__publicApiLimiter;
}
