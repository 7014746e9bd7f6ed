import { describe, expect, it } from "vitest";
import { approxBytes, ByteLru, megabytesFromEnv } from "./byte-lru";

const MB = 1024 * 1024;
/** An array like a cached public read: n observation rows. */
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ indicatorId: i, regionCode: "210100", period: "2025Q3", periodEnd: "2025-09-30", value: `${i}.5`, flag: null, releasedAt: new Date() }));

describe("approxBytes", () => {
  it("grows with the data: ten times the rows, about ten times the bytes", () => {
    const small = approxBytes(rows(1000));
    const large = approxBytes(rows(10_000));
    expect(large / small).toBeGreaterThan(9);
    expect(large / small).toBeLessThan(11);
    // at least the characters of the strings it holds
    expect(approxBytes("x".repeat(MB))).toBeGreaterThanOrEqual(MB);
  });

  it("counts Maps, Sets and buffers by their contents and a shared object once", () => {
    const big = "y".repeat(100_000);
    expect(approxBytes(new Map([["k", big]]))).toBeGreaterThan(100_000);
    expect(approxBytes(new Set([big]))).toBeGreaterThan(100_000);
    expect(approxBytes(Buffer.alloc(100_000))).toBeGreaterThanOrEqual(100_000);
    const shared = { text: big };
    expect(approxBytes([shared, shared, shared])).toBeLessThan(2 * approxBytes(shared));
    const cyclic: Record<string, unknown> = { text: "z" };
    cyclic.self = cyclic;
    expect(approxBytes(cyclic)).toBeLessThan(1000);
  });

  it("measures a long list by a sample within a few per cent of walking it whole", () => {
    // rows of varied lengths, below the sampling length and above it: the estimate per row agrees
    const varied = (n: number) => rows(n).map((r, i) => ({ ...r, note: "注".repeat(i % 37) }));
    const perRow = (n: number) => approxBytes(varied(n)) / n;
    expect(Math.abs(perRow(100_000) / perRow(500) - 1)).toBeLessThan(0.05);
    // nested: a Map of lists, as the per-indicator cache keeps
    const byId = new Map(Array.from({ length: 2000 }, (_, i) => [i, varied(40)]));
    const flat = varied(80_000);
    expect(Math.abs(approxBytes(byId) / approxBytes(flat) - 1)).toBeLessThan(0.1);
  });
});

describe("ByteLru", () => {
  it("holds its byte budget however large the entries are, dropping the least recently used", () => {
    const lru = new ByteLru<string>(10 * MB);
    for (let i = 0; i < 50; i++) {
      lru.set(`page:${i}`, `v${i}`, 3 * MB);
      expect(lru.bytes).toBeLessThanOrEqual(10 * MB);
    }
    expect(lru.size).toBe(3); // 3 × 3 MB fit, a fourth does not
    expect(lru.get("page:49")).toBe("v49");
    expect(lru.get("page:0")).toBeUndefined();
  });

  it("keeps a recently read entry over older unread ones", () => {
    const lru = new ByteLru<string>(10 * MB);
    lru.set("a", "A", 4 * MB);
    lru.set("b", "B", 4 * MB);
    expect(lru.get("a")).toBe("A");
    lru.set("c", "C", 4 * MB);
    expect(lru.get("a")).toBe("A");
    expect(lru.get("b")).toBeUndefined();
  });

  it("does not keep an entry larger than the whole budget, and keeps the others", () => {
    const lru = new ByteLru<string>(10 * MB);
    lru.set("small", "s", 1000);
    lru.set("huge", "h", 11 * MB);
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.get("small")).toBe("s");
  });

  it("re-sizes a pending entry when its result arrives, evicting to make room", () => {
    const lru = new ByteLru<string>(10 * MB);
    lru.set("old", "o", 6 * MB);
    lru.set("pending", "p", 1000);
    expect(lru.size).toBe(2);
    lru.resize("pending", "p", 6 * MB);
    expect(lru.bytes).toBeLessThanOrEqual(10 * MB);
    expect(lru.get("old")).toBeUndefined();
    expect(lru.get("pending")).toBe("p");
    // a result for an entry replaced meanwhile changes nothing
    lru.set("pending", "q", 1000);
    lru.resize("pending", "p", 9 * MB);
    expect(lru.get("pending")).toBe("q");
    lru.delete("pending", "p");
    expect(lru.get("pending")).toBe("q");
  });
});

describe("megabytesFromEnv", () => {
  it("reads a positive number of MB and falls back to the default otherwise", () => {
    process.env.TEST_CACHE_MB = "8";
    expect(megabytesFromEnv("TEST_CACHE_MB", 64)).toBe(8 * MB);
    process.env.TEST_CACHE_MB = "lots";
    expect(megabytesFromEnv("TEST_CACHE_MB", 64)).toBe(64 * MB);
    delete process.env.TEST_CACHE_MB;
    expect(megabytesFromEnv("TEST_CACHE_MB", 64)).toBe(64 * MB);
  });
});
