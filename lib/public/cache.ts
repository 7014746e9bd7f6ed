import "server-only";
import { approxBytes, ByteLru, megabytesFromEnv } from "./byte-lru";
import { currentEpoch, type Epoch } from "./epoch";

// Per-process memo of public reads, keyed by the visibility epoch (epoch.ts). When the epoch
// changes, every entry of the old one is dropped at once. Bounded by the approximate bytes of
// what it holds (PUBLIC_CACHE_MB, default 64), least recently used first out: a crawler
// walking every permalink, or a catalogue a hundred times larger, cannot grow memory without
// limit (issue 21: a bound by number of entries held 1.6 GB at 10× the data).
const DEFAULT_MB = 64;
// until its result arrives an entry counts as this much; then as its estimated size
const PENDING_BYTES = 1024;
let epochKey = "";
let entries: ByteLru<Promise<unknown>> | null = null;

function cache(): ByteLru<Promise<unknown>> {
  entries ??= new ByteLru(megabytesFromEnv("PUBLIC_CACHE_MB", DEFAULT_MB));
  return entries;
}

/**
 * The cached result of `compute(epoch)` for this epoch. `compute` must read public data as of
 * `epoch.at` (pass it as asOf), so that what is cached is exactly what that epoch shows.
 */
export async function publicCached<T>(key: string, compute: (epoch: Epoch) => Promise<T>): Promise<T> {
  const epoch = await currentEpoch();
  const c = cache();
  if (epoch.key !== epochKey) {
    c.clear();
    epochKey = epoch.key;
  }
  const hit = c.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const value = compute(epoch);
  c.set(key, value, PENDING_BYTES);
  value.then(
    (v) => c.resize(key, value, approxBytes(v)),
    () => c.delete(key, value), // never cache a failure
  );
  return value;
}

/** Staff transactions call this (inside their transaction) when they change public output. */
export { bumpPublicVersion } from "./public-version";
