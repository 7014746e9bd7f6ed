// The values the dashboard works on: one vintage per (indicator, region, period), as the
// public sees it or, with pre-release access, including approved-but-unreleased batches.
// A small index turns them into per-(indicator, region) series for lib/derive.
import { comparePeriods, mustParsePeriod, type Period } from "@/lib/period";
import type { PublicObservation } from "@/lib/public/visible-observations";
import type { PeriodValue } from "@/lib/derive/series";

export type DashObs = Omit<PublicObservation, "note"> & {
  /** Approved but its release time has not come: shown only with pre-release access, marked 未发布. */
  unreleased: boolean;
  /** Set by the pre-release read (to log which batches were seen); null for public reads. */
  batchId: number | null;
  releaseId: number | null;
};

/** A released observation as the dashboard carries it. */
export function fromPublic(o: PublicObservation): DashObs {
  const { note: _note, ...rest } = o;
  return { ...rest, unreleased: false, batchId: null, releaseId: null };
}

export type SeriesPoint = PeriodValue & { obs: DashObs };

export type ObsIndex = {
  /** Oldest first; only periods ending on or before `upTo` (YYYY-MM-DD) when given. Never to be changed: it may be shared. */
  series(indicatorId: number, region: string, upTo?: string): SeriesPoint[];
  at(indicatorId: number, region: string, period: string): DashObs | null;
  /** Regions that have any value of the indicator. */
  regionsOf(indicatorId: number): Set<string>;
};

// The dashboard's released values are one array per visibility epoch (cached, never changed
// after): its index is built once per epoch, not on every request (issue 21: rebuilding it
// from every released value cost each view time in proportion to the whole table).
const built = new WeakMap<readonly DashObs[], ObsIndex>();

export function indexObservations(all: readonly DashObs[]): ObsIndex {
  const hit = built.get(all);
  if (hit) return hit;
  const index = buildIndex(all);
  built.set(all, index);
  return index;
}

function buildIndex(all: readonly DashObs[]): ObsIndex {
  const byKey = new Map<string, SeriesPoint[]>();
  const regions = new Map<number, Set<string>>();
  for (const o of all) {
    const key = `${o.indicatorId}|${o.regionCode}`;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push({ period: o.period, value: o.value, obs: o });
    if (!regions.has(o.indicatorId)) regions.set(o.indicatorId, new Set());
    regions.get(o.indicatorId)!.add(o.regionCode);
  }
  // a few dozen period codes repeat across every indicator and area: each is parsed once here,
  // not twice in every comparison (at 10× the catalogue the parsing was most of the sort)
  const parsed = new Map<string, Period>();
  const period = (code: string) => parsed.get(code) ?? parsed.set(code, mustParsePeriod(code)).get(code)!;
  for (const list of byKey.values()) list.sort((a, b) => comparePeriods(period(a.period), period(b.period)));
  return {
    series(indicatorId, region, upTo) {
      const list = byKey.get(`${indicatorId}|${region}`) ?? [];
      return upTo ? list.filter((p) => p.obs.periodEnd <= upTo) : [...list]; // a copy: the index is shared
    },
    at(indicatorId, region, period) {
      return byKey.get(`${indicatorId}|${region}`)?.find((p) => p.period === period)?.obs ?? null;
    },
    regionsOf: (id) => regions.get(id) ?? new Set(),
  };
}

/** Values as the dashboard holds them: one list, or lists by indicator (the selected area, kept per indicator across releases). */
export type DashValues = readonly DashObs[] | ReadonlyMap<number, readonly DashObs[]>;

export function byIndicator(v: DashValues): v is ReadonlyMap<number, readonly DashObs[]> {
  return v instanceof Map;
}

/** Each list of values held, to walk them without joining them into one. */
export function valueLists(v: DashValues): (readonly DashObs[])[] {
  return byIndicator(v) ? [...v.values()] : [v as readonly DashObs[]];
}

export function indexValues(v: DashValues): ObsIndex {
  return byIndicator(v) ? indexByIndicator(v) : indexObservations(v as readonly DashObs[]);
}

// The selected area is kept per indicator across release times, and a release replaces only the
// lists of the indicators it carries (read-values.ts). So an indicator's series are grouped and
// sorted once per list, and handed out as the same (frozen) array for as long as its list is
// unchanged: the chapter view and the alerts then re-derive only what a release changed (at
// 100× the data, deriving all 5,700 indicators again took 0.2 s of the first view after it).
const sortedByRegion = new WeakMap<readonly DashObs[], Map<string, SeriesPoint[]>>();
const cutAt = new WeakMap<SeriesPoint[], Map<string, SeriesPoint[]>>();
const parsedPeriods = new Map<string, Period>();

