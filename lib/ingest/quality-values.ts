// The values the quality checks compare: the batch's own rows (from the streaming pass's
// summary) over what is published now. Also lists which published keys the checks need, so
// the caller fetches only those from the database.
import { mustParsePeriod, periodCode, previousPeriod, samePeriodLastYear, type Period } from "@/lib/period";
import type { IngestIndicator, IngestRegion, QualityRow, QualitySummary } from "./types";

export type ObservationKey = { indicatorId: number; regionCode: string; period: string };
export type PublishedValue = ObservationKey & { value: string };
type Entry = { value: string; line: number | null };

const k = (id: number, region: string, period: string) => `${id}|${region}|${period}`;
export const seriesKey = (id: number, region: string) => `${id}|${region}`;

/** Additive measures: amounts and counts, which districts and parts sum to. */
export function isAdditive(ind: IngestIndicator): boolean {
  const u = ind.unit.trim();
  return (ind.measureType === "CUMULATIVE" || ind.measureType === "PERIOD" || ind.measureType === "STOCK") && u !== "%" && u !== "指数";
}

/**
 * The published values indexed once: the online return's grid evaluates the rules at every
 * keystroke over the same history, and re-indexing thousands of values each time was most of
 * a keystroke's cost on a phone.
 */
export class PublishedIndex {
  private byKey: Map<string, Entry> | undefined;
  /** By series: what a new value is compared with. */
  readonly series = new Map<string, { period: string; value: string }[]>();
  /** Indicator id → its series' areas: an indicator-wide comparison reads these, not every series. */
  readonly regionsOf = new Map<number, string[]>();

  constructor(readonly values: PublishedValue[]) {
    for (const p of values) {
      const key = seriesKey(p.indicatorId, p.regionCode);
      const list = this.series.get(key);
      if (list) list.push(p);
      else {
        this.series.set(key, [p]);
        const regions = this.regionsOf.get(p.indicatorId);
        if (regions) regions.push(p.regionCode);
        else this.regionsOf.set(p.indicatorId, [p.regionCode]);
      }
    }
  }

  /** By key, built when first asked: the magnitude check alone (the review page) reads only by series. */
  get map(): Map<string, Entry> {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const p of this.values) this.byKey.set(k(p.indicatorId, p.regionCode, p.period), { value: p.value, line: null });
    }
    return this.byKey;
  }

  holds(key: ObservationKey): boolean {
    return this.map.has(k(key.indicatorId, key.regionCode, key.period));
  }
}

export class QualityValues {
  /** the batch's (or return's) own values, which win over the published ones */
  private readonly own = new Map<string, Entry>();
  private readonly published: PublishedIndex;
  /** Published values only (never the file's), by series: what a new value is compared with. */
  readonly publishedSeries: Map<string, { period: string; value: string }[]>;
  /** Indicator id → the areas it has published series for. */
  readonly publishedRegionsOf: Map<number, string[]>;
  readonly byId = new Map<number, IngestIndicator>();
  readonly partsOf = new Map<number, IngestIndicator[]>();
  readonly city: IngestRegion;
  readonly districts: IngestRegion[];

  constructor(indicators: IngestIndicator[], regions: IngestRegion[], rows: QualityRow[], published: PublishedValue[] | PublishedIndex) {
    for (const i of indicators) {
      this.byId.set(i.id, i);
      if (i.partOfId != null) this.partsOf.set(i.partOfId, [...(this.partsOf.get(i.partOfId) ?? []), i]);
    }
    this.city = regions.find((r) => r.code.endsWith("00")) ?? regions[0];
    this.districts = regions.filter((r) => r !== this.city);
    this.published = published instanceof PublishedIndex ? published : new PublishedIndex(published);
    this.publishedSeries = this.published.series;
    this.publishedRegionsOf = this.published.regionsOf;
    for (const r of rows) this.own.set(k(r.indicatorId, r.regionCode, r.period), { value: r.value, line: r.line });
  }

  get(id: number, region: string, period: string | Period): Entry | undefined {
    const key = k(id, region, typeof period === "string" ? period : periodCode(period));
    return this.own.get(key) ?? this.published.map.get(key);
  }
}

/** Published keys the checks may need for these rows (those not in the file themselves). */
export function qualityKeysNeeded(summary: QualitySummary, indicators: IngestIndicator[], regions: IngestRegion[]): ObservationKey[] {
  if (summary.truncated) return [];
  const v = new QualityValues(indicators, regions, summary.rows, []);
  const out = new Map<string, ObservationKey>();
  const need = (indicatorId: number, regionCode: string, period: Period | string) => {
    const code = typeof period === "string" ? period : periodCode(period);
    if (!v.get(indicatorId, regionCode, code)) out.set(k(indicatorId, regionCode, code), { indicatorId, regionCode, period: code });
  };
  for (const r of summary.rows) {
    const ind = v.byId.get(r.indicatorId);
    if (!ind) continue;
    const p = mustParsePeriod(r.period);
    if (isAdditive(ind)) for (const reg of [v.city, ...v.districts]) need(ind.id, reg.code, r.period);
    const total = ind.partOfId != null ? v.byId.get(ind.partOfId) : v.partsOf.has(ind.id) ? ind : undefined;
    if (total) for (const i of [total, ...(v.partsOf.get(total.id) ?? [])]) need(i.id, r.regionCode, r.period);
    if (ind.measureType !== "RATE" && ind.measureType !== "GROWTH") {
      need(ind.id, r.regionCode, previousPeriod(p));
      need(ind.id, r.regionCode, previousPeriod(previousPeriod(p)));
    }
    need(ind.id, r.regionCode, samePeriodLastYear(p)); // the band against the same period last year
    if (ind.measureType === "GROWTH" && ind.growthOfId != null) {
      need(ind.growthOfId, r.regionCode, p);
      need(ind.growthOfId, r.regionCode, samePeriodLastYear(p));
    }
  }
  return [...out.values()];
}

/** Growth rates change sign and cross zero: their size says nothing about a slip of the unit. */
export function magnitudeChecked(ind: IngestIndicator): boolean {
  return ind.measureType !== "GROWTH";
}
