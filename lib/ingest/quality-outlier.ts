// The magnitude check of the quality engine (quality.ts runs it with the others): a value far
// from its own series' published values, e.g. 127555 typed where the series runs about 500 (a
// unit or a decimal point slipped; the incident behind this check passed review and became
// the public chart's only visible feature). Compared with the median of the series' eight
// published values nearest in time; a series with none is compared with the indicator's other
// areas of the same level (a district with districts, the city with the city) and periods,
// the file's own values included. Year-to-date values are scaled to the months the checked
// value covers (Q1 three, 1—9月 nine), so that a first quarter is not compared with full years.
// Exact decimals throughout. Pure.
import Decimal from "decimal.js";
import { endMonth, mustParsePeriod, perYear, type Period } from "@/lib/period";
import { dec } from "./decimal-memo";
import { magnitudeChecked, seriesKey, type PublishedIndex, type QualityValues } from "./quality-values";
import type { IngestIndicator, QualityRow } from "./types";

export type OutlierOptions = {
  /** A value more than this many times the median, or less than its inverse, is flagged (default 10). */
  factor: number;
  /** How many of the series' published values the median takes (default 8). */
  window: number;
  /** Values an indicator-wide comparison needs at least (default 3). */
  minPool: number;
};

export const DEFAULT_OUTLIER: OutlierOptions = { factor: 10, window: 8, minPool: 3 };

export type Outlier = {
  row: QualityRow;
  indicator: IngestIndicator;
  basis: "series" | "indicator";
  median: Decimal;
  /** how many values the median was taken over */
  n: number;
  /** the larger of value/median and median/value */
  times: Decimal;
  /** year-to-date values were scaled to the checked value's months */
  scaled: boolean;
};

/** A value at its time: `n` its size as a float, for the screen below; `v` the exact size, parsed when first asked. */
class Point {
  private exact: Decimal | undefined;
  constructor(
    readonly t: number,
    readonly p: Period,
    readonly n: number,
    private readonly text: string,
    readonly region: string,
  ) {}

  get v(): Decimal {
    if (!this.exact) {
      const d = dec(this.text); // memoised and immutable: shared, and a new Decimal only for a negative
      this.exact = d.isNeg() ? d.abs() : d;
    }
    return this.exact;
  }
}

const span = (p: Period) => (p.freq === "YEAR" ? 12 : endMonth(p));
const time = (p: Period) => p.year * 12 + endMonth(p);
const scales = (ind: IngestIndicator, p: Period) => ind.measureType === "CUMULATIVE" && p.freq !== "YEAR";
const byValue = (a: Decimal, b: Decimal) => a.comparedTo(b);

/** Divisible by every span (1–12 months): a value times MONTHS / span is exact. */
const MONTHS = 27720;

/** A value's size comparable with one of period `target`: |v|, year-to-date values scaled to its months. */
function size(ind: IngestIndicator, x: Point, target: Period): Decimal {
  return scales(ind, target) && span(x.p) !== span(target) ? x.v.times(span(target)).div(span(x.p)) : x.v;
}

/** The k-th smallest (0-based) of a sorted list without the entries at `skip` (ascending indexes). */
function kth(sorted: Decimal[], skip: number[], k: number): Decimal {
  let i = k;
  for (const s of skip) if (s <= i) i++;
  return sorted[i];
}

function median(sorted: Decimal[], skip: number[] = []): Decimal {
  const n = sorted.length - skip.length;
  const m = n >> 1;
  return n % 2 ? kth(sorted, skip, m) : kth(sorted, skip, m - 1).plus(kth(sorted, skip, m)).div(2);
}

/** Index of one entry equal to `d` in a sorted list, not already taken, or -1. */
function indexOf(sorted: Decimal[], d: Decimal, taken: number[]): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].lt(d)) lo = mid + 1;
    else hi = mid;
  }
  while (lo < sorted.length && sorted[lo].eq(d) && taken.includes(lo)) lo++;
  return lo < sorted.length && sorted[lo].eq(d) ? lo : -1;
}