function parsedPeriod(code: string): Period {
  let p = parsedPeriods.get(code);
  if (!p) parsedPeriods.set(code, (p = mustParsePeriod(code)));
  return p;
}

function seriesByRegion(list: readonly DashObs[]): Map<string, SeriesPoint[]> {
  let m = sortedByRegion.get(list);
  if (m) return m;
  m = new Map();
  for (const o of list) {
    const s = m.get(o.regionCode);
    const point = { period: o.period, value: o.value, obs: o };
    if (s) s.push(point);
    else m.set(o.regionCode, [point]);
  }
  for (const s of m.values()) Object.freeze(s.sort((a, b) => comparePeriods(parsedPeriod(a.period), parsedPeriod(b.period))));
  sortedByRegion.set(list, m);
  return m;
}

function cut(all: SeriesPoint[], upTo: string): SeriesPoint[] {
  let byUpTo = cutAt.get(all);
  if (!byUpTo) cutAt.set(all, (byUpTo = new Map()));
  let s = byUpTo.get(upTo);
  if (!s) byUpTo.set(upTo, (s = Object.freeze(all.filter((p) => p.obs.periodEnd <= upTo)) as SeriesPoint[]));
  return s;
}

/** An index over lists by indicator: a series with `upTo` is shared (frozen), the same array while its list is. */
export function indexByIndicator(lists: ReadonlyMap<number, readonly DashObs[]>): ObsIndex {
  const of = (id: number, region: string) => {
    const list = lists.get(id);
    return list ? seriesByRegion(list).get(region) : undefined;
  };
  return {
    series(indicatorId, region, upTo) {
      const all = of(indicatorId, region);
      if (!all) return [];
      return upTo ? cut(all, upTo) : [...all];
    },
    at: (indicatorId, region, period) => of(indicatorId, region)?.find((p) => p.period === period)?.obs ?? null,
    regionsOf(id) {
      const list = lists.get(id);
      return new Set(list ? seriesByRegion(list).keys() : []);
    },
  };
}

// What a dashboard section derives from a shared series (chapter status, alerts, a target's
// assessment) is derived once while that series is the same array, i.e. while the indicator's
// values are unchanged: after a release only what it carries is derived again.
const derivedFrom = new WeakMap<readonly SeriesPoint[], Map<string, { inputs: readonly unknown[]; value: unknown }>>();

/** `derive()` for `series`, kept per `kind` while the other `inputs` are the same (===); a series the index does not share is derived each time. */
export function derivedOnce<T>(series: readonly SeriesPoint[], kind: string, inputs: readonly unknown[], derive: () => T): T {
  if (!Object.isFrozen(series)) return derive();
  let kept = derivedFrom.get(series);
  if (!kept) derivedFrom.set(series, (kept = new Map()));
  const hit = kept.get(kind);
  if (hit && hit.inputs.length === inputs.length && hit.inputs.every((x, i) => x === inputs[i])) return hit.value as T;
  const value = derive();
  kept.set(kind, { inputs, value });
  return value;
}

/**
 * One index over several reads (the selected area's values, the ranked indicator's in every
 * area): a key is answered by the first read that has it. The reads come from one epoch (or
 * one pre-release read), so where they overlap they hold the same values.
 */
export function combineIndexes(indexes: readonly ObsIndex[]): ObsIndex {
  if (indexes.length === 1) return indexes[0];
  const first = <T>(f: (i: ObsIndex) => T, empty: (t: T) => boolean, none: T): T => {
    for (const i of indexes) {
      const v = f(i);
      if (!empty(v)) return v;
    }
    return none;
  };
  return {
    series: (id, region, upTo) => first((i) => i.series(id, region, upTo), (s) => s.length === 0, []),
    at: (id, region, period) => first((i) => i.at(id, region, period), (o) => o === null, null),
    regionsOf: (id) => new Set(indexes.flatMap((i) => [...i.regionsOf(id)])),
  };
}

/** The batches and releases behind the unreleased values among `used`, for the audit trail. */
export function unreleasedSources(used: Iterable<DashObs>): { batchIds: number[]; releaseIds: number[] } {
  const batches = new Set<number>();
  const releases = new Set<number>();
  for (const o of used) {
    if (!o.unreleased) continue;
    if (o.batchId !== null) batches.add(o.batchId);
    if (o.releaseId !== null) releases.add(o.releaseId);
  }
  return { batchIds: [...batches].sort((a, b) => a - b), releaseIds: [...releases].sort((a, b) => a - b) };
}
