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
// The catalogue's own cache (indicators, regions, categories…): a release time passing changes
// no indicator, so only a staff change (which bumps the version) refills it. At 100× the data
// the catalogue's 5,700 indicators with their definitions took up to 0.7 s to read again after
// every release, on the first request of nearly every page and answer (issue 21).
const CATALOGUE_MB = 32;

type Memo = { key: string; entries: ByteLru<Promise<unknown>> | null; bytes: () => number };
const byEpoch: Memo = { key: "", entries: null, bytes: () => megabytesFromEnv("PUBLIC_CACHE_MB", DEFAULT_MB) };
const byVersion: Memo = { key: "", entries: null, bytes: () => CATALOGUE_MB * 1024 * 1024 };

function memo<T>(m: Memo, key: string, stamp: string, compute: () => Promise<T>): Promise<T> {
  m.entries ??= new ByteLru(m.bytes());
  const c = m.entries;
  if (stamp !== m.key) {
    c.clear();
    m.key = stamp;
  }
  const hit = c.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const value = compute();
  c.set(key, value, PENDING_BYTES);
  value.then(
    (v) => c.resize(key, value, approxBytes(v)),
    () => c.delete(key, value), // never cache a failure
  );
  return value;
}

/**
 * The cached result of `compute(epoch)` for this epoch. `compute` must read public data as of
 * `epoch.at` (pass it as asOf), so that what is cached is exactly what that epoch shows.
 */
export async function publicCached<T>(key: string, compute: (epoch: Epoch) => Promise<T>): Promise<T> {
  const epoch = await currentEpoch();
  return memo(byEpoch, key, epoch.key, () => compute(epoch));
}

/**
 * The cached result of `compute()` until staff change something public: for the catalogue
 * (indicator metadata, regions, categories, what each release covers), which no release time
 * passing changes. `compute` must not read values or whether a release has happened: those change
 * when a release time passes, and this cache would not.
 */
export async function catalogueCached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const epoch = await currentEpoch();
  return memo(byVersion, key, epoch.version, compute);
}

/** Staff transactions call this (inside their transaction) when they change public output. */
export { bumpPublicVersion } from "./public-version";