const parsedSeries = new WeakMap<object, Point[]>();
// Each period code parsed once: a review at 100× the data parses 11,200 published values of a
// few dozen periods. Codes are few (years × 17), so the memo stays small.
const periods = new Map<string, { t: number; p: Period }>();
function when(code: string): { t: number; p: Period } {
  let w = periods.get(code);
  if (!w) {
    const p = mustParsePeriod(code);
    periods.set(code, (w = { t: time(p), p }));
  }
  return w;
}
const point = (period: string, value: string, region: string): Point => {
  const { t, p } = when(period);
  // a decimal of up to 24 digits is zero exactly when its float is: `n === 0` is the exact test
  return new Point(t, p, Math.abs(Number(value)), value, region);
};

/** One published series, parsed and sorted by time once (across calls while the published
 *  list is the same array: the online return's grid evaluates again at every keystroke). */
function parsed(list: { period: string; value: string }[], region: string): Point[] {
  let s = parsedSeries.get(list);
  if (!s) parsedSeries.set(list, (s = list.map((x) => point(x.period, x.value, region)).sort((a, b) => a.t - b.t)));
  return s;
}

/** Parses an indicator's published series ahead of its first check: the online return does this
 *  while the page is idle, so that the first paste does not parse the whole history. */
export function prepareSeries(published: PublishedIndex, indicatorId: number): void {
  for (const region of published.regionsOf.get(indicatorId) ?? []) parsed(published.series.get(seriesKey(indicatorId, region))!, region);
}

/**
 * The screen: whether a value is certainly within `factor` of its series' median, by floats.
 * Most values are far inside; the exact decimals (a parse and a product per compared value)
 * are then spent only on those near the line or over it (issue 21: they were most of a large
 * review's check). A float carries each operand to 1e-16 of itself and the few operations here
 * stay within 1e-15, so a ratio under factor × (1 − 1e-9) is under `factor` exactly too; the
 * median taken from floats that tie within that error is the same size within it.
 */
function withinByFloats(near: Point[], me: Point, scaled: boolean, factor: number): boolean {
  const sizes = near.map((x) => (scaled ? x.n * (MONTHS / span(x.p)) : x.n)).sort((a, b) => a - b);
  const m = sizes.length >> 1;
  const median = (sizes.length % 2 ? sizes[m] : (sizes[m - 1] + sizes[m]) / 2) * (scaled ? span(me.p) / MONTHS : 1);
  const ratio = me.n > median ? me.n / median : median / me.n;
  return Number.isFinite(ratio) && ratio < factor * (1 - 1e-9);
}

