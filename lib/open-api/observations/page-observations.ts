// One page of an observations answer, read page by page in SQL (issue 21): the keys of the
// page first (lib/public/visible-keys.ts), then only the rows those keys are derived from,
// through THE visibility rule, withheld values masked there as for every public read; then the
// measure, by the same derivation as the whole answer (derive-measure.ts). The answer and its
// order are those of findApiObservations paged by pageOf (db test: page-observations.db.test.ts);
// a page reads the rows of the series it shows, not the whole answer.
//
// The keys of a measure are those of the level (one row per value), except that y/y growth also
// answers where only the published growth rate is (measureKeySources). `last` N is a floor per
// indicator (its Nth newest public period, found by a short index walk each) under which keys
// are left out.
import type { Queryable } from "@/lib/db/queryable";
import { countKeysPublicSince, countVisibleKeysByIndicator, countVisibleKeysUpTo, findLastPeriodFloors, findVisibleKeys, isOrderablePeriod, type KeyBound, type KeySources, type PeriodFloors } from "@/lib/public/visible-keys";
import type { ReadChanged } from "@/lib/public/per-indicator-cache";
import { findVisibleObservations, type VisibleKey } from "@/lib/public/visible-observations";
import { decodeCursor, encodeCursor, type Page, type PageRequest } from "../paging";
import { ParamError } from "../params/param-error";
import type { ParamHelp } from "../params/param-help";
import { deriveMeasure, measureInputKeys, measureKeySources } from "./derive-measure";
import type { ObservationFilter } from "./find-api-observations";
import { fetchFromForDerived, inPeriodRange, sortRows } from "./select-rows";
import type { ApiObservation, DerivableIndicator } from "./types";

