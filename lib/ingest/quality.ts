// Quality checks staff do by hand today (DESIGN.md "The flow"). Warnings only, never errors:
// the reviewer confirms or asks for a correction. Pure: runs after the streaming pass on the
// capped summary of the batch plus the published values the caller fetched
// (qualityKeysNeeded). All arithmetic is exact (decimal.js).
import Decimal from "decimal.js";
import { mustParsePeriod, periodLabel, previousPeriod, samePeriodLastYear, type Period } from "@/lib/period";
import { message, type MessageCode, type MsgParams } from "./messages";
import { DEFAULT_OUTLIER, findOutliers, type OutlierOptions } from "./quality-outlier";
import { isAdditive, QualityValues, type PublishedValue } from "./quality-values";
import type { IngestIndicator, IngestRegion, IngestWarning, Locale, QualitySummary } from "./types";

export type QualityOptions = {
  /** Districts vs city total, % of the total (default 1). */
  sumTolerancePct?: number;
  /** Parts vs their total, % of the total (default 1). */
  partsTolerancePct?: number;
  /** Stated vs computed growth, percentage points (default 1). */
  growthTolerancePp?: number;
  /** Quarter-on-quarter change, %, when the indicator has no jumpThreshold (default 50). */
  defaultJumpPct?: number;
  /** The magnitude check against the series' published values (quality-outlier.ts). */
  outlier?: Partial<OutlierOptions>;
};

/** Magnitude warnings listed one by one; beyond, one line counts the rest (a file of a wrong unit flags every value). */
const MAX_OUTLIERS = 200;

export type QualityInput = {
  summary: QualitySummary;
  /**
   * Published values: those qualityKeysNeeded lists, and every value of the indicators
   * qualityIndicatorsNeeded lists (the magnitude check compares with whole series).
   */
  published: PublishedValue[];
  indicators: IngestIndicator[];
  regions: IngestRegion[];
  locale: Locale;
  options?: QualityOptions;
};

const D = (s: string) => new Decimal(s);
const pct = (a: Decimal, base: Decimal) => a.minus(base).abs().div(base.abs()).times(100);

