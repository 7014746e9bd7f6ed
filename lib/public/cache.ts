import "server-only";
import { currentEpoch, type Epoch } from "./epoch";

// Per-process memo of public reads, keyed by the visibility epoch (epoch.ts). When the epoch
// changes, every entry of the old one is dropped at once. Bounded, so a crawler walking
// every permalink cannot grow memory without limit.
const MAX_ENTRIES = 2000;
let epochKey = "";
const entries = new Map<string, Promise<unknown>>();

/**
 * The cached result of `compute(epoch)` for this epoch. `compute` must read public data as of
 * `epoch.at` (pass it as asOf), so that what is cached is exactly what that epoch shows.
 */
export async function publicCached<T>(key: string, compute: (epoch: Epoch) => Promise<T>): Promise<T> {
  const epoch = await currentEpoch();
  if (epoch.key !== epochKey) {
    entries.clear();
    epochKey = epoch.key;
  }
  const hit = entries.get(key) as Promise<T> | undefined;
  if (hit) {
    entries.delete(key); // re-insert: Map order is the LRU order
    entries.set(key, hit);
    return hit;
  }
  const value = compute(epoch);
  entries.set(key, value);
  value.catch(() => entries.delete(key)); // never cache a failure
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** Staff transactions call this (inside their transaction) when they change public output. */
export { bumpPublicVersion } from "./public-version";
