import "server-only";
import { publicPool } from "@/lib/db";
import type { Queryable } from "@/lib/db/queryable";
import { approxBytes, ByteLru, megabytesFromEnv } from "./byte-lru";
import { currentEpoch } from "./epoch";
import type { VisibleKey } from "./visible-observations";

// A per-indicator public read kept across release times. Within one staff version (epoch.ts),
// a release time passing changes the public data of the indicators that release covers and of
// no other: their values become visible. So a read of every indicator (the open API's latest
// period of each, an answer's key counts) need not be made again after each release: the kept
// answer is patched with a read of the indicators released since. At 100× the data reading all
// 5,700 indicators again took up to a second of the first request after every release (issue
// 21); a patch reads what the release covers. A staff change (a new version) reads all again.

type Kept = { version: string; at: number; value: Promise<Map<number, unknown>> };

// PATCHED_CACHE_MB: the dashboard's selected area is the largest kept read (85,000 values, about
// 40 MB by approxBytes at 100× the data; the objects are shared with the epoch's cached copy)
const KEPT_MB = 64;
let kept: ByteLru<Kept> | null = null;
const PENDING_BYTES = 1024;

// Read from the values the releases carry (what makes a value public: its batch's release), not
// from release_indicator, the calendar's list, so that nothing a release shows can be missed;
// at 100× a release of 12,600 values takes 7 ms.
const RELEASED_IN_SPAN = `
FROM release r JOIN batch b ON b.release_id = r.id JOIN observation o ON o.batch_id = b.id
WHERE r.cancelled_at IS NULL AND r.release_at > $1 AND r.release_at <= $2`;
const RELEASED_BETWEEN_SQL = `SELECT DISTINCT o.indicator_id AS id ${RELEASED_IN_SPAN}`;

// The keys (in one area, up to a period end) whose newest public vintage a release time passing
// in (from, to] changed: those the releases' batches carry.
const KEYS_RELEASED_SQL = `SELECT DISTINCT o.indicator_id, o.region_code, o.period ${RELEASED_IN_SPAN}
  AND o.indicator_id = ANY($3::int[]) AND o.region_code = $4 AND o.period_end <= $5::date`;

/** The keys of `indicatorIds` in `regionCode`, ending on or before `upTo`, that releases in (from, to] carried. */
export async function keysReleasedBetween(q: Queryable, from: Date, to: Date, f: { indicatorIds: readonly number[]; regionCode: string; upTo: string }): Promise<VisibleKey[]> {
  const { rows } = await q.query<{ indicator_id: number; region_code: string; period: string }>(KEYS_RELEASED_SQL, [from, to, f.indicatorIds, f.regionCode, f.upTo]);
  return rows.map((r) => ({ indicatorId: r.indicator_id, regionCode: r.region_code, period: r.period }));
}

/** The indicators whose public data a release time passing in (from, to] changed. */
export async function indicatorsReleasedBetween(q: Queryable, from: Date, to: Date): Promise<number[]> {
  const { rows } = await q.query<{ id: number }>(RELEASED_BETWEEN_SQL, [from, to]);
  return rows.map((r) => r.id);
}

// The reads kept under one staff version are patched from the same moments (the kept one's and
// the epoch's), most of them by the same request (the dashboard patches three): the releases
// between two moments are looked up once, not once per read. A few recent spans per database.
const SPANS_KEPT = 8;
const spans = new WeakMap<Queryable, Map<string, Promise<number[]>>>();

function releasedBetweenOnce(q: Queryable, version: string, from: Date, to: Date): Promise<number[]> {
  let m = spans.get(q);
  if (!m) spans.set(q, (m = new Map()));
  const key = `${version}|${from.getTime()}|${to.getTime()}`; // within a staff version nothing moves a past release
  let found = m.get(key);
  if (!found) {
    found = indicatorsReleasedBetween(q, from, to);
    m.set(key, found);
    found.catch(() => m.delete(key)); // never keep a failure
    if (m.size > SPANS_KEPT) m.delete(m.keys().next().value!);
  }
  return found;
}

/** The entries a change to these indicators' data changes (an answer's entry may read another indicator's rows). */
export type Affected = (changed: number[]) => number[];

/**
 * The entries of the changed indicators as of `at`, when cheaper from the kept ones than read
 * anew: `kept` is the map as of `since` (the dashboard's area re-reads only the keys a release
 * carried). Default: `read(changed)`.
 */
export type ReadChanged<V> = (changed: number[], kept: ReadonlyMap<number, V>, since: Date) => Promise<Map<number, V>>;

/**
 * `read(null)` (every indicator) as of `at`, kept under `key` within the current staff version
 * and patched by `read(ids)` of the indicators released since the kept one's moment. `read` must
 * answer for exactly the indicators asked, as of `at`: an indicator it leaves out has no entry.
 * `at` must be the moment the read sees (epoch.at, or an earlier `asOf`). A patched map is in no
 * particular order. `opts.q`: the database `read` reads (the public pool by default), where the
 * releases since are looked up too.
 */
export async function perIndicatorCached<V>(
  key: string,
  at: Date,
  read: (ids: number[] | null) => Promise<Map<number, V>>,
  opts: { affected?: Affected; q?: Queryable; readChanged?: ReadChanged<V> } = {},
): Promise<ReadonlyMap<number, V>> {
  const { version } = await currentEpoch();
  kept ??= new ByteLru<Kept>(megabytesFromEnv("PATCHED_CACHE_MB", KEPT_MB));
  const c = kept;
  const before = c.get(key);
  if (before && before.version === version && before.at === at.getTime()) return before.value as Promise<Map<number, V>>;
  const patchable = before && before.version === version && before.at < at.getTime() ? before : null;
  const value = patchable ? patch(patchable, at, opts.readChanged ?? ((ids) => read(ids)), opts.affected ?? ((changed) => changed), opts.q ?? publicPool()) : read(null);
  const entry: Kept = { version, at: at.getTime(), value };
  c.set(key, entry, PENDING_BYTES);
  value.then(
    (v) => c.resize(key, entry, approxBytes(v)),
    () => c.delete(key, entry), // never keep a failure
  );
  return value;
}

async function patch<V>(from: Kept, at: Date, readChanged: ReadChanged<V>, affected: Affected, q: Queryable): Promise<Map<number, V>> {
  const [old, released] = await Promise.all([from.value as Promise<Map<number, V>>, releasedBetweenOnce(q, from.version, new Date(from.at), at)]);
  const changed = released.length ? affected(released) : [];
  if (changed.length === 0) return old;
  const fresh = await readChanged(changed, old, new Date(from.at));
  const next = new Map(old);
  for (const id of changed) {
    const v = fresh.get(id);
    if (v === undefined) next.delete(id);
    else next.set(id, v);
  }
  return next;
}