export function findOutliers(v: QualityValues, rows: QualityRow[], options: Partial<OutlierOptions> = {}): Outlier[] {
  const o = { ...DEFAULT_OUTLIER, ...options };
  const factor = new Decimal(o.factor);
  const isCity = (code: string) => code === v.city.code;
  const seriesOf = (id: number, region: string) => {
    const list = v.publishedSeries.get(seriesKey(id, region));
    return list ? parsed(list, region) : [];
  };

  // indicator-wide pools (published and file values, one level), sorted sizes per target span
  const points = new Map<string, Point[]>();
  const pools = new Map<string, Decimal[]>();
  const poolOf = (ind: IngestIndicator, city: boolean, p: Period) => {
    const key = `${ind.id}|${city}|${p.freq}|${scales(ind, p) ? span(p) : 0}`;
    let pool = pools.get(key);
    if (pool) return pool;
    const pk = `${ind.id}|${city}|${p.freq}`;
    let pts = points.get(pk);
    if (!pts) {
      // the indicator's own series only, their points parsed once across calls (seriesOf): a
      // paste into the online return evaluates every group, and walking the whole published
      // index per indicator was most of a paste's time on a phone (issue 18)
      const byKey = new Map<string, Point>();
      const at = (region: string, x: Point) => `${region}|${x.p.freq}|${x.t}`;
      for (const region of v.publishedRegionsOf.get(ind.id) ?? []) {
        if (isCity(region) !== city) continue;
        for (const x of seriesOf(ind.id, region)) byKey.set(at(region, x), x);
      }
      // the file's value wins over the published one of the same key
      for (const r of rows)
        if (r.indicatorId === ind.id && isCity(r.regionCode) === city) {
          const x = point(r.period, r.value, r.regionCode);
          byKey.set(at(r.regionCode, x), x);
        }
      points.set(pk, (pts = [...byKey.values()].filter((x) => x.p.freq === p.freq && x.n !== 0)));
    }
    pools.set(key, (pool = pts.map((x) => size(ind, x, p)).sort(byValue)));
    return pool;
  };

  const out: Outlier[] = [];
  for (const row of rows) {
    const ind = v.byId.get(row.indicatorId);
    if (!ind || !magnitudeChecked(ind)) continue;
    const me = point(row.period, row.value, row.regionCode);
    // a zero is common for a small district's count, and says nothing about a slipped unit
    if (me.n === 0) continue;
    const near = nearest(seriesOf(ind.id, row.regionCode), me, o.window).filter((x) => x.n !== 0);
    if (near.length && withinByFloats(near, me, scales(ind, me.p), o.factor)) continue;
    let med: Decimal;
    let n: number;
    let basis: Outlier["basis"] = "series";
    if (near.length) {
      // year-to-date values ranked by their size per month in whole units of MONTHS (an exact
      // product): the order and median of the sizes scaled to this value's months, with one
      // division for the median instead of one per value (most of a large review's check)
      const scaled = scales(ind, me.p);
      const sizes = near.map((x) => (scaled ? x.v.times(MONTHS / span(x.p)) : x.v)).sort(byValue);
      med = scaled ? median(sizes).times(span(me.p)).div(MONTHS) : median(sizes);
      n = sizes.length;
    } else {
      basis = "indicator";
      const pool = poolOf(ind, isCity(row.regionCode), me.p);
      const skip: number[] = [];
      const own = indexOf(pool, me.v, skip); // the value itself is not its own comparison
      if (own >= 0) skip.push(own);
      n = pool.length - skip.length;
      if (n < o.minPool) continue;
      med = median(pool, skip);
    }
    if (med.isZero()) continue;
    // compared by products; the ratio (a division) only for a value flagged
    const above = me.v.gt(med);
    if (above ? me.v.gt(med.times(factor)) : med.gt(me.v.times(factor)))
      out.push({ row, indicator: ind, basis, median: med, n, times: above ? me.v.div(med) : med.div(me.v), scaled: scales(ind, me.p) });
  }
  return out;
}

/**
 * Whether a series read only within `window` periods either side of `period` (same frequency)
 * holds at least `window` values there: then its `window` nearest values (findOutliers) are the
 * ones the whole series gives, since every value further off is further in time. Otherwise the
 * nearest may lie further off and the whole series is read (lib/ingest/quality-history.ts).
 */
export function windowHolds(series: { period: string; value: string }[], region: string, period: string, window: number): boolean {
  const me = mustParsePeriod(period);
  const t = time(me);
  const reach = window * (12 / perYear(me.freq));
  let n = 0;
  for (const x of parsed(series, region)) if (x.p.freq === me.freq && x.t !== t && Math.abs(x.t - t) <= reach) n++;
  return n >= window;
}

/** Whether a value is compared with its indicator's other areas (no non-zero value among its series' nearest), for which the indicator's whole history is read. */
export function comparedWithIndicator(series: { period: string; value: string }[], row: QualityRow, window: number): boolean {
  const me = point(row.period, row.value, row.regionCode);
  return me.n !== 0 && !nearest(parsed(series, row.regionCode), me, window).some((x) => x.n !== 0);
}

/** The `window` points of a time-sorted series nearest to `me` (its own period and other frequencies left out). */
function nearest(s: Point[], me: Point, window: number): Point[] {
  const same = s.filter((x) => x.p.freq === me.p.freq && x.t !== me.t);
  let lo = 0;
  let hi = same.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (same[mid].t < me.t) lo = mid + 1;
    else hi = mid;
  }
  const out: Point[] = [];
  let l = lo - 1;
  let r = lo;
  while (out.length < window && (l >= 0 || r < same.length)) {
    // the earlier one wins a tie: what was known before this period
    if (r >= same.length || (l >= 0 && me.t - same[l].t <= same[r].t - me.t)) out.push(same[l--]);
    else out.push(same[r++]);
  }
  return out;
}
