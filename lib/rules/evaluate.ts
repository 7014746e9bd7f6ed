// The one rule engine (审核规则). Pure — no server-only import — so that the online return's grid
// runs it in the browser as the reporter types, and staging, submission and review run it on the
// server, with the same findings. Input: the batch's (or return's) values, the published values
// the checks compare with, the catalogue and the rules; all arithmetic exact (decimal.js).
import Decimal from "decimal.js";
import { message, type MessageCode, type MsgParams } from "@/lib/ingest/messages";
import { findOutliers } from "@/lib/ingest/quality-outlier";
import { dec } from "@/lib/ingest/decimal-memo";
import type { QualityReach } from "@/lib/ingest/quality-history";
import { isAdditive, QualityValues, type PublishedIndex, type PublishedValue } from "@/lib/ingest/quality-values";
import type { IngestIndicator, IngestRegion, IngestWarning, Locale, QualityRow, QualitySummary } from "@/lib/ingest/types";
import { mustParsePeriod, periodLabel, previousPeriod, samePeriodLastYear, type Period } from "@/lib/period";
import { inScope, type Rule, type RuleParams, type Severity } from "./params";

export type Finding = {
  rule: string;
  ruleId: number;
  version: number;
  severity: Severity;
  /** rule code | indicator id | region | period: stable wherever it is computed (explanations attach to it) */
  key: string;
  indicatorId: number;
  regionCode: string;
  period: string;
  line: number | null;
  code: MessageCode;
  message: string;
};
export type Evaluation = { findings: Finding[]; notes: IngestWarning[] };
export type EvaluateInput = {
  summary: QualitySummary;
  /** or indexed once (PublishedIndex) by a caller that evaluates again and again over the same history */
  published: PublishedValue[] | PublishedIndex;
  indicators: IngestIndicator[];
  regions: IngestRegion[];
  rules: Rule[];
  locale: Locale;
};

/** Magnitude findings listed one by one per rule; beyond, one line counts the rest (a wrong unit flags every value). */
const MAX_OUTLIERS = 200;
const D = (s: string | number) => (typeof s === "string" ? dec(s) : new Decimal(s));
const pct = (a: Decimal, base: Decimal) => a.minus(base).abs().div(base.abs()).times(100);
const fmt = (d: Decimal, dp = 2) => d.toDecimalPlaces(dp).toFixed();

export const findingKey = (rule: string, indicatorId: number, regionCode: string, period: string) => `${rule}|${indicatorId}|${regionCode}|${period}`;

export function evaluateRules(input: EvaluateInput): Evaluation {
  const { summary, locale } = input;
  const findings: Finding[] = [];
  const notes: IngestWarning[] = [];
  const rules = input.rules.filter((r) => r.active);
  if (summary.truncated) {
    if (rules.length) notes.push({ code: "QUALITY_SKIPPED", message: message(locale, "QUALITY_SKIPPED", { limit: summary.rows.length }) });
    return { findings, notes };
  }
  const v = new QualityValues(input.indicators, input.regions, summary.rows, input.published);
  const regionName = new Map(input.regions.map((r) => [r.code, r.nameZh]));
  // names first, as staff read them; the code beside the name finds the line in a code-keyed file
  const label = (ind: IngestIndicator, region: string, p: Period) =>
    locale === "en"
      ? `${ind.nameEn} (${ind.code}), ${regionName.get(region) ?? region}, ${periodLabel(p, locale)}`
      : `${ind.nameZh}（${ind.code}）${regionName.get(region) ?? region} ${periodLabel(p, locale)}`;

  // each row's period parsed once, not once per rule
  const periods = new Map<string, Period>();
  const periodOf = (code: string) => periods.get(code) ?? (periods.set(code, mustParsePeriod(code)), periods.get(code)!);

  for (const rule of rules) {
    const done = new Set<string>();
    const summed = new Set<string>();
    const fire = (ind: IngestIndicator, region: string, period: string, line: number | null, code: MessageCode, p: MsgParams) => {
      const key = findingKey(rule.code, ind.id, region, period);
      if (done.has(key)) return;
      done.add(key);
      findings.push({ rule: rule.code, ruleId: rule.id, version: rule.version, severity: rule.severity, key, indicatorId: ind.id, regionCode: region, period, line, code, message: message(locale, code, p) });
    };
    const ctx: RuleCtx = { v, label, fire, summed };
    if (rule.params.check === "magnitude") {
      const rows = summary.rows.filter((r) => v.byId.has(r.indicatorId) && inScope(rule, v.byId.get(r.indicatorId)!.code));
      const outliers = findOutliers(v, rows, rule.params);
      for (const x of outliers.slice(0, MAX_OUTLIERS)) {
        fire(x.indicator, x.row.regionCode, x.row.period, x.row.line, x.basis === "series" ? "VALUE_OUTLIER" : "VALUE_OUTLIER_INDICATOR", {
          label: label(x.indicator, x.row.regionCode, mustParsePeriod(x.row.period)),
          value: x.row.value,
          median: fmtMedian(x.median),
          n: x.n,
          times: x.times.gte(100) ? x.times.toDecimalPlaces(0).toFixed() : x.times.toDecimalPlaces(1).toFixed(),
          scaled: x.scaled ? 1 : 0,
        });
      }
      if (outliers.length > MAX_OUTLIERS) notes.push({ code: "VALUE_OUTLIER_MORE", message: message(locale, "VALUE_OUTLIER_MORE", { count: outliers.length - MAX_OUTLIERS, factor: rule.params.factor }) });
      continue;
    }
    for (const row of summary.rows) {
      const ind = v.byId.get(row.indicatorId);
      if (ind) checkRow(rule.params, rule, ind, row, periodOf(row.period), ctx, locale);
    }
  }
  return { findings, notes };
}

