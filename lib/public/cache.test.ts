import { beforeEach, describe, expect, it, vi } from "vitest";

let epochKey = "e1";
let version = "v1";
vi.mock("./epoch", () => ({ currentEpoch: async () => ({ key: epochKey, version, at: new Date(), lastReleaseAt: null, nextReleaseAt: null, validUntil: 0 }) }));
vi.mock("./public-version", () => ({ bumpPublicVersion: async () => undefined }));

const MB = 1024 * 1024;
let computed: string[] = [];
/** A public read whose result is about `mb` MB (a string of mb/2 M UTF-16 code units). */
const read = (key: string, mb: number) => async () => {
  computed.push(key);
  return "x".repeat((mb * MB) / 2);
};

/** A fresh module (empty caches) at epoch `key` of version v1. */
function fresh(key: string) {
  vi.resetModules();
  computed = [];
  epochKey = key;
  version = "v1";
}

describe("publicCached", () => {
  beforeEach(() => {
    fresh("e1");
    process.env.PUBLIC_CACHE_MB = "4";
  });

  it("keeps what fits in PUBLIC_CACHE_MB and reads again what was pushed out", async () => {
    const { publicCached } = await import("./cache");
    for (let i = 0; i < 10; i++) await publicCached(`page:${i}`, read(`page:${i}`, 1));
    computed = [];
    // the newest three fit in 4 MB beside each other, the oldest were dropped
    for (const i of [9, 8, 7]) await publicCached(`page:${i}`, read(`page:${i}`, 1));
    expect(computed).toEqual([]);
    await publicCached("page:0", read("page:0", 1));
    expect(computed).toEqual(["page:0"]);
  });

  it("answers a result larger than the budget without keeping it", async () => {
    const { publicCached } = await import("./cache");
    await publicCached("small", read("small", 0.5));
    expect(await publicCached("huge", read("huge", 8))).toHaveLength(4 * MB);
    await publicCached("huge", read("huge", 8));
    await publicCached("small", read("small", 0.5));
    expect(computed).toEqual(["small", "huge", "huge"]);
  });

  it("shares one read between concurrent callers and drops everything when the epoch changes", async () => {
    const { publicCached } = await import("./cache");
    await Promise.all([publicCached("k", read("k", 0.1)), publicCached("k", read("k", 0.1))]);
    expect(computed).toEqual(["k"]);
    epochKey = "e2";
    await publicCached("k", read("k", 0.1));
    expect(computed).toEqual(["k", "k"]);
  });

  it("does not keep a failure", async () => {
    const { publicCached } = await import("./cache");
    await expect(publicCached("bad", async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await publicCached("bad", read("bad", 0.1))).toBeTruthy();
    expect(computed).toEqual(["bad"]);
  });
});

describe("catalogueCached", () => {
  beforeEach(() => fresh("v1:100"));

  it("keeps the catalogue across a release and reads it again after a staff change, while values refill at each", async () => {
    const { catalogueCached, publicCached } = await import("./cache");
    const both = async () => {
      await catalogueCached("indicators", read("indicators", 0.01));
      await publicCached("values", read("values", 0.01));
    };
    await both();
    epochKey = "v1:200"; // a release time passed
    await both();
    expect(computed).toEqual(["indicators", "values", "values"]);
    computed = [];
    epochKey = "v2:200"; // staff edited the catalogue (bumps the version)
    version = "v2";
    await both();
    expect(computed).toEqual(["indicators", "values"]);
  });
});
