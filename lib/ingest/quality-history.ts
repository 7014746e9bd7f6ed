// Which published values the quality checks read: the keys the checks name, and of each series
// the magnitude check compares a value with, only the part that decides its finding (issue 21:
// reading every checked indicator's whole history was 74,200 values for a batch of 1,400 at
// 100× the data, most of the review page's time). The caller's `read` answers each filter
// through the one visibility rule; here only which filters to ask, in up to three rounds:
//   1. each checked series within `most` periods either side of the value, and the named keys,
//      as spans of period ends;
//   2. a series with fewer values than that in its window, whole (its nearest lie further off);
//   3. an indicator one of whose values has no non-zero value near it, whole: that value is
//      compared with the indicator's other areas and periods (quality-outlier.ts).
// What the checks find is the same as with every indicator's whole history
// (quality-history.property.test.ts). Returned indexed, as the engine reads it: the series
// parsed for the rounds above are parsed once (quality-outlier.ts). Pure: no database here.
import { mustParsePeriod, periodCode, periodEnd, periodStart, shiftPeriod, type Period } from "@/lib/period";
import { comparedWithIndicator, windowHolds } from "./quality-outlier";
import { magnitudeChecked, PublishedIndex, qualityKeysNeeded, seriesKey, type ObservationKey, type PublishedValue } from "./quality-values";
import type { IngestIndicator, IngestRegion, QualityRow, QualitySummary } from "./types";

/** What the active magnitude rules compare: the indicators in their scope, the largest and smallest window. */
export type MagnitudeReach = { checks: (ind: IngestIndicator) => boolean; most: number; least: number };
/** What the active rules read (lib/rules/evaluate.ts `qualityReach`): the keys the other checks name, if any is active, and the magnitude rules' series. */
export type QualityReach = { keys: boolean; magnitude: MagnitudeReach | null };

/**
 * One read of published values (each key's newest vintage, nulls left out). The fields narrow
 * it together as the public read's filter does (VisibleFilter): `from` and `to` are inclusive
 * period codes, compared by period end, so one span may cover several frequencies.
 */
export type PublishedFilter = {
  indicatorIds: number[];
  regionCodes?: string[];
  from?: string;
  to?: string;
};

export type PublishedReader = (filter: PublishedFilter) => Promise<PublishedValue[]>;


export async function gatherPublished(
  summary: QualitySummary,
  indicators: IngestIndicator[],
  regions: IngestRegion[],
  { keys: keysNeeded, magnitude: reach }: QualityReach,
  read: PublishedReader,
): Promise<PublishedIndex> {
  if (summary.truncated) return new PublishedIndex([]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const checked: QualityRow[] = [];
  if (reach)
    for (const r of summary.rows) {
      const ind = byId.get(r.indicatorId);
      if (ind && magnitudeChecked(ind) && reach.checks(ind)) checked.push(r);
    }
  // a later round adds only what the index does not hold yet: every round reads at one moment,
  // so a key read twice has one value
  const extend = (index: PublishedIndex, values: PublishedValue[]) => new PublishedIndex([...index.values, ...values.filter((v) => !index.holds(v))]);

  // 1. the checked series around their values and the keys the other checks name, each as a
  // range of period ends per group of indicators: the (indicator, period end) index answers a
  // range, where a list of a thousand exact keys was a scan of the whole table
  const keys = keysNeeded ? qualityKeysNeeded(summary, indicators, regions) : [];
  const near = new Range();
  if (reach) for (const r of checked) near.around(r.indicatorId, r.period, reach.most);
  const other = new Range();
  for (const k of keys) (near.ids.has(k.indicatorId) ? near : other).add(k.indicatorId, k.period);
  // the two reads hold different indicators, and each key once
  let index = new PublishedIndex((await Promise.all([near, other].filter((g) => g.ids.size).map((g) => read(g.filter())))).flat());
  if (!reach || !checked.length) return index;

  // 2. sparse series, whole
  const seriesOf = (index: PublishedIndex, r: QualityRow) => index.series.get(seriesKey(r.indicatorId, r.regionCode)) ?? [];
  const sparse = checked.filter((r) => !windowHolds(seriesOf(index, r), r.regionCode, r.period, reach.most));
  if (sparse.length) {
    index = extend(index, await read({ indicatorIds: unique(sparse.map((r) => r.indicatorId)), regionCodes: unique(sparse.map((r) => r.regionCode)) }));
  }

  // 3. indicators a value is compared with as a whole
  const pooled = unique(checked.filter((r) => comparedWithIndicator(seriesOf(index, r), r, reach.least)).map((r) => r.indicatorId));
  if (!pooled.length) return index;
  return extend(index, await read({ indicatorIds: pooled }));
}

/** Indicators and the span of periods one read covers. */
class Range {
  readonly ids = new Set<number>();
  private from: Period | null = null;
  private to: Period | null = null;
  private readonly seen = new Set<string>();

  /** `most` periods either side of a checked value, of its indicator. */
  around(indicatorId: number, period: string, most: number): void {
    this.ids.add(indicatorId);
    if (this.seen.has(`±${period}`)) return;
    this.seen.add(`±${period}`);
    const p = mustParsePeriod(period);
    this.span(shiftPeriod(p, -most), shiftPeriod(p, most));
  }

  add(indicatorId: number, period: string): void {
    this.ids.add(indicatorId);
    if (this.seen.has(period)) return;
    this.seen.add(period);
    const p = mustParsePeriod(period);
    this.span(p, p);
  }

  filter(): PublishedFilter {
    return { indicatorIds: [...this.ids], from: periodCode(this.from!), to: periodCode(this.to!) };
  }

  // the read keeps what ends between the start of `from` and the end of `to` (visibleQueryParams)
  private span(a: Period, b: Period): void {
    if (!this.from || periodStart(a) < periodStart(this.from)) this.from = a;
    if (!this.to || periodEnd(b) > periodEnd(this.to)) this.to = b;
  }
}

const unique = <T,>(xs: T[]): T[] => [...new Set(xs)];
