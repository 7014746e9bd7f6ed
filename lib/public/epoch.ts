import "server-only";
import { publicPool } from "@/lib/db";
import { registerEpochSource } from "./epoch-source";

export { maxAgeSeconds } from "./epoch-source";

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
  /** the staff-change part of the key: a release time passing leaves it as it is */
  version: string;
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
  return { key: `${version ?? "0"}:${last?.getTime() ?? 0}`, version: version ?? "0", at, lastReleaseAt: last, nextReleaseAt: next, validUntil };
}

// the page cache (lib/public/page-cache.ts) and the front of the server key by the same epoch
registerEpochSource(() => currentEpoch());

export async function currentEpoch(): Promise<Epoch> {
  if (current && Date.now() < current.validUntil) return current;
  pending ??= fetchEpoch()
    .then((e) => (current = e))
    .finally(() => (pending = null));
  return pending;
}
