// includeHistory and updatedAfter from the visible vintages (findVisibleVintages, the same
// visibility rule): the data as they stood after a release are rebuilt in memory and derived
// exactly as the open API derives them; a release's data set holds what it added or changed.
// Only the series a release touched are derived again (a series: one indicator in one region,
// with the published growth rate that its year-on-year growth prefers). Pure.
import type { PublicObservation, VisibleVintage } from "@/lib/public/visible-observations";
import { deriveMeasure } from "@/lib/open-api/observations/derive-measure";
import { inPeriodRange } from "@/lib/open-api/observations/select-rows";
import type { ApiObservation, DerivableIndicator } from "@/lib/open-api/observations/types";
import type { TMeasure } from "@/lib/open-api/schemas/observation";

export type Derive = { indicators: readonly DerivableIndicator[]; wanted: ReadonlySet<number> | null; measures: readonly TMeasure[]; from?: string; to?: string };
export type HistorySet = { validFrom: Date; validTo: Date | null; rows: ApiObservation[] };

const seriesOf = (indicatorId: number, region: string) => `${indicatorId}|${region}`;

/** The newest vintage of each key released at or before `t`, for the given series (what findVisibleObservations returns at t, without `previous`). */
function snapshot(bySeries: Map<string, PublicObservation[]>, series: Iterable<string>, t: Date): PublicObservation[] {
  const latest = new Map<string, PublicObservation>();
  for (const s of series) for (const v of bySeries.get(s) ?? []) if (v.releasedAt <= t) latest.set(`${s}|${v.period}`, v); // oldest first: later ones replace
  return [...latest.values()];
}

function makeDeriver(vintages: readonly VisibleVintage[], d: Derive) {
  const byId = new Map(d.indicators.map((i) => [i.id, i]));
  const growthOf = new Map<number, number>(); // level indicator → its published growth rate
  const levelOf = new Map<number, number>();
  for (const g of d.indicators) if (g.measureType === "GROWTH" && g.growthOfId !== null) {
    growthOf.set(g.growthOfId, g.id);
    levelOf.set(g.id, g.growthOfId);
  }
  const bySeries = new Map<string, PublicObservation[]>();
  for (const v of vintages) {
    const k = seriesOf(v.indicatorId, v.regionCode);
    if (!bySeries.has(k)) bySeries.set(k, []);
    bySeries.get(k)!.push({ ...v, previous: null }); // once, not at every moment
  }
  /** The series a set of vintages touches: their own, and the level series whose growth they publish. */
  const touched = (vs: readonly VisibleVintage[]): Set<string> => {
    const out = new Set<string>();
    for (const v of vs) {
      out.add(seriesOf(v.indicatorId, v.regionCode));
      const level = levelOf.get(v.indicatorId);
      if (level !== undefined) out.add(seriesOf(level, v.regionCode));
    }
    return out;
  };
  /** Derived rows of one series at moment t (every measure asked for). */
  const derive = (series: string, t: Date): ApiObservation[] => {
    const [id, region] = series.split("|");
    const ind = Number(id);
    if (d.wanted && !d.wanted.has(ind)) return [];
    const g = growthOf.get(ind);
    const rows = snapshot(bySeries, g === undefined ? [series] : [series, seriesOf(g, region)], t);
    // unordered: the SDMX rows are put in order once, at the end (filter-rows.ts)
    return d.measures.flatMap((m) => {
      const derived = deriveMeasure(rows, byId, new Set([ind]), m);
      return d.from || d.to ? inPeriodRange(derived, d.from, d.to) : derived;
    });
  };
  return { touched, derive };
}

const rowKey = (o: ApiObservation) => `${o.indicatorId}|${o.region}|${o.period}|${o.measure}`;
const same = (a: ApiObservation, b: ApiObservation) => a.value === b.value && a.flag === b.flag && a.note === b.note;

/** Rows of `now` that are new or different from `before`. */
export function changedRows(now: readonly ApiObservation[], before: readonly ApiObservation[]): ApiObservation[] {
  const old = new Map(before.map((o) => [rowKey(o), o]));
  return now.filter((o) => {
    const b = old.get(rowKey(o));
    return !b || !same(o, b);
  });
}

/** One data set per release moment after `after` (if given): the rows that release added or changed. */
export function historySets(vintages: readonly VisibleVintage[], d: Derive, after?: Date): HistorySet[] {
  const { touched, derive } = makeDeriver(vintages, d);
  const byMoment = new Map<number, VisibleVintage[]>();
  for (const v of vintages) {
    const t = v.releasedAt.getTime();
    if (!byMoment.has(t)) byMoment.set(t, []);
    byMoment.get(t)!.push(v);
  }
  const moments = [...byMoment.keys()].sort((a, b) => a - b);
  const current = new Map<string, ApiObservation[]>(); // series → its derived rows so far
  const out: HistorySet[] = [];
  moments.forEach((ms, i) => {
    const t = new Date(ms);
    const changed: ApiObservation[] = [];
    for (const s of touched(byMoment.get(ms)!)) {
      const rows = derive(s, t);
      changed.push(...changedRows(rows, current.get(s) ?? []));
      current.set(s, rows);
    }
    if ((!after || t > after) && changed.length) out.push({ validFrom: t, validTo: moments[i + 1] ? new Date(moments[i + 1]) : null, rows: changed });
  });
  return out;
}

/** updatedAfter: the rows at `at` that are new or different from what was public at `after`. */
export function updatedRows(vintages: readonly VisibleVintage[], d: Derive, after: Date, at: Date): ApiObservation[] {
  const { touched, derive } = makeDeriver(vintages, d);
  const since = vintages.filter((v) => v.releasedAt > after && v.releasedAt <= at);
  return [...touched(since)].flatMap((s) => changedRows(derive(s, at), derive(s, after)));
}