export function runQualityChecks(input: QualityInput): IngestWarning[] {
  const { summary, locale } = input;
  const o = { sumTolerancePct: 1, partsTolerancePct: 1, growthTolerancePp: 1, defaultJumpPct: 50, ...input.options };
  const out: IngestWarning[] = [];
  const warn = (code: MessageCode, p: MsgParams, line: number | null) =>
    out.push({ ...(line ? { line } : {}), code, message: message(locale, code, p) });
  if (summary.truncated) {
    warn("QUALITY_SKIPPED", { limit: summary.rows.length }, null);
    return out;
  }
  const v = new QualityValues(input.indicators, input.regions, summary.rows, input.published);
  const regionName = new Map(input.regions.map((r) => [r.code, r.nameZh]));
  // names first, as staff read them; the code beside the name finds the line in a code-keyed file
  const label = (ind: IngestIndicator, region: string, p: Period) =>
    locale === "en"
      ? `${ind.nameEn} (${ind.code}), ${regionName.get(region) ?? region}, ${periodLabel(p, locale)}`
      : `${ind.nameZh}（${ind.code}）${regionName.get(region) ?? region} ${periodLabel(p, locale)}`;
  const fmt = (d: Decimal, dp = 2) => d.toDecimalPlaces(dp).toFixed();
  const done = new Set<string>();
  const once = (key: string) => !done.has(key) && (done.add(key), true);

  for (const r of summary.rows) {
    const ind = v.byId.get(r.indicatorId);
    if (!ind) continue;
    const p = mustParsePeriod(r.period);

    // 1. Districts against the city total (additive measures; every district present).
    if (isAdditive(ind) && once(`sum|${ind.id}|${r.period}`)) {
      const city = v.get(ind.id, v.city.code, r.period);
      const parts = v.districts.map((d) => v.get(ind.id, d.code, r.period));
      if (city && !D(city.value).isZero() && parts.every((x) => x)) {
        const sum = parts.reduce((s, x) => s.plus(x!.value), new Decimal(0));
        const diff = pct(sum, D(city.value));
        if (diff.gt(o.sumTolerancePct)) {
          warn("DISTRICT_SUM_MISMATCH", { label: label(ind, v.city.code, p), sum: sum.toFixed(), total: city.value, diff: fmt(diff), tolerance: o.sumTolerancePct }, city.line ?? r.line);
        }
      }
    }

    // 2. Parts (DE004–DE007) against their total (DE001).
    const total = ind.partOfId != null ? v.byId.get(ind.partOfId) : v.partsOf.has(ind.id) ? ind : undefined;
    if (total && once(`parts|${total.id}|${r.regionCode}|${r.period}`)) {
      const t = v.get(total.id, r.regionCode, r.period);
      const partInds = v.partsOf.get(total.id) ?? [];
      const parts = partInds.map((i) => v.get(i.id, r.regionCode, r.period));
      if (t && !D(t.value).isZero() && parts.every((x) => x)) {
        const sum = parts.reduce((s, x) => s.plus(x!.value), new Decimal(0));
        const diff = pct(sum, D(t.value));
        if (diff.gt(o.partsTolerancePct)) {
          const partCodes = partInds.map((i) => i.code).join("+");
          warn("PARTS_SUM_MISMATCH", { label: label(total, r.regionCode, p), parts: partCodes, sum: sum.toFixed(), totalCode: total.code, total: t.value, diff: fmt(diff), tolerance: o.partsTolerancePct }, t.line ?? r.line);
        }
      }
    }

    // 3. A year-to-date value never falls within a year (non-negative flows).
    const prev = previousPeriod(p);
    const before = prev.year === p.year && p.freq !== "YEAR" ? v.get(ind.id, r.regionCode, prev) : undefined;
    if (ind.measureType === "CUMULATIVE" && isAdditive(ind) && before && D(r.value).lt(before.value)) {
      warn("YTD_DECREASE", { label: label(ind, r.regionCode, p), value: r.value, prev: before.value, prevPeriod: periodLabel(prev, locale) }, r.line);
    }

    // 4. Quarter-on-quarter jump: in-period values for cumulative measures (Q3 = YTD Q3 − YTD Q2).
    if (ind.measureType !== "RATE" && ind.measureType !== "GROWTH") {
      const cur = inPeriod(v, ind, r.regionCode, p);
      const last = inPeriod(v, ind, r.regionCode, prev);
      const threshold = ind.jumpThreshold != null ? Number(ind.jumpThreshold) : o.defaultJumpPct;
      if (cur && last && last.gt(0)) {
        const change = cur.minus(last).div(last).times(100);
        if (change.abs().gt(threshold)) {
          const basis = ind.measureType === "CUMULATIVE" ? (locale === "en" ? "the in-period value " : "当期值") : "";
          warn("QOQ_JUMP", { label: label(ind, r.regionCode, p), basis, prev: fmt(last), prevPeriod: periodLabel(prev, locale), value: fmt(cur), change: fmt(change, 1), threshold }, r.line);
        }
      }
    }

    // 5. Stated growth against the one computed from last year's published level.
    if (ind.measureType === "GROWTH" && ind.growthOfId != null) {
      const level = v.byId.get(ind.growthOfId);
      const now = v.get(ind.growthOfId, r.regionCode, p);
      const base = v.get(ind.growthOfId, r.regionCode, samePeriodLastYear(p));
      if (level && now && base && D(base.value).gt(0)) {
        const computed = D(now.value).div(base.value).minus(1).times(100);
        const diff = computed.minus(r.value).abs();
        if (diff.gt(o.growthTolerancePp)) {
          warn("GROWTH_MISMATCH", { label: label(ind, r.regionCode, p), stated: r.value, computed: fmt(computed, 1), base: base.value, diff: fmt(diff, 1), tolerance: o.growthTolerancePp }, r.line);
        }
      }
    }
  }
  // 6. A value far from its series' published values (a slipped unit or decimal point).
  const outliers = findOutliers(v, summary.rows, o.outlier);
  for (const x of outliers.slice(0, MAX_OUTLIERS)) {
    const p = mustParsePeriod(x.row.period);
    warn(x.basis === "series" ? "VALUE_OUTLIER" : "VALUE_OUTLIER_INDICATOR", {
      label: label(x.indicator, x.row.regionCode, p),
      value: x.row.value,
      median: fmtMedian(x.median),
      n: x.n,
      times: x.times.gte(100) ? x.times.toDecimalPlaces(0).toFixed() : x.times.toDecimalPlaces(1).toFixed(),
      scaled: x.scaled ? 1 : 0,
    }, x.row.line);
  }
  if (outliers.length > MAX_OUTLIERS) warn("VALUE_OUTLIER_MORE", { count: outliers.length - MAX_OUTLIERS, factor: o.outlier?.factor ?? DEFAULT_OUTLIER.factor }, null);
  return out;
}

/** A median as staff read it: up to four significant decimals, never an exponent. */
function fmtMedian(d: Decimal): string {
  return d.abs().gte(1) ? d.toDecimalPlaces(2).toFixed() : d.toSignificantDigits(4).toFixed();
}

/** The value within period p alone: YTD minus the previous YTD of the same year for cumulative measures. */
function inPeriod(v: QualityValues, ind: IngestIndicator, region: string, p: Period): Decimal | null {
  const e = v.get(ind.id, region, p);
  if (!e) return null;
  if (ind.measureType !== "CUMULATIVE" || p.freq === "YEAR" || p.sub === 1) return D(e.value);
  const prev = v.get(ind.id, region, previousPeriod(p));
  return prev ? D(e.value).minus(prev.value) : null;
}
