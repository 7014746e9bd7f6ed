// A least-recently-used map bounded by the approximate BYTES of what it holds, not by the
// number of entries (issue 21): a cap of 2000 entries let one instance hold 1.6 GB when
// every entry grew with the data. Sizes are estimates (approxBytes), good to a small factor,
// which is what a memory budget needs. Used by the public read cache (cache.ts) and the
// chart SVG memo (lib/charts/render-svg.ts).

// V8 per-object and per-slot overheads, rounded: enough to rank a 10 MB array above a 1 kB one
const OBJECT = 48;
const SLOT = 16;
const STRING = 24;

// A collection longer than this is measured by a sample of its elements, scaled to its length:
// walking every one of the dashboard's 85,000 values at 100× the data, twice (the epoch's copy
// and the per-indicator one), took 140 ms of the first request after a release (issue 21).
// Cached reads are lists of like rows, so a spread sample is good to a few per cent.
const SAMPLE_OVER = 512;
const SAMPLE = 128;

/**
 * Roughly how many bytes `value` keeps alive: strings by length, buffers by byteLength,
 * arrays, Maps, Sets and plain objects by their contents (each shared object once; a long
 * collection by a spread sample of its elements).
 */
export function approxBytes(value: unknown): number {
  return walk(value, new Set<object>());
}

function walk(value: unknown, seen: Set<object>): number {
  const stack: unknown[] = [value];
  let bytes = 0;
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") bytes += STRING + v.length * 2;
    else if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") bytes += SLOT;
    else if (v === null || v === undefined || typeof v !== "object") bytes += 8;
    else if (seen.has(v)) continue;
    else {
      seen.add(v);
      if (ArrayBuffer.isView(v)) bytes += OBJECT + v.byteLength;
      else if (v instanceof ArrayBuffer) bytes += OBJECT + v.byteLength;
      else if (v instanceof Date) bytes += OBJECT;
      else if (v instanceof Map) {
        bytes += OBJECT + v.size * SLOT * 2;
        if (v.size > SAMPLE_OVER) bytes += sampled([...v.entries()], seen);
        else for (const [k, x] of v) stack.push(k, x);
      } else if (v instanceof Set) {
        bytes += OBJECT + v.size * SLOT;
        if (v.size > SAMPLE_OVER) bytes += sampled([...v], seen);
        else for (const x of v) stack.push(x);
      } else if (Array.isArray(v)) {
        bytes += OBJECT + v.length * SLOT;
        if (v.length > SAMPLE_OVER) bytes += sampled(v, seen);
        else for (const x of v) stack.push(x);
      } else {
        const keys = Object.keys(v);
        bytes += OBJECT + keys.length * SLOT;
        for (const k of keys) stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  return bytes;
}

/** The contents of a long list: SAMPLE elements spread over it, scaled to its length. */
function sampled(items: readonly unknown[], seen: Set<object>): number {
  let bytes = 0;
  for (let i = 0; i < SAMPLE; i++) bytes += walk(items[Math.floor((i * items.length) / SAMPLE)], seen);
  return Math.round((bytes * items.length) / SAMPLE);
}

export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key); // re-insert: Map order is the LRU order
    this.entries.set(key, hit);
    return hit.value;
  }

  /** Stores `value` as `bytes` (plus its key), evicting the least recently used beyond the budget. */
  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    const size = bytes + STRING + key.length * 2;
    if (size > this.maxBytes) return; // larger than the whole budget: not kept at all
    this.entries.set(key, { value, bytes: size });
    this.total += size;
    for (const [k, e] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(k);
      this.total -= e.bytes;
    }
  }

  /** A new size for a kept entry (a pending result that has arrived); drops it when over budget. */
  resize(key: string, value: V, bytes: number): void {
    const hit = this.entries.get(key);
    if (!hit || hit.value !== value) return; // evicted or replaced meanwhile
    this.entries.delete(key);
    this.total -= hit.bytes;
    this.set(key, value, bytes);
  }

  /** Drops `key`; when `value` is given, only if the entry still holds that value. */
  delete(key: string, value?: V): void {
    const hit = this.entries.get(key);
    if (!hit || (value !== undefined && hit.value !== value)) return;
    this.entries.delete(key);
    this.total -= hit.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}

/** A budget in MB from the environment (e.g. PUBLIC_CACHE_MB), or the default when unset or not a positive number. */
export function megabytesFromEnv(name: string, defaultMb: number): number {
  const v = Number(process.env[name]);
  return (Number.isFinite(v) && v > 0 ? v : defaultMb) * 1024 * 1024;
}
