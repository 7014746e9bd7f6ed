import "server-only";
import { publicPool } from "@/lib/db";
import { registerEpochSource } from "./page-cache";

// The "visibility epoch": what the public may see changes only when a release time passes
// or when staff change something public (an approval into a past release time, a catalogue
// edit, a moved release), which bumps the `public.version` setting in its transaction.
// Public output is cached under the epoch's key, so a release shows within a second of its
// time on every instance, with no job that flips flags and no cache to purge.
// The epoch is read from publicPool() — the read replica when DATABASE_REPLICA_URL is set —
// the same place as the public data it keys: a version bump on the primary that the replica
// has not replayed yet must not key (and cache for a whole epoch) data that lacks it. A
// lagging replica thus delays a staff change by its lag, never mixes two states.
export type Epoch = {
  /** cache key: changes exactly when public output may change */
  key: string;
  /** the moment visibility is evaluated at for this epoch */
  at: Date;
  lastReleaseAt: Date | null;
  nextReleaseAt: Date | null;
  /** how long this epoch may be reused by this process */
  validUntil: number;
};

const SQL = `
SELECT max(release_at) FILTER (WHERE release_at <= $1) AS last,
       min(release_at) FILTER (WHERE release_at > $1) AS next,
       (SELECT value #>> '{}' FROM setting WHERE key = 'public.version') AS version
FROM release WHERE cancelled_at IS NULL`;

/** Other instances learn of a staff change within this long. */
export const EPOCH_TTL_MS = 1000;

let current: Epoch | null = null;
let pending: Promise<Epoch> | null = null;

async function fetchEpoch(): Promise<Epoch> {
  const at = new Date();
  const { rows } = await publicPool().query<{ last: Date | null; next: Date | null; version: string | null }>(SQL, [at]);
  const { last, next, version } = rows[0];
  const validUntil = Math.min(at.getTime() + EPOCH_TTL_MS, next ? next.getTime() : Infinity);
  return { key: `${version ?? "0"}:${last?.getTime() ?? 0}`, at, lastReleaseAt: last, nextReleaseAt: next, validUntil };
}

// the proxy's page cache keys whole pages by the same epoch (lib/public/page-cache.ts)
registerEpochSource(() => currentEpoch());

export async function currentEpoch(): Promise<Epoch> {
  if (current && Date.now() < current.validUntil) return current;
  pending ??= fetchEpoch()
    .then((e) => (current = e))
    .finally(() => (pending = null));
  return pending;
}

/** Seconds a public answer may be cached by clients and proxies: up to 60, never past the next release. */
export function maxAgeSeconds(e: Epoch, cap = 60): number {
  if (!e.nextReleaseAt) return cap;
  return Math.max(0, Math.min(cap, Math.floor((e.nextReleaseAt.getTime() - Date.now()) / 1000)));
}
