// One page of a level-measure observations answer, read page by page in SQL (issue 21): the
// keys of the page first (lib/public/visible-keys.ts), then only those rows through THE
// visibility rule, withheld values masked there as for every public read. The answer and its
// order are those of findApiObservations paged by pageOf (db test: page-level.db.test.ts);
// a page reads the rows of the indicators it shows, not the whole answer.
//
// `last` N is a floor per indicator (its Nth newest public period, found by a short index walk
// each) under which keys are left out. Derived measures (in-period, yoy) need other periods and
// regions than the page's own, so they still build the whole answer (find-api-observations.ts).
import type { Queryable } from "@/lib/db/queryable";
import { countVisibleKeysUpTo, findVisibleKeys, isOrderablePeriod, type KeyBound, type PeriodFloors } from "@/lib/public/visible-keys";
import { findVisibleObservations, type VisibleKey } from "@/lib/public/visible-observations";
import { decodeCursor, encodeCursor, type Page, type PageRequest } from "../paging";
import { ParamError } from "../params/param-error";
import type { ParamHelp } from "../params/param-help";
import { deriveMeasure } from "./derive-measure";
import type { ObservationFilter } from "./find-api-observations";
import { inPeriodRange, sortRows } from "./select-rows";
import type { ApiObservation, DerivableIndicator } from "./types";

export type LevelFilter = Omit<ObservationFilter, "measure" | "last"> & {
  /** `last` N periods, as each indicator's oldest kept period (findLastPeriodFloors); absent: all */
  floors?: PeriodFloors;
};

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The answer's indicators in its order (by code), with their public key counts (`counts`). */
function orderedIndicators(indicators: readonly DerivableIndicator[], f: LevelFilter): DerivableIndicator[] {
  const wanted = f.indicatorIds ? new Set(f.indicatorIds) : null;
  return indicators.filter((i) => !wanted || wanted.has(i.id)).sort((a, b) => byCodeUnits(a.code, b.code));
}

type Start = { index: number; after: KeyBound | null; skip: number; offset: number; doneInFirst: number };

async function startOf(q: Queryable, ordered: DerivableIndicator[], counts: ReadonlyMap<number, number>, f: LevelFilter, req: PageRequest, cursorHelp?: ParamHelp): Promise<Start> {
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
  const upTo = await countVisibleKeysUpTo(q, visibleFilter(f), after, f.floors ?? null);
  return { index, after, skip: 0, offset: before + upTo, doneInFirst: upTo };
}

const visibleFilter = (f: LevelFilter) => ({ regionCodes: f.regionCodes ?? undefined, from: f.from, to: f.to, asOf: f.at });

/**
 * The keys of the page and one more (to know there is a next page), reading as few indicators
 * at a time as the counts say hold them. The counts only choose how many to read at once: when
 * they are stale (a release in between) the loop reads on, so the page is right regardless.
 */
async function pageKeys(q: Queryable, ordered: DerivableIndicator[], counts: ReadonlyMap<number, number>, f: LevelFilter, start: Start, need: number): Promise<VisibleKey[]> {
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
    keys.push(...(await findVisibleKeys(q, { ...visibleFilter(f), indicatorIds: ids }, page, f.floors ?? null)));
  }
  return keys;
}

export async function pageLevelObservations(
  q: Queryable,
  indicators: readonly DerivableIndicator[],
  counts: ReadonlyMap<number, number>,
  f: LevelFilter,
  req: PageRequest,
  cursorHelp?: ParamHelp,
): Promise<Page<ApiObservation>> {
  const ordered = orderedIndicators(indicators, f);
  const total = ordered.reduce((n, i) => n + (counts.get(i.id) ?? 0), 0);
  const start = await startOf(q, ordered, counts, f, req, cursorHelp);
  const found = await pageKeys(q, ordered, counts, f, start, req.limit + 1);
  const keys = found.slice(0, req.limit);
  const visible = keys.length ? await findVisibleObservations(q, { ...visibleFilter(f), indicatorIds: [...new Set(keys.map((k) => k.indicatorId))], keys }) : [];
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const rows = sortRows(inPeriodRange(deriveMeasure(visible, byId, null, "level"), f.from, f.to));
  const last = keys[keys.length - 1];
  return {
    rows,
    offset: start.offset,
    total,
    nextCursor: found.length > req.limit && last ? encodeCursor([byId.get(last.indicatorId)!.code, last.regionCode, last.period]) : null,
  };
}
