// Building blocks of the demo-data generator (lib/demo/generate.ts): a seeded PRNG keyed by
// strings, exact integer allocation, exact rounding and decimal formatting. Pure and
// deterministic. Every value is an integer in the indicator's smallest unit (hundredths of
// 亿元, tenths of a percent, whole 家/个/件 …), so that sums stay exact; floats are used only
// to *choose* integers, never in the output.

const SEED = "shenyang-de-demo-v1";

/** FNV-1a hash of a string → unsigned 32-bit integer. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG; returns a function yielding floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniform draw in [0, 1) named by a key ("DE001|210112|2023Q2|season"). Keyed draws make
 * every number independent of the order in which the generator asks for them.
 */
export function draw(key: string): number {
  const next = mulberry32(hash32(`${SEED}|${key}`));
  next(); // discard the first output: it is poorly mixed for nearby seeds
  return next();
}

/** A draw in [−amp, +amp]. */
export function jitter(key: string, amp: number): number {
  return (draw(key) * 2 - 1) * amp;
}

/** Sum of integers. */
export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function assertInt(x: number, what: string): void {
  if (!Number.isSafeInteger(x)) throw new Error(`${what}: not a safe integer: ${x}`);
}

/**
 * Splits a non-negative integer total into integer parts proportional to `weights`
 * (largest-remainder method, ties to the lower index). The parts add up to `total` exactly.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertInt(total, "allocate total");
  if (total < 0) throw new Error(`allocate: negative total ${total}`);
  const ws = sumFloat(weights);
  if (!(ws > 0)) throw new Error("allocate: weights must be positive");
  // integer weights (about 1e6 in all), each at least 1 so that no unit is structurally empty
  const w = weights.map((x) => Math.max(1, Math.round((x / ws) * 1_000_000)));
  const S = sum(w);
  const parts = w.map((x) => {
    const num = total * x;
    assertInt(num, "allocate product");
    let q = Math.floor(num / S);
    while (q * S > num) q--; // guard the float division (never taken for these magnitudes)
    while ((q + 1) * S <= num) q++;
    return q;
  });
  let rest = total - sum(parts);
  const order = w
    .map((x, i) => ({ i, r: total * x - parts[i] * S }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k].i] += 1;
  return parts;
}

function sumFloat(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) {
    if (!(x >= 0) || !Number.isFinite(x)) throw new Error(`allocate: bad weight ${x}`);
    s += x;
  }
  return s;
}

/** round-half-up(a / b) for integers a ≥ 0, b > 0, exactly. */
export function divRound(a: number, b: number): number {
  assertInt(a, "divRound a");
  assertInt(b, "divRound b");
  if (b <= 0 || a < 0) throw new Error(`divRound: ${a}/${b}`);
  const n = 2 * a + b;
  const d = 2 * b;
  assertInt(n, "divRound numerator");
  let q = Math.floor(n / d);
  while (q * d > n) q--;
  while ((q + 1) * d <= n) q++;
  return q;
}

/** Integer in units of 10^−decimals → plain decimal string ("-3.2", "512.30", "30120"). */
export function formatScaled(v: number, decimals: number): string {
  assertInt(v, "formatScaled");
  const neg = v < 0;
  const digits = String(Math.abs(v));
  if (decimals === 0) return `${neg ? "-" : ""}${digits}`;
  const padded = digits.padStart(decimals + 1, "0");
  const s = `${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`;
  return neg ? `-${s}` : s;
}
