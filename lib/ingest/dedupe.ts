// Duplicate (indicator, region, period) keys within one file. A million-row file must not
// cost a Map of a million strings: each (indicator, region) pair gets a dense index, pair ×
// period packs into a 30-bit integer, and those live in an open-addressing table of two
// Int32Arrays (8 bytes a key; a JS Map costs several times that and rehashes slowly).
import type { Period } from "@/lib/period";

const PERIODS = 16384; // (year − 1900) in 8 bits × sub-period in 6 bits
const DENSE_PAIRS = 65536; // pair × PERIODS stays below 2^30

/** int (0 ≤ key < 2^30) → int map; 0 marks an empty slot, so keys are stored + 1. */
class IntTable {
  // small at first: the online return checks each box with a validator of its own
  private keys = new Int32Array(1 << 4);
  private vals = new Int32Array(1 << 4);
  private size = 0;

  get(key: number): number | undefined {
    const mask = this.keys.length - 1;
    for (let i = hash(key) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === 0) return undefined;
      if (k === key + 1) return this.vals[i];
    }
  }

  set(key: number, val: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = hash(key) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key + 1) i = (i + 1) & mask;
    if (this.keys[i] === 0) this.size++;
    this.keys[i] = key + 1;
    this.vals[i] = val;
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i] - 1, vals[i]);
  }
}

function hash(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
}

export class KeySet {
  private readonly pairs = new Map<number, number>();
  private readonly first = new IntTable();
  /** Beyond 65,536 (indicator, region) pairs: exact, just slower. */
  private readonly overflow = new Map<number, number>();
  private readonly reported = new Set<number>();

  /** On a duplicate returns the earlier line (and whether it was already reported); else remembers the key. */
  add(indicatorId: number, regionIndex: number, period: Period, line: number): { firstLine: number; firstReported: boolean } | null {
    const sub = period.freq === "MONTH" ? period.sub : period.freq === "QUARTER" ? 16 + period.sub : 32;
    const p = (((period.year - 1900) & 255) << 6) | sub;
    const pairKey = indicatorId * 128 + (regionIndex & 127);
    let pair = this.pairs.get(pairKey);
    if (pair === undefined) {
      pair = this.pairs.size;
      this.pairs.set(pairKey, pair);
    }
    const dense = pair < DENSE_PAIRS;
    const key = dense ? pair * PERIODS + p : -(pair * PERIODS + p) - 1;
    const prev = dense ? this.first.get(key) : this.overflow.get(key);
    if (prev === undefined) {
      if (dense) this.first.set(key, line);
      else this.overflow.set(key, line);
      return null;
    }
    const firstReported = this.reported.has(key);
    this.reported.add(key);
    return { firstLine: prev, firstReported };
  }
}