type RuleCtx = {
  v: QualityValues;
  label: (ind: IngestIndicator, region: string, p: Period) => string;
  fire: (ind: IngestIndicator, region: string, period: string, line: number | null, code: MessageCode, p: MsgParams) => void;
  /** sums already compared under this rule: every row of a total's group reaches the same comparison */
  summed: Set<string>;
};

function checkRow(params: Exclude<RuleParams, { check: "magnitude" }>, rule: Rule, ind: IngestIndicator, r: QualityRow, p: Period, { v, label, fire, summed }: RuleCtx, locale: Locale) {
  const own = inScope(rule, ind.code);
  switch (params.check) {
    case "range": {
      if (!own) return;
      const x = D(r.value);
      if ((params.min !== null && x.lt(params.min)) || (params.max !== null && x.gt(params.max))) {
        const expected = params.min !== null && params.max !== null ? `${params.min}–${params.max}` : params.min !== null ? `≥ ${params.min}` : `≤ ${params.max}`;
        fire(ind, r.regionCode, r.period, r.line, "RULE_RANGE", { label: label(ind, r.regionCode, p), expected, value: r.value });
      }
      return;
    }
    case "districts_sum": {
      // every district present, against a non-zero city total; found on the city's value
      if (!own || !isAdditive(ind)) return;
      if (summed.has(`${ind.id}|${r.period}`)) return;
      summed.add(`${ind.id}|${r.period}`);
      const city = v.get(ind.id, v.city.code, r.period);
      const parts = v.districts.map((d) => v.get(ind.id, d.code, r.period));
      if (!city || D(city.value).isZero() || !parts.every((x) => x)) return;
      const sum = parts.reduce((s, x) => s.plus(x!.value), D(0));
      const diff = pct(sum, D(city.value));
      if (diff.gt(params.tolerancePct)) {
        fire(ind, v.city.code, r.period, city.line ?? r.line, "DISTRICT_SUM_MISMATCH", { label: label(ind, v.city.code, p), sum: sum.toFixed(), total: city.value, diff: fmt(diff), tolerance: params.tolerancePct });
      }
      return;
    }
    case "parts_sum": {
      // the scope names the total (DE001); the parts come from the catalogue
      const total = ind.partOfId != null ? v.byId.get(ind.partOfId) : v.partsOf.has(ind.id) ? ind : undefined;
      if (!total || !inScope(rule, total.code)) return;
      if (summed.has(`${total.id}|${r.regionCode}|${r.period}`)) return;
      summed.add(`${total.id}|${r.regionCode}|${r.period}`);
      const t = v.get(total.id, r.regionCode, r.period);
      const partInds = v.partsOf.get(total.id) ?? [];
      const parts = partInds.map((i) => v.get(i.id, r.regionCode, r.period));
      if (!t || D(t.value).isZero() || !parts.every((x) => x)) return;
      const sum = parts.reduce((s, x) => s.plus(x!.value), D(0));
      const diff = pct(sum, D(t.value));
      if (diff.gt(params.tolerancePct)) {
        fire(total, r.regionCode, r.period, t.line ?? r.line, "PARTS_SUM_MISMATCH", {
          label: label(total, r.regionCode, p),
          parts: partInds.map((i) => i.code).join("+"),
          sum: sum.toFixed(),
          totalCode: total.code,
          total: t.value,
          diff: fmt(diff),
          tolerance: params.tolerancePct,
        });
      }
      return;
    }
    case "ytd_decrease": {
      const prev = previousPeriod(p);
      const before = prev.year === p.year && p.freq !== "YEAR" ? v.get(ind.id, r.regionCode, prev) : undefined;
      if (own && ind.measureType === "CUMULATIVE" && isAdditive(ind) && before && D(r.value).lt(before.value)) {
        fire(ind, r.regionCode, r.period, r.line, "YTD_DECREASE", { label: label(ind, r.regionCode, p), value: r.value, prev: before.value, prevPeriod: periodLabel(prev, locale) });
      }
      return;
    }
    case "qoq_jump": {
      // in-period values for cumulative measures (Q3 = YTD Q3 − YTD Q2)
      if (!own || ind.measureType === "RATE" || ind.measureType === "GROWTH") return;
      const prev = previousPeriod(p);
      const cur = inPeriod(v, ind, r.regionCode, p);
      const last = inPeriod(v, ind, r.regionCode, prev);
      const threshold = ind.jumpThreshold != null ? D(ind.jumpThreshold) : D(params.defaultPct);
      if (!cur || !last || !last.gt(0)) return;
      const change = cur.minus(last).div(last).times(100);
      if (change.abs().gt(threshold)) {
        const basis = ind.measureType === "CUMULATIVE" ? (locale === "en" ? "the in-period value " : "当期值") : "";
        fire(ind, r.regionCode, r.period, r.line, "QOQ_JUMP", { label: label(ind, r.regionCode, p), basis, prev: fmt(last), prevPeriod: periodLabel(prev, locale), value: fmt(cur), change: fmt(change, 1), threshold: threshold.toFixed() });
      }
      return;
    }
    case "yoy_band": {
      if (!own) return;
      const base = v.get(ind.id, r.regionCode, samePeriodLastYear(p));
      if (!base || D(base.value).isZero()) return;
      const b = D(base.value);
      const a = b.times(D(100).minus(params.pct)).div(100);
      const c = b.times(D(100).plus(params.pct)).div(100);
      const [low, high] = a.lte(c) ? [a, c] : [c, a];
      const x = D(r.value);
      if (x.lt(low) || x.gt(high)) {
        const dp = Math.max(ind.decimals, 0);
        fire(ind, r.regionCode, r.period, r.line, "RULE_YOY_BAND", { label: label(ind, r.regionCode, p), base: base.value, low: fmt(low, dp), high: fmt(high, dp), value: r.value, pct: params.pct });
      }
      return;
    }
    case "growth_consistency": {
      // a stated growth rate against the one computed from last year's level
      if (!own || ind.measureType !== "GROWTH" || ind.growthOfId == null) return;
      const now = v.get(ind.growthOfId, r.regionCode, p);
      const base = v.get(ind.growthOfId, r.regionCode, samePeriodLastYear(p));
      if (!v.byId.get(ind.growthOfId) || !now || !base || !D(base.value).gt(0)) return;
      const computed = D(now.value).div(base.value).minus(1).times(100);
      const diff = computed.minus(r.value).abs();
      if (diff.gt(params.tolerancePp)) {
        fire(ind, r.regionCode, r.period, r.line, "GROWTH_MISMATCH", { label: label(ind, r.regionCode, p), stated: r.value, computed: fmt(computed, 1), base: base.value, diff: fmt(diff, 1), tolerance: params.tolerancePp });
      }
      return;
    }
  }
}

/** What the active rules read of the published values, so that a caller reads only that (lib/ingest/quality-history.ts). */
export function qualityReach(rules: Rule[]): QualityReach {
  const active = rules.filter((r) => r.active);
  const magnitude = active.filter((r) => r.params.check === "magnitude");
  const windows = magnitude.map((r) => (r.params.check === "magnitude" ? r.params.window : 0));
  return {
    keys: active.length > magnitude.length,
    magnitude: magnitude.length ? { checks: (ind) => magnitude.some((r) => inScope(r, ind.code)), most: Math.max(...windows), least: Math.min(...windows) } : null,
  };
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

/** Findings as the upload report's warnings (line, code, message). */
export function asWarnings(e: Evaluation): IngestWarning[] {
  return [...e.findings.map((f) => ({ ...(f.line ? { line: f.line } : {}), code: f.code, message: f.message })), ...e.notes];
}
