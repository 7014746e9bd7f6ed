import { describe, expect, it } from "vitest";
import { rateLimitConfigFromEnv, rateLimitHeaders, TokenBucketLimiter } from "./rate-limit";

describe("rate limit", () => {
  it("allows the limit in a burst, then answers with Retry-After", () => {
    const l = new TokenBucketLimiter({ limit: 3, windowSeconds: 60 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => l.take("1.2.3.4", t).allowed)).toEqual([true, true, true]);
    const refused = l.take("1.2.3.4", t);
    expect(refused).toMatchObject({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 20 });
    expect(rateLimitHeaders(refused)).toEqual({ "X-RateLimit-Limit": "3", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "60", "Retry-After": "20" });
  });
  it("counts each client address separately", () => {
    const l = new TokenBucketLimiter({ limit: 1, windowSeconds: 60 });
    expect(l.take("a", 0).allowed).toBe(true);
    expect(l.take("a", 0).allowed).toBe(false);
    expect(l.take("b", 0).allowed).toBe(true);
  });
  it("refills evenly over the window", () => {
    const l = new TokenBucketLimiter({ limit: 120, windowSeconds: 60 });
    for (let i = 0; i < 120; i++) l.take("x", 0);
    expect(l.take("x", 0).allowed).toBe(false);
    expect(l.take("x", 499).allowed).toBe(false); // 2 per second: not yet one token
    const d = l.take("x", 1000);
    expect(d.allowed).toBe(true);
    expect(rateLimitHeaders(d)["Retry-After"]).toBeUndefined();
    expect(l.take("x", 61_000)).toMatchObject({ allowed: true, remaining: 119 });
  });
  it("does not grow without bound: full buckets are dropped first", () => {
    const l = new TokenBucketLimiter({ limit: 10, windowSeconds: 1 }, 100);
    for (let i = 0; i < 1000; i++) l.take(`ip${i}`, i * 10);
    expect(l.size).toBeLessThanOrEqual(100);
  });
  it("reads its configuration from the environment, ignoring nonsense", () => {
    expect(rateLimitConfigFromEnv({})).toEqual({ limit: 120, windowSeconds: 60 });
    expect(rateLimitConfigFromEnv({ PUBLIC_API_RATE_LIMIT: "5", PUBLIC_API_RATE_WINDOW_SECONDS: "2" })).toEqual({ limit: 5, windowSeconds: 2 });
    expect(rateLimitConfigFromEnv({ PUBLIC_API_RATE_LIMIT: "-1", PUBLIC_API_RATE_WINDOW_SECONDS: "x" })).toEqual({ limit: 120, windowSeconds: 60 });
  });
});