export type PageFilter = Omit<ObservationFilter, "last"> & {
  /** `last` N periods, as each indicator's oldest kept period (findLastPeriodFloors); absent: all */
  floors?: PeriodFloors;
  /** the measure's keys, when not each indicator's own (measureKeySources) */
  sources?: KeySources;
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The answer's indicators in its order (by code), with their public key counts (`counts`). */
function orderedIndicators(indicators: readonly DerivableIndicator[], f: PageFilter): DerivableIndicator[] {
  const wanted = f.indicatorIds ? new Set(f.indicatorIds) : null;
  return indicators.filter((i) => !wanted || wanted.has(i.id)).sort((a, b) => byCodeUnits(a.code, b.code));
}

type Start = { index: number; after: KeyBound | null; skip: number; offset: number; doneInFirst: number };

async function startOf(q: Queryable, ordered: DerivableIndicator[], counts: ReadonlyMap<number, number>, f: PageFilter, req: PageRequest, cursorHelp?: ParamHelp): Promise<Start> {
  const count = (i: DerivableIndicator) => counts.get(i.id) ?? 0;
  if (req.cursor === undefined) {
    // by offset: the indicator the offset falls in, and how far into it
    let before = 0;
    let index = 0;
    const offset = req.offset ?? 0;
    while (index < ordered.length && before + count(ordered[index]) <= offset) before += count(ordered[index++]);
    return { index, after: null, skip: offset - before, offset, doneInFirst: offset - before };
  }
  const key = decodeCursor(req.cursor);
  if (!key || key.length !== 3 || !isOrderablePeriod(key[2])) throw ParamError.invalid("cursor", cursorHelp ?? { zh: "无法识别", en: "not recognised" });
  const [code, regionCode, period] = key;
  let index = 0;
  let before = 0;
  while (index < ordered.length && byCodeUnits(ordered[index].code, code) < 0) before += count(ordered[index++]);
  if (index === ordered.length || ordered[index].code !== code) return { index, after: null, skip: 0, offset: before, doneInFirst: 0 };
  const after = { indicatorId: ordered[index].id, regionCode, period };
  const upTo = await countVisibleKeysUpTo(q, visibleFilter(f), after, f.floors ?? null, f.sources ?? null);
  return { index, after, skip: 0, offset: before + upTo, doneInFirst: upTo };
}

const visibleFilter = (f: PageFilter) => ({ regionCodes: f.regionCodes ?? undefined, from: f.from, to: f.to, asOf: f.at });

/**
 * The keys of the page and one more (to know there is a next page), reading as few indicators
 * at a time as the counts say hold them. The counts only choose how many to read at once: when
 * they are stale (a release in between) the loop reads on, so the page is right regardless.
 */
async function pageKeys(q: Queryable, ordered: DerivableIndicator[], counts: ReadonlyMap<number, number>, f: PageFilter, start: Start, need: number): Promise<VisibleKey[]> {
  const keys: VisibleKey[] = [];
  let index = start.index;
  while (keys.length < need && index < ordered.length) {
    const first = index === start.index;
    const ids: number[] = [];
    let expected = 0;
    while (index < ordered.length && (ids.length === 0 || expected < need - keys.length)) {
      const i = ordered[index++];
      ids.push(i.id);
      expected += Math.max(0, (counts.get(i.id) ?? 0) - (first && ids.length === 1 ? start.doneInFirst : 0));
    }
    const page = { after: first ? start.after : null, offset: first ? start.skip : 0, limit: need - keys.length };
    keys.push(...(await findVisibleKeys(q, { ...visibleFilter(f), indicatorIds: ids }, page, f.floors ?? null, f.sources ?? null)));
  }
  return keys;
}

/**
 * Where countObservationKeys keeps its per-indicator counts between epochs (perIndicatorCached,
 * lib/public/per-indicator-cache.ts): given how to read them (all, or some indicators') and which
 * indicators' entries a release of others changes. Absent: read them all.
 */
export type KeepPerIndicator = <V>(
  read: (ids: number[] | null) => Promise<Map<number, V>>,
  affected: (changed: number[]) => number[],
  /** the changed indicators' entries from the kept ones (ReadChanged), where cheaper than `read` */
  readChanged?: ReadChanged<V>,
) => Promise<ReadonlyMap<number, V>>;

type KeyCount = { n: number; floor: string | undefined };

/**
 * What every page of one answer shares: the measure's key sources, `last`'s floors, and the
 * public key count of each indicator (`total`, and where an offset or cursor falls). Each
 * indicator's count and floor read its own rows (and its sources'), so after a release only the
 * indicators it covers need counting again (`keep`).
 */
export async function countObservationKeys(
  q: Queryable,
  indicators: readonly DerivableIndicator[],
  f: ObservationFilter,
  keep?: KeepPerIndicator,
): Promise<{ sources: KeySources; floors: PeriodFloors; counts: Map<number, number> }> {
  const sources = measureKeySources(indicators, f.indicatorIds && new Set(f.indicatorIds), f.measure);
  const v = { regionCodes: f.regionCodes ?? undefined, from: f.from, to: f.to, asOf: f.at };
  const wanted = f.indicatorIds ? new Set(f.indicatorIds) : null;
  const read = async (ids: number[] | null): Promise<Map<number, KeyCount>> => {
    const only = ids ?? f.indicatorIds ?? undefined;
    const floors = f.last === undefined ? null : await findLastPeriodFloors(q, { ...v, indicatorIds: only ?? indicators.map((i) => i.id) }, f.last, sources);
    const counts = await countVisibleKeysByIndicator(q, { ...v, indicatorIds: only }, floors, sources);
    const out = new Map<number, KeyCount>([...(floors ?? [])].map(([id, floor]) => [id, { n: 0, floor }]));
    for (const [id, n] of counts) out.set(id, { n, floor: floors?.get(id) });
    return out;
  };
  // a release of a source (the published growth rate merged into y/y) changes the answer indicator's keys
  const affected = (changed: number[]) => {
    const c = new Set(changed);
    const hit = sources ? sources.filter((s) => c.has(s.id)).map((s) => s.as) : changed;
    return [...new Set(hit)].filter((id) => !wanted || wanted.has(id));
  };
  // a release only adds keys: without floors or sources, an indicator's count after it is the
  // kept count and the keys the release made public (a revision of a public key adds none)
  const added: ReadChanged<KeyCount> | undefined =
    f.last === undefined && !sources
      ? async (changed, kept, since) => {
          const more = await countKeysPublicSince(q, { ...v, indicatorIds: changed }, since);
          const out = new Map<number, KeyCount>();
          for (const id of changed) {
            const n = (kept.get(id)?.n ?? 0) + (more.get(id) ?? 0);
            if (n > 0) out.set(id, { n, floor: undefined });
          }
          return out;
        }
      : undefined;
  const per = keep ? await keep(read, affected, added) : await read(null);
  const counts = new Map<number, number>();
  const floors = f.last === undefined ? null : new Map<number, string>();
  for (const [id, k] of per) {
    if (k.n > 0) counts.set(id, k.n);
    if (floors && k.floor !== undefined) floors.set(id, k.floor);
  }
  return { sources, floors, counts };
}

/**
 * The rows of the measure at `keys`: read from the rows they are derived from (measureInputKeys),
 * within what the whole answer reads (from a year and a period before `from`), then derived.
 */
async function rowsAt(q: Queryable, keys: readonly VisibleKey[], byId: ReadonlyMap<number, DerivableIndicator>, f: PageFilter): Promise<ApiObservation[]> {
  if (keys.length === 0) return [];
  const inputs = measureInputKeys(keys, byId, f.measure);
  const from = f.from && f.measure !== "level" ? fetchFromForDerived(f.from) : f.from;
  const visible = await findVisibleObservations(q, { ...visibleFilter(f), from, indicatorIds: [...new Set(inputs.map((k) => k.indicatorId))], keys: inputs });
  const shown = new Set(keys.map((k) => `${k.indicatorId}|${k.regionCode}|${k.period}`));
  const derived = deriveMeasure(visible, byId, new Set(keys.map((k) => k.indicatorId)), f.measure);
  return sortRows(inPeriodRange(derived, f.from, f.to).filter((r) => shown.has(`${r.indicatorId}|${r.region}|${r.period}`)));
}

export async function pageObservations(
  q: Queryable,
  indicators: readonly DerivableIndicator[],
  counts: ReadonlyMap<number, number>,
  f: PageFilter,
  req: PageRequest,
  cursorHelp?: ParamHelp,
): Promise<Page<ApiObservation>> {
  const ordered = orderedIndicators(indicators, f);
  const total = ordered.reduce((n, i) => n + (counts.get(i.id) ?? 0), 0);
  const start = await startOf(q, ordered, counts, f, req, cursorHelp);
  const found = await pageKeys(q, ordered, counts, f, start, req.limit + 1);
  const keys = found.slice(0, req.limit);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const rows = await rowsAt(q, keys, byId, f);
  const last = keys[keys.length - 1];
  return {
    rows,
    offset: start.offset,
    total,
    nextCursor: found.length > req.limit && last ? encodeCursor([byId.get(last.indicatorId)!.code, last.regionCode, last.period]) : null,
  };
}
