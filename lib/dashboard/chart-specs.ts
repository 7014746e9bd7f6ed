// Chart specs (lib/charts registry kinds) for the dashboard, from the assembled model. Numbers
// become JS numbers only here, to feed the chart; labels show the exact values rounded. Pure.
import type { ChartSpec } from "@/lib/charts/registry";
import { quantileClasses } from "@/lib/public/district-ranking";
import type { Dashboard } from "./assemble";
import type { Tr } from "./chart-tables";
import { targetAtFullYears, targetPoints } from "./core-industries";
import { fmtFixed, fmtGrowth, fmtValue, nameOf, periodText } from "./format";
import type { KpiCard } from "./kpi-cards";

const n = (v: string | null) => (v === null ? null : Number(v));

export function sparklineSpec(card: KpiCard, t: Tr, locale: string): ChartSpec {
  const target = card.target?.target;
  const periods = card.spark.map((p) => p.period);
  return {
    kind: "sparkline",
    data: {
      periods: periods.map((p) => periodText(p, locale, card.indicator.measureType)),
      values: card.spark.map((p) => n(p.value)),
      unit: card.indicator.unit,
      target: target
        ? { value: Number(target.value), label: t("targetLine", { year: target.year }), at: targetPoints(periods, card.indicator.measureType, Number(target.value)) }
        : null,
    },
  };
}

export function coreTrendSpec(d: Dashboard, t: Tr, locale: string): ChartSpec | null {
  const c = d.core;
  if (!c) return null;
  const target = c.target?.target;
  return {
    kind: "seriesCompare",
    data: {
      title: `${nameOf(c.total, locale)} · ${nameOf(d.region, locale)}`,
      unit: c.total.unit,
      periods: c.trend.periods.map((p) => periodText(p, locale, "CUMULATIVE")),
      series: [
        { name: nameOf(c.total, locale), values: c.trend.total.map(n) },
        // the annual target only at full-year points: the Q1–Q3 values are part-year totals
        ...(target ? [{ name: t("targetLine", { year: target.year }), values: targetAtFullYears(c.trend.periods, Number(target.value)), dashed: true }] : []),
      ],
    },
  };
}

export function corePartsSpec(d: Dashboard, t: Tr, locale: string): ChartSpec | null {
  const c = d.core;
  if (!c) return null;
  return {
    kind: "seriesCompare",
    data: {
      title: t("corePartsTitle"),
      unit: c.total.unit,
      periods: c.trend.periods.map((p) => periodText(p, locale, "CUMULATIVE")),
      series: c.trend.parts.map((p) => ({ name: nameOf(p.indicator, locale), values: p.values.map(n) })),
    },
  };
}

export function coreStructureSpec(d: Dashboard, t: Tr, locale: string): ChartSpec | null {
  const c = d.core;
  if (!c) return null;
  return {
    kind: "coreStructure",
    data: {
      title: `${t("coreStructureTitle")} · ${periodText(c.period, locale, "CUMULATIVE")}`,
      unit: c.total.unit,
      parts: c.parts.map((p) => ({ label: nameOf(p.indicator, locale), value: n(p.value), display: fmtValue(p.value, p.indicator, locale), share: p.share === null ? null : fmtFixed(p.share, 1, locale) })),
    },
  };
}

export function districtRankingSpec(d: Dashboard, locale: string): ChartSpec | null {
  const s = d.districts;
  if (!s) return null;
  return {
    kind: "rankedBar",
    data: {
      title: `${nameOf(s.indicator, locale)} · ${periodText(s.period, locale, s.indicator.measureType)}`,
      unit: s.indicator.unit,
      bars: s.rows.map((r) => ({ label: nameOf(r.region, locale), value: n(r.value), display: fmtValue(r.value, s.indicator, locale), highlight: r.region.code === d.region.code })),
    },
  };
}

export function districtTilesSpec(d: Dashboard, t: Tr, locale: string): ChartSpec | null {
  const s = d.districts;
  if (!s) return null;
  const classes = quantileClasses(s.rows.map((r) => ({ code: r.region.code, value: r.value })));
  const bound = (v: string) => fmtValue(v, s.indicator, locale);
  return {
    kind: "tileMap",
    data: {
      title: `${nameOf(s.indicator, locale)} · ${t("tilesTitle")}`,
      unit: s.indicator.unit,
      classes: classes.bounds.map((b) => ({ label: b.min === b.max ? bound(b.min) : `${bound(b.min)}–${bound(b.max)}` })),
      missingLabel: t("noData"),
      tiles: s.rows.map((r) => ({
        code: r.region.code,
        label: nameOf(r.region, locale),
        // growth on a line of its own inside the tile
        display: `${fmtValue(r.value, s.indicator, locale)}${r.growth ? `\n${fmtGrowth(r.growth, s.indicator, locale)}` : ""}`,
        classIndex: classes.classOf.get(r.region.code) ?? null,
      })),
    },
  };
}
